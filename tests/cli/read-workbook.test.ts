import ExcelJS from "exceljs";
import JSZip from "jszip";
import { readWorkbook, readWorkbookBuffer } from "../../src/cli/read-workbook";
import { WorkbookError } from "../../src/cli/errors";
import { formatNumber } from "../../src/cli/display-text";
import { cellText, getCell, parseAddress, type Grid } from "../../src/core/grid/grid";
import { parseRange } from "../../src/cli/xlsx/sheet";
import { fixture, sample } from "./helpers";

const at = (g: Grid, address: string) => {
  const p = parseAddress(address)!;
  return getCell(g, p.row, p.col);
};

async function readError(file: string): Promise<WorkbookError> {
  try {
    await readWorkbook(file);
  } catch (err) {
    if (err instanceof WorkbookError) return err;
    throw err;
  }
  throw new Error(`${file} was read without error`);
}

describe("formatNumber (displayed text of a number)", () => {
  it("applies the cell's number format", () => {
    expect(formatNumber(17842, '#,##0"人/年"')).toBe("17,842人/年");
    expect(formatNumber(0.124, "0.0%")).toBe("12.4%");
    expect(formatNumber(1234567.8, "#,##0")).toBe("1,234,568");
    expect(formatNumber(12.4, "General")).toBe("12.4");
  });
  it("shows a number without a format as Excel's General does", () => {
    expect(formatNumber(17842, undefined)).toBe("17842");
    expect(formatNumber(0.1 + 0.2, undefined)).toBe("0.3");
  });
});

describe("readWorkbook: values, formulas, errors, dates, booleans", () => {
  let g: Grid;
  beforeAll(async () => {
    [g] = await readWorkbook(fixture("formulas-errors-dates.xlsx"));
  });

  it("keeps a formula with its cached result", () => {
    expect(at(g, "D2")).toMatchObject({ value: 300, text: "300", formula: "SUM(J2:K2)" });
  });
  it("keeps error values as text in `error`, value null", () => {
    expect(at(g, "D3")).toMatchObject({ value: null, text: "#N/A", error: "#N/A" });
    expect(at(g, "D4")).toMatchObject({ value: null, text: "#DIV/0!", error: "#DIV/0!", formula: "1/0" });
  });
  it("turns dates into ISO date text and booleans into TRUE/FALSE", () => {
    expect(at(g, "E5")).toMatchObject({ value: "2024-04-01", text: "2024-04-01" });
    expect(at(g, "F6")).toMatchObject({ value: true, text: "TRUE" });
  });
  it("reads plain cells with no formula or error", () => {
    expect(at(g, "F2")).toEqual({ value: 330, text: "330" });
    expect(at(g, "B3")).toEqual({ value: "参照切れの指標", text: "参照切れの指標" });
  });
});

describe("readWorkbook: rich text and hyperlinks", () => {
  it("joins rich text runs and reads a hyperlink as its text", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("S");
    ws.getCell("A1").value = { richText: [{ text: "17,842" }, { text: "人/年", font: { bold: true } }] };
    ws.getCell("B1").value = { text: "運行実績", hyperlink: "https://example.jp/" };
    const [g] = await readWorkbookBuffer(Buffer.from(await wb.xlsx.writeBuffer()));
    expect(at(g, "A1")).toEqual({ value: "17,842人/年", text: "17,842人/年" });
    expect(at(g, "B1")).toEqual({ value: "運行実績", text: "運行実績" });
  });
});

describe("readWorkbook: number formats", () => {
  it("shows numbers stored with the unit only in the format as Excel does", async () => {
    const [g] = await readWorkbook(fixture("kyosei-shifted.xlsx"));
    // 伊那本線利用者人数: sample row 22 moved down 4 rows and right 2 columns.
    expect(at(g, "F26")).toEqual({ value: 22549, text: "22,549人/年", numberFormat: '#,##0"人/年"' });
    expect(at(g, "P26")).toMatchObject({ value: 19000, text: "19,000人/年" });
    expect(at(g, "P15")).toEqual({ value: 0.124, text: "12.4%", numberFormat: "0.0%" });
    expect(at(g, "F15")).toMatchObject({ value: 0.14, text: "14%" });
    // full-width digits stay as typed
    expect(cellText(g, 28, 5)).toBe("９１件/年");
  });
});

describe("readWorkbook: merged cells", () => {
  it("keeps a merged area's value in its top-left cell only and lists the area", async () => {
    const [g] = await readWorkbook(sample("kyosei-vision.xlsx"));
    expect(cellText(g, 6, 0)).toBe("産業振興");
    expect(at(g, "A8")).toEqual({ value: null, text: "" });
    expect(at(g, "A9")).toEqual({ value: null, text: "" });
    expect(g.merges).toContainEqual({ top: 6, left: 0, bottom: 8, right: 0 });
    expect(g.merges).toContainEqual({ top: 4, left: 2, bottom: 4, right: 6 });
    // a cell outside any merge keeps its own value
    expect(cellText(g, 7, 2)).toBe("産業立地数");
  });

  it("reads a sheet of nothing but merged cells", async () => {
    const [g] = await readWorkbook(fixture("only-merged.xlsx"));
    expect(g.merges).toHaveLength(40);
    expect(g.rowCount).toBe(40);
    expect(g.colCount).toBe(20);
    expect(cellText(g, 0, 0)).toBe("結合セル");
    expect(cellText(g, 0, 1)).toBe("");
  });
});

describe("readWorkbook: hostile but valid workbooks", () => {
  it("keeps a 100,000-character cell whole", async () => {
    const [g] = await readWorkbook(fixture("long-cell.xlsx"));
    expect(cellText(g, 1, 4)).toHaveLength(100000);
  });
  it("reads 1,000 columns", async () => {
    const [g] = await readWorkbook(fixture("thousand-columns.xlsx"));
    expect(g.colCount).toBe(1000);
    expect(at(g, "ALL1").text).toBe("列1000");
    expect(at(g, "ALL2").value).toBe(1000);
  });
  it("returns no grid for a workbook without sheets and an empty grid for an empty sheet", async () => {
    expect(await readWorkbook(fixture("no-sheets.xlsx"))).toEqual([]);
    const [g] = await readWorkbook(fixture("empty-sheet.xlsx"));
    expect(g).toMatchObject({ name: "Sheet1", rowCount: 0, colCount: 0, merges: [] });
  });
});

describe("readWorkbook: unusable input gives a typed one-line reason", () => {
  const cases: [string, string, RegExp][] = [
    ["not-a-workbook.xlsx", "not-xlsx", /Excelブック（\.xlsx）ではありません \/ not an Excel workbook/],
    ["truncated.xlsx", "corrupt", /壊れているか、途中で切れています \/ the workbook is damaged or truncated/],
    ["empty-file.xlsx", "empty-file", /ファイルが空です/],
    ["encrypted.xlsx", "encrypted", /パスワード保護された.* \/ the workbook is password-protected/],
    ["legacy.xls", "legacy-xls", /旧形式のExcelファイル（\.xls）/],
    ["does-not-exist.xlsx", "not-found", /ファイルが見つかりません \/ file not found/],
  ];
  it.each(cases)("%s → %s", async (name, kind, reason) => {
    const err = await readError(fixture(name));
    expect(err.kind).toBe(kind);
    expect(err.line()).toMatch(reason);
    expect(err.line().startsWith(`${name}: `)).toBe(true);
    expect(err.line()).not.toContain("\n");
  });

  it("tells an encrypted workbook from an old .xls by the EncryptionInfo stream", async () => {
    expect((await readError(fixture("encrypted.xlsx"))).kind).toBe("encrypted");
    expect((await readError(fixture("legacy.xls"))).kind).toBe("legacy-xls");
  });
});

/** A workbook written by exceljs, then parts of its XML rewritten as other producers write them. */
async function patchedWorkbook(edits: Record<string, (xml: string) => string>, setup?: (wb: ExcelJS.Workbook) => void) {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("S").getCell("A1").value = "見出し";
  setup?.(wb);
  const zip = await JSZip.loadAsync(Buffer.from(await wb.xlsx.writeBuffer()));
  for (const [part, edit] of Object.entries(edits)) {
    zip.file(part, edit(await zip.file(part)!.async("string")));
  }
  return readWorkbookBuffer(await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
}

const SHEET = "xl/worksheets/sheet1.xml";
const withRows = (rows: string) => (xml: string) => xml.replace("</sheetData>", `${rows}</sheetData>`);

describe("readWorkbook straight from the package XML", () => {
  it("slides a shared formula to each cell it is shared to, keeping $-anchored parts", async () => {
    const [g] = await patchedWorkbook({
      [SHEET]: withRows(
        '<row r="2"><c r="C2"><f t="shared" ref="C2:C4" si="0">A2*$B$1+SUM(A$2:A2)</f><v>5</v></c></row>' +
          '<row r="3"><c r="C3"><f t="shared" si="0"/><v>6</v></c></row>' +
          '<row r="4"><c r="C4"><f t="shared" si="0"/></c></row>',
      ),
    });
    expect(at(g, "C2")).toEqual({ value: 5, text: "5", formula: "A2*$B$1+SUM(A$2:A2)" });
    expect(at(g, "C3")).toEqual({ value: 6, text: "6", formula: "A3*$B$1+SUM(A$2:A3)" });
    // never calculated: the formula without a result
    expect(at(g, "C4")).toEqual({ value: null, text: "", formula: "A4*$B$1+SUM(A$2:A4)" });
  });

  it("does not slide function names, sheet-qualified names or words past column XFD", async () => {
    const [g] = await patchedWorkbook({
      [SHEET]: withRows(
        '<row r="2"><c r="B2"><f t="shared" ref="B2:B3" si="3">LOG10(A2)+Data!A2+XFE1</f><v>1</v></c></row>' +
          '<row r="3"><c r="B3"><f t="shared" si="3"/><v>1</v></c></row>',
      ),
    });
    expect(at(g, "B3").formula).toBe("LOG10(A3)+Data!A3+XFE1");
  });

  it("counts dates from 1904 when the workbook says so, from 1900 otherwise", async () => {
    const dateRow = withRows('<row r="2"><c r="A2" s="1"><v>45000</v></c></row>');
    const styles = (xml: string) =>
      xml.replace(
        /<cellXfs count="\d+">(.*?)<\/cellXfs>/s,
        '<cellXfs count="2">$1<xf numFmtId="14" fontId="0" fillId="0" borderId="0"/></cellXfs>',
      );
    const [g1900] = await patchedWorkbook({ [SHEET]: dateRow, "xl/styles.xml": styles });
    expect(at(g1900, "A2")).toMatchObject({ value: "2023-03-15", text: "2023-03-15" });
    const [g1904] = await patchedWorkbook({
      [SHEET]: dateRow,
      "xl/styles.xml": styles,
      "xl/workbook.xml": (xml) => xml.replace(/<workbookPr[^>]*\/>/, '<workbookPr date1904="1"/>'),
    });
    expect(at(g1904, "A2")).toMatchObject({ value: "2027-03-16", text: "2027-03-16" });
  });

  it("reads Japanese Excel's built-in date formats (ids 27–58) as dates, not serial numbers", async () => {
    const [g] = await patchedWorkbook({
      [SHEET]: withRows('<row r="2"><c r="A2" s="1"><v>45017</v></c><c r="B2" s="2"><v>45017</v></c></row>'),
      "xl/styles.xml": (xml) =>
        xml.replace(
          /<cellXfs count="\d+">(.*?)<\/cellXfs>/s,
          '<cellXfs count="3">$1<xf numFmtId="31" fontId="0" fillId="0" borderId="0"/><xf numFmtId="38" fontId="0" fillId="0" borderId="0"/></cellXfs>',
        ),
    });
    expect(at(g, "A2")).toMatchObject({ value: "2023-04-01", numberFormat: 'yyyy"年"m"月"d"日"' });
    // id 38 is a number format (negatives in red), not a date
    expect(at(g, "B2")).toMatchObject({ value: 45017, text: "45,017 " });
  });

  it("reads inline strings, rich runs and escapes, without phonetic guides", async () => {
    const [g] = await patchedWorkbook({
      [SHEET]: withRows(
        '<row r="2"><c r="A2" t="inlineStr"><is><t>自主財源</t></is></c>' +
          '<c r="B2" t="inlineStr"><is><r><t>17,842</t></r><r><rPr><b/></rPr><t>人/年</t></r><rPh sb="0" eb="1"><t>ジン</t></rPh></is></c>' +
          '<c r="C2" t="inlineStr"><is><t>行1_x000D_行2</t></is></c><c r="D2" t="b"><v>0</v></c><c r="E2" t="e"><v>#REF!</v></c></row>',
      ),
    });
    expect(at(g, "A2")).toEqual({ value: "自主財源", text: "自主財源" });
    expect(at(g, "B2").text).toBe("17,842人/年");
    expect(at(g, "C2").text).toBe("行1\r行2");
    expect(at(g, "D2")).toEqual({ value: false, text: "FALSE" });
    expect(at(g, "E2")).toEqual({ value: null, text: "#REF!", error: "#REF!" });
  });

  it("reads shared strings without their furigana", async () => {
    const [g] = await patchedWorkbook({
      "xl/sharedStrings.xml": (xml) =>
        xml.replace("<t>見出し</t>", '<t>見出し</t><rPh sb="0" eb="2"><t>ミダシ</t></rPh>'),
    });
    expect(at(g, "A1").text).toBe("見出し");
  });

  it("reads hidden sheets, in tab order", async () => {
    const grids = await patchedWorkbook(
      { "xl/workbook.xml": (xml) => xml.replace(/<sheet name="裏"/, '<sheet name="裏" state="hidden"') },
      (wb) => {
        wb.addWorksheet("裏").getCell("B2").value = 3;
        wb.addWorksheet("三枚目");
      },
    );
    expect(grids.map((x) => x.name)).toEqual(["S", "裏", "三枚目"]);
    expect(at(grids[1], "B2").value).toBe(3);
  });

  it("reads SpreadsheetML written with a namespace prefix (x:c, x:v)", async () => {
    const [g] = await patchedWorkbook({
      [SHEET]: (xml) =>
        xml
          .replace(/<(\/?)([a-zA-Z]+)([ >/])/g, (m, slash: string, name: string, end: string) =>
            name === "xml" ? m : `<${slash}x:${name}${end}`,
          )
          .replace('xmlns="http', 'xmlns:x="http'),
    });
    expect(cellText(g, 0, 0)).toBe("見出し");
  });

  it("does not take an element of another namespace for a cell, prefixed root or not", async () => {
    // An extension row whose local names are ours (x14:row, x14:c) is not part of the grid.
    const foreign =
      '<x14:row xmlns:x14="urn:test-ext" r="3"><x14:c r="B3" t="inlineStr"><x14:is><x14:t>外</x14:t></x14:is></x14:c></x14:row>';
    const [plain] = await patchedWorkbook({
      [SHEET]: withRows(`${foreign}<row r="2"><c r="A2" t="inlineStr"><is><t>内</t></is></c></row>`),
    });
    expect(cellText(plain, 1, 0)).toBe("内");
    expect(cellText(plain, 2, 1)).toBe("");
    const [prefixed] = await patchedWorkbook({
      [SHEET]: (xml) =>
        withRows(`${foreign}<row r="2"><c r="A2" t="inlineStr"><is><t>内</t></is></c></row>`)(xml)
          .replace(/<(\/?)([a-zA-Z]+)([ >/])/g, (m, slash: string, name: string, end: string) =>
            name === "xml" ? m : `<${slash}x:${name}${end}`,
          )
          .replace('xmlns="http', 'xmlns:x="http'),
    });
    expect(cellText(prefixed, 1, 0)).toBe("内");
    expect(cellText(prefixed, 2, 1)).toBe("");
  });
});

describe("parseRange (a merged area's ref)", () => {
  it("reads an area or one cell, either case, with or without $ anchors", () => {
    expect(parseRange("B3:D5")).toEqual({ top: 2, left: 1, bottom: 4, right: 3 });
    expect(parseRange("d5:b3")).toEqual({ top: 2, left: 1, bottom: 4, right: 3 });
    expect(parseRange("$A$1:$XFD$1048576")).toEqual({ top: 0, left: 0, bottom: 1048575, right: 16383 });
    expect(parseRange("C7")).toEqual({ top: 6, left: 2, bottom: 6, right: 2 });
  });
  it("refuses what is not an area inside Excel's grid", () => {
    for (const ref of ["", "A0:B2", "A1:XFE1", "A1:B1048577", "1A:B2", "A:B", "A1:B2x", "A1-B2"]) {
      expect(parseRange(ref)).toBeNull();
    }
  });
});
