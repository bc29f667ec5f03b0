import { spawnSync } from "child_process";
import { promises as fs } from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { readWorkbook, readWorkbookBuffer } from "../../src/cli/read-workbook";
import { LIMITS } from "../../src/cli/xlsx/limits";
import { ReportSchema } from "../../src/core/report/schema";
import { ROOT, freshDir } from "../cli/helpers";
import { readErrorAs } from "../support/read-error";

/**
 * Files made to exhaust a reader: a merged area of a whole sheet, zip bombs, nesting without
 * end, DTD entities. Each ends in a report or one line of reason. The installed command runs
 * them under a 300 MB heap: going over it fails the run, so memory is asserted without timing.
 */

const KILL_AFTER_MS = 120_000;
const HEAP_MB = 300;

async function workbookBuffer(edit?: (sheetXml: string) => string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("成果指標");
  ws.addRow(["No.", "指標名", "単位", "現状値", "基準年度", "目標値", "目標年度"]);
  ws.addRow([1, "図書館の利用者数", "人", 1000, "2023年度", 1100, "2030年度"]);
  const zip = await JSZip.loadAsync(Buffer.from(await wb.xlsx.writeBuffer()));
  if (edit) {
    const xml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    zip.file("xl/worksheets/sheet1.xml", edit(xml));
  }
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/** The central-directory record of a part, found by its name. */
function centralRecord(buf: Buffer, name: string): number {
  const at = buf.lastIndexOf(Buffer.from(name));
  // the name sits 46 bytes into its central record (the local header's copy comes earlier)
  const record = at - 46;
  expect(buf.readUInt32LE(record)).toBe(0x02014b50);
  return record;
}

/** A package whose sheet part declares `declared` bytes but inflates to `actual` bytes of XML. */
async function bomb(declared: number, actualRows: number): Promise<Buffer> {
  const row = '<row r="9"><c r="A9" t="inlineStr"><is><t>x</t></is></c></row>';
  const buf = await workbookBuffer((xml) => xml.replace("</sheetData>", `${row.repeat(actualRows)}</sheetData>`));
  const record = centralRecord(buf, "xl/worksheets/sheet1.xml");
  buf.writeUInt32LE(declared, record + 24);
  return buf;
}

const readError = readErrorAs("hostile.xlsx");

describe("reader caps (in-process)", () => {
  it("keeps a merged area of a whole sheet as one range, with the value in its top-left cell only", async () => {
    const buf = await workbookBuffer((xml) =>
      xml
        .replace(
          "</sheetData>",
          '<row r="4"><c r="A4" t="inlineStr"><is><t>全体</t></is></c><c r="B4"><v>7</v></c></row></sheetData>',
        )
        .replace(/(<\/sheetData>)/, '$1<mergeCells count="1"><mergeCell ref="A4:XFD1048576"/></mergeCells>'),
    );
    expect(buf.length).toBeLessThan(10_000);
    const [g] = readWorkbookBuffer(buf);
    expect(g.merges).toEqual([{ top: 3, left: 0, bottom: 1048575, right: 16383 }]);
    expect(g.rowCount).toBe(1048576);
    expect(g.colCount).toBe(16384);
    expect(g.cells[3]?.[0]?.text).toBe("全体");
    expect(g.cells[3]?.[1]).toBeUndefined(); // covered by the area: Excel shows only A4
    expect(g.cells.length).toBe(4); // rows exist only where cells do
    expect(g.cells[1]?.[1]?.text).toBe("図書館の利用者数");
  });

  it("stops before inflating a part that declares more than the cap (a 4 GB bomb)", async () => {
    const err = readError(await bomb(0xffffffff, 10));
    expect(err.kind).toBe("too-large");
    expect(err.line()).toMatch(/^hostile\.xlsx: .*too large.*xl\/worksheets\/sheet1\.xml 4\.0 GB > 256 MB$/);
    expect(err.line()).not.toContain("\n");
  });

  it("stops a part that declares just over the cap, but not one just under it", async () => {
    expect(readError(await bomb(LIMITS.partBytes + 1, 10)).kind).toBe("too-large");
    // just under the cap it is inflated, and then found not to be as long as it said
    expect(readError(await bomb(LIMITS.partBytes - 1, 10)).kind).toBe("corrupt");
  });

  it("stops a part that inflates to more than it declared (a lying bomb) as damaged", async () => {
    const honest = await bomb(0, 20_000);
    const record = centralRecord(honest, "xl/worksheets/sheet1.xml");
    const compressed = honest.readUInt32LE(record + 20);
    honest.writeUInt32LE(compressed, record + 24); // claims no more than its compressed size
    expect(readError(honest).kind).toBe("corrupt");
  });

  it("refuses a DOCTYPE (entity expansion) and reads the same sheet without it", async () => {
    const laughs =
      '<!DOCTYPE w [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>';
    const withDtd = await workbookBuffer((xml) => xml.replace(/(<\?xml[^>]*\?>)/, `$1${laughs}`));
    expect(readError(withDtd).kind).toBe("unsafe-xml");
    const entityUse = await workbookBuffer((xml) =>
      xml.replace("</sheetData>", '<row r="5"><c r="A5" t="inlineStr"><is><t>&c;</t></is></c></row></sheetData>'),
    );
    expect(readError(entityUse).kind).toBe("corrupt"); // an undefined entity is malformed XML
    expect(readWorkbookBuffer(await workbookBuffer())[0].cells[1]?.[1]?.text).toBe("図書館の利用者数");
  });

  it("does not read a file over the file cap into memory (a sparse file: no disk used)", async () => {
    const file = path.join(tmp, "huge.xlsx");
    await fs.writeFile(file, await workbookBuffer());
    await fs.truncate(file, LIMITS.fileBytes + 1);
    await expect(readWorkbook(file)).rejects.toMatchObject({ kind: "too-large" });
    await fs.rm(file);
  });

  it("stops XML nested deeper than the cap, not XML nested just within it", async () => {
    // worksheet > extLst > ext × n: n = cap - 2 reaches the cap exactly
    const nest = (n: number) => (xml: string) =>
      xml.replace("</sheetData>", `</sheetData><extLst>${"<ext>".repeat(n)}${"</ext>".repeat(n)}</extLst>`);
    expect(readError(await workbookBuffer(nest(LIMITS.xmlDepth - 1))).kind).toBe("too-large");
    expect(readWorkbookBuffer(await workbookBuffer(nest(LIMITS.xmlDepth - 2)))).toHaveLength(1);
  });
});

let tmp: string;
beforeAll(async () => {
  tmp = await freshDir("hostile-reader");
});

describe("the installed command on generated hostile files, under a 300 MB heap", () => {
  beforeAll(() => {
    const build = spawnSync("npm", ["run", "-s", "build:cli"], { cwd: ROOT, encoding: "utf8" });
    expect(build.status).toBe(0);
  }, KILL_AFTER_MS);

  const kpiCheck = (file: string) =>
    spawnSync(
      process.execPath,
      [`--max-old-space-size=${HEAP_MB}`, path.join(ROOT, "bin", "kpi-check.js"), file, "--json"],
      {
        cwd: ROOT,
        encoding: "utf8",
        timeout: KILL_AFTER_MS,
        maxBuffer: 64 * 1024 * 1024,
      },
    );

  it("a 6.5 KB file merging A4:XFD1048576 ends in a report", async () => {
    const file = path.join(tmp, "merged-sheet.xlsx");
    await fs.writeFile(
      file,
      await workbookBuffer((xml) =>
        xml.replace("</sheetData>", '</sheetData><mergeCells count="1"><mergeCell ref="A4:XFD1048576"/></mergeCells>'),
      ),
    );
    const r = kpiCheck(file);
    expect(r.signal).toBeNull();
    expect([0, 1]).toContain(r.status);
    expect(r.stderr).toBe("");
    expect(ReportSchema.parse(JSON.parse(r.stdout)).sheets[0].name).toBe("成果指標");
  });

  it("a zip declaring a 4 GB sheet ends with one line of reason, exit 2", async () => {
    const file = path.join(tmp, "bomb.xlsx");
    await fs.writeFile(file, await bomb(0xffffffff, 10));
    const r = kpiCheck(file);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.split("\n")).toEqual([expect.stringMatching(/^bomb\.xlsx: .*(大きすぎる).*too large/), ""]);
  });
});
