import * as path from "path";
import { strFromU8 } from "fflate";
import { SEVERITY_FILL } from "../../src/cli/write-annotated";
import { freshDir, run } from "./helpers";
import { fillArgb, loadWorkbook, parts, sha } from "./package-helpers";
import { RICH_PARTS, RICH_SHEET, writeRichWorkbook } from "./rich-package";

/** The annotated copy of a macro workbook with a chart and a picture keeps all of them. */
describe("--out on an .xlsm with a chart, a picture and a macro", () => {
  let input: string;
  let copy: string;
  let before: string;
  let code: number;

  beforeAll(async () => {
    const dir = await freshDir("package-copy");
    input = path.join(dir, "council.xlsm");
    await writeRichWorkbook(input);
    before = await sha(input);
    const r = await run([input, "--out", `${path.join(dir, "out")}/`]);
    code = r.code;
    copy = path.join(dir, "out", "council-checked.xlsm");
  });

  it("checks it (a warning only: exit 0) and leaves the input as it was", async () => {
    expect(code).toBe(0);
    expect(await sha(input)).toBe(before);
  });

  it("keeps the chart, the drawing, the picture and the VBA project byte for byte", async () => {
    const [a, b] = await Promise.all([parts(input), parts(copy)]);
    for (const name of RICH_PARTS) {
      expect([name, Buffer.from(b.get(name) ?? []).equals(Buffer.from(a.get(name)!))]).toEqual([name, true]);
    }
  });

  it("keeps every part it does not patch, and stays a macro workbook with its defined name", async () => {
    const [a, b] = await Promise.all([parts(input), parts(copy)]);
    const patched = new Set([
      "[Content_Types].xml",
      "xl/workbook.xml",
      "xl/_rels/workbook.xml.rels",
      "xl/styles.xml",
      "xl/worksheets/sheet1.xml",
      "xl/worksheets/_rels/sheet1.xml.rels",
    ]);
    const same = [...a.keys()].filter((n) => !patched.has(n));
    expect(same.filter((n) => !Buffer.from(b.get(n) ?? []).equals(Buffer.from(a.get(n)!)))).toEqual([]);
    const types = strFromU8(b.get("[Content_Types].xml")!);
    expect(types).toContain(
      'PartName="/xl/workbook.xml" ContentType="application/vnd.ms-excel.sheet.macroEnabled.main+xml"',
    );
    expect(strFromU8(b.get("xl/_rels/workbook.xml.rels")!)).toContain('Target="vbaProject.bin"');
    expect(strFromU8(b.get("xl/workbook.xml")!)).toContain(
      `<definedName name="目標値">'${RICH_SHEET}'!$F$2</definedName>`,
    );
    const sheet = strFromU8(b.get("xl/worksheets/sheet1.xml")!);
    expect(sheet).toContain('<drawing r:id="rIdDrawing1"/>');
    // the notes drawing goes after the chart drawing, as the schema orders them
    expect(sheet.indexOf("<legacyDrawing")).toBeGreaterThan(sheet.indexOf("<drawing "));
    expect(strFromU8(b.get("xl/worksheets/_rels/sheet1.xml.rels")!)).toContain('Target="../drawings/drawing1.xml"');
  });

  it("puts its print titles after the external references when the workbook had no defined names", async () => {
    const dir = await freshDir("package-copy-no-names");
    const plain = path.join(dir, "plain.xlsm");
    await writeRichWorkbook(plain, { definedName: false });
    await run([plain, "--out", path.join(dir, "copy.xlsm")]);
    const workbook = strFromU8((await parts(path.join(dir, "copy.xlsm"))).get("xl/workbook.xml")!);
    expect(workbook).toMatch(
      /<\/sheets><externalReferences>.*<\/externalReferences><definedNames><definedName name="_xlnm\.Print_Titles"/,
    );
  });

  it("marks the mismatched target", async () => {
    const ws = (await loadWorkbook(copy)).getWorksheet(RICH_SHEET)!;
    expect(fillArgb(ws.getCell("F2"))).toBe(SEVERITY_FILL.warning);
  });
});
