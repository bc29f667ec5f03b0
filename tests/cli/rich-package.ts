import { promises as fs } from "fs";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import ExcelJS from "exceljs";

/**
 * A macro workbook (.xlsm) with what a council's real file carries and a rewriting writer loses:
 * a chart, a picture, a VBA project, an external link and a defined name, around a one-row KPI table whose target
 * disagrees with its basis (so the copy has a mark on that sheet). Built part by part, because
 * exceljs writes neither charts nor macros.
 */

export const RICH_SHEET = "成果指標";

/** Parts added to the package; the copy must keep each byte for byte. */
export const RICH_PARTS = [
  "xl/charts/chart1.xml",
  "xl/drawings/drawing1.xml",
  "xl/drawings/_rels/drawing1.xml.rels",
  "xl/media/image1.png",
  "xl/vbaProject.bin",
  "xl/externalLinks/externalLink1.xml",
  "xl/externalLinks/_rels/externalLink1.xml.rels",
];

const NS = {
  r: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  a: "http://schemas.openxmlformats.org/drawingml/2006/main",
  c: "http://schemas.openxmlformats.org/drawingml/2006/chart",
  xdr: "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
};

const CHART = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<c:chartSpace xmlns:c="${NS.c}" xmlns:a="${NS.a}" xmlns:r="${NS.r}"><c:chart><c:autoTitleDeleted val="1"/><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/><c:ser><c:idx val="0"/><c:order val="0"/><c:val><c:numRef><c:f>'${RICH_SHEET}'!$D$2:$F$2</c:f></c:numRef></c:val></c:ser><c:axId val="11"/><c:axId val="12"/></c:barChart><c:catAx><c:axId val="11"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="12"/></c:catAx><c:valAx><c:axId val="12"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="11"/></c:valAx></c:plotArea><c:plotVisOnly val="1"/></c:chart></c:chartSpace>`;

const anchor = (fromCol: number, fromRow: number, toCol: number, toRow: number, body: string) =>
  `<xdr:twoCellAnchor><xdr:from><xdr:col>${fromCol}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${fromRow}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
  `<xdr:to><xdr:col>${toCol}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${toRow}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>${body}<xdr:clientData/></xdr:twoCellAnchor>`;

const DRAWING = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<xdr:wsDr xmlns:xdr="${NS.xdr}" xmlns:a="${NS.a}" xmlns:r="${NS.r}" xmlns:c="${NS.c}">${anchor(
  1,
  4,
  6,
  18,
  `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="グラフ 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="${NS.c}"><c:chart r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame>`,
)}${anchor(
  7,
  4,
  9,
  8,
  `<xdr:pic><xdr:nvPicPr><xdr:cNvPr id="3" name="図 1"/><xdr:cNvPicPr/></xdr:nvPicPr><xdr:blipFill><a:blip r:embed="rId2"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill><xdr:spPr><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic>`,
)}</xdr:wsDr>`;

const DRAWING_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${NS.r}/chart" Target="../charts/chart1.xml"/><Relationship Id="rId2" Type="${NS.r}/image" Target="../media/image1.png"/></Relationships>`;

/** A 1×1 PNG. */
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64",
);

/** Stands in for a VBA project: what matters is that its bytes come through unchanged. */
const VBA = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504, 7)]);

function addBefore(xml: string, candidates: string[], insert: string): string {
  const at = candidates.map((t) => xml.indexOf(t)).filter((i) => i >= 0);
  const pos = at.length > 0 ? Math.min(...at) : xml.lastIndexOf("</");
  return xml.slice(0, pos) + insert + xml.slice(pos);
}

const EXTERNAL_LINK = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${NS.r}"><externalBook r:id="rId1"><sheetNames><sheetName val="集計"/></sheetNames></externalBook></externalLink>`;

const EXTERNAL_LINK_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${NS.r}/externalLinkPath" Target="file:///C:/kpi/%E9%9B%86%E8%A8%88.xlsx" TargetMode="External"/></Relationships>`;

/** `definedName: false` leaves the workbook without <definedNames>, so the copy has to add them in schema order. */
export async function writeRichWorkbook(file: string, { definedName = true } = {}): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(RICH_SHEET);
  ws.addRow(["No.", "指標名", "単位", "現状値", "基準年度", "目標値", "目標年度", "目標値の設定根拠"]);
  ws.addRow([1, "市民活動団体の登録数", "団体", 86, "2023年度", 999, "2030年度", "毎年2団体の増加を目指す"]);
  const files = unzipSync(new Uint8Array(await wb.xlsx.writeBuffer()));
  const text = (name: string) => strFromU8(files[name]);
  const set = (name: string, value: string | Uint8Array) => {
    files[name] = typeof value === "string" ? strToU8(value) : new Uint8Array(value);
  };

  set("xl/charts/chart1.xml", CHART);
  set("xl/drawings/drawing1.xml", DRAWING);
  set("xl/drawings/_rels/drawing1.xml.rels", DRAWING_RELS);
  set("xl/media/image1.png", new Uint8Array(PNG));
  set("xl/vbaProject.bin", new Uint8Array(VBA));
  set("xl/externalLinks/externalLink1.xml", EXTERNAL_LINK);
  set("xl/externalLinks/_rels/externalLink1.xml.rels", EXTERNAL_LINK_RELS);

  const sheetRels = "xl/worksheets/_rels/sheet1.xml.rels";
  const rel = `<Relationship Id="rIdDrawing1" Type="${NS.r}/drawing" Target="../drawings/drawing1.xml"/>`;
  set(
    sheetRels,
    files[sheetRels]
      ? text(sheetRels).replace("</Relationships>", `${rel}</Relationships>`)
      : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rel}</Relationships>`,
  );
  set(
    "xl/worksheets/sheet1.xml",
    addBefore(
      text("xl/worksheets/sheet1.xml"),
      ["<legacyDrawing", "<tableParts", "<extLst"],
      '<drawing r:id="rIdDrawing1"/>',
    ),
  );

  set(
    "xl/_rels/workbook.xml.rels",
    text("xl/_rels/workbook.xml.rels").replace(
      "</Relationships>",
      '<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/>' +
        `<Relationship Id="rIdExt" Type="${NS.r}/externalLink" Target="externalLinks/externalLink1.xml"/></Relationships>`,
    ),
  );
  const external = '<externalReferences><externalReference r:id="rIdExt"/></externalReferences>';
  const names = definedName
    ? `<definedNames><definedName name="目標値">'${RICH_SHEET}'!$F$2</definedName></definedNames>`
    : "";
  const workbook = text("xl/workbook.xml").replace(/<definedNames\/>|<definedNames>[\s\S]*?<\/definedNames>/, "");
  set("xl/workbook.xml", workbook.replace("</sheets>", `</sheets>${external}${names}`));
  set(
    "[Content_Types].xml",
    text("[Content_Types].xml")
      .replace(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
        "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
      )
      .replace(
        "</Types>",
        '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>' +
          (text("[Content_Types].xml").includes('Extension="png"')
            ? ""
            : '<Default Extension="png" ContentType="image/png"/>') +
          '<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>' +
          '<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>' +
          '<Override PartName="/xl/externalLinks/externalLink1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml"/></Types>',
      ),
  );
  await fs.writeFile(file, zipSync(files));
}
