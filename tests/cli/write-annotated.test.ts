import { promises as fs } from "fs";
import * as path from "path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import type ExcelJS from "exceljs";
import { annotatedPath, RESULT_SHEET, SEVERITY_FILL, writeAnnotated } from "../../src/cli/write-annotated";
import { RECORD_SHEET } from "../../src/cli/mark-record";
import { RESULTS_SHEET_NAMES } from "../../src/core/report/results-sheet";
import { raise } from "../../src/core/report/finding";
import type { Report } from "../../src/core/report/schema";
import { fixture, freshDir, sample } from "./helpers";
import { fillArgb, loadWorkbook, noteText, parts, partText, sha, sheetRows } from "./package-helpers";

const target = {
  status: "mismatch" as const,
  stated: { text: "19,000人/年", value: 19000 },
  computed: { value: 18939.6, display: "18,940人/年" },
  rule: "compound-growth",
  explanation: "17,842 × 1.01⁶ = 18,939.6",
  explanationEn: "17,842 × 1.01^6 = 18,939.6",
  parts: [],
};

const mismatch = { part: "", computed: "19,000人", formula: "17,842 × 1.01⁶", stated: "18,000人" };
const units = { text: "78件", found: "件", expected: "件/年" };
const required = { field: { ja: "指標", en: "indicator" }, status: "継続" };

/** A hand-made report: the writer is checked apart from the engine. */
function reportFor(file: string, sheet: string): Report {
  return {
    file,
    sheets: [
      {
        name: sheet,
        layout: "kyosei-vision",
        targetYear: "R12",
        rows: [{ row: 22, indicator: "伊那本線利用者人数", status: "継続", target }],
        findings: [
          raise("BASIS_MISMATCH", "default", { row: 22, cell: "N22" }, mismatch),
          raise("COLUMN_SHIFT", "default", { row: 29, cell: "A29" }, { found: "x", count: 1, moves: "" }),
          { ...raise("UNIT_STYLE", "default", { row: 29, cell: "A29" }, units), severity: "info" },
          { ...raise("REQUIRED_MISSING", "default", { row: 8, cell: "A8" }, required), severity: "info" },
          { ...raise("REQUIRED_MISSING", "default", { row: 60, cell: "C60" }, required), severity: "info" },
          { ...raise("LAYOUT_NOT_FOUND", "default", { row: null, cell: null }, { sheet: "KPI" }), severity: "info" },
        ],
        tables: [],
      },
    ],
    summary: { rows: 1, errors: 1, warnings: 1, infos: 4 },
  };
}

describe("writeAnnotated", () => {
  const input = sample("kyosei-vision.xlsx");
  const SHEET = "共生ビジョンKPI";
  let out: string;
  let copy: ExcelJS.Workbook;
  let before: string;

  beforeAll(async () => {
    const dir = await freshDir("annotated");
    out = path.join(dir, "copy.xlsx");
    before = await sha(input);
    await writeAnnotated(input, reportFor(input, SHEET), out);
    copy = await loadWorkbook(out);
  });

  it("leaves the input byte-identical", async () => {
    expect(await sha(input)).toBe(before);
  });

  it("copies every part it has no reason to change byte for byte", async () => {
    const [a, b] = await Promise.all([parts(input), parts(out)]);
    const changed = [
      "[Content_Types].xml",
      "xl/workbook.xml",
      "xl/_rels/workbook.xml.rels",
      "xl/styles.xml",
      "xl/worksheets/sheet1.xml",
    ];
    for (const [name, bytes] of a) {
      if (changed.includes(name)) continue;
      expect([name, Buffer.from(b.get(name)!).equals(Buffer.from(bytes))]).toEqual([name, true]);
    }
  });

  it("fills each finding cell by its worst severity, an absent cell included, and leaves neighbours", () => {
    const ws = copy.getWorksheet(SHEET)!;
    expect(fillArgb(ws.getCell("N22"))).toBe(SEVERITY_FILL.warning);
    expect(fillArgb(ws.getCell("A29"))).toBe(SEVERITY_FILL.error); // error + info on one cell → error
    expect(fillArgb(ws.getCell("C60"))).toBe(SEVERITY_FILL.info); // not in the file before
    expect(fillArgb(ws.getCell("N21"))).not.toBe(SEVERITY_FILL.warning);
  });

  it("notes every message as plain text, worst first, no codes and no JSON", () => {
    const ws = copy.getWorksheet(SHEET)!;
    const note = noteText(ws.getCell("A29"));
    const lines = note.split("\n");
    // each finding: its title line, then its message; worst first
    expect(lines[1]).toBe("【エラー】列のずれ");
    expect(lines[3]).toBe("【情報】単位の書き方の違い");
    expect(note).not.toMatch(/COLUMN_SHIFT|UNIT_STYLE|"type"|元の塗りつぶし/);
    expect(noteText(ws.getCell("N21"))).toBe("");
  });

  it("marks a finding inside a merged area on the area's top-left cell", () => {
    const ws = copy.getWorksheet(SHEET)!;
    expect(fillArgb(ws.getCell("A7"))).toBe(SEVERITY_FILL.info);
  });

  it("keeps every original value, formula and merge of the input", async () => {
    const original = await loadWorkbook(input);
    const a = original.getWorksheet(SHEET)!;
    const b = copy.getWorksheet(SHEET)!;
    let n = 0;
    a.eachRow((row, r) =>
      row.eachCell((cell, c) => {
        expect([cell.address, b.getCell(r, c).value]).toEqual([cell.address, cell.value]);
        n++;
      }),
    );
    expect(n).toBeGreaterThan(300);
    expect(b.model.merges.sort()).toEqual(a.model.merges.sort());
  });

  it("lists findings on 検証結果 with Japanese labels and links, and targets on a sheet of their own", async () => {
    const rows = sheetRows(copy.getWorksheet(RESULT_SHEET)!);
    expect(rows[0]).toEqual(["重要度", "シート", "セル", "指摘の内容", "コード"]);
    expect(rows.slice(1).map((r) => r[0])).toEqual(["警告", "エラー", "情報", "情報", "情報", "情報"]);
    // a link within the workbook (exceljs reads only links to files and web pages)
    const results = await partText(out, "xl/worksheets/sheet2.xml");
    expect(results).toContain(`<hyperlink ref="C2" location="'共生ビジョンKPI'!N22" display="N22"/>`);
    expect(results).not.toContain(`<hyperlink ref="C7"`); // a sheet-level finding has no cell to link
    const targets = sheetRows(copy.getWorksheet(RESULTS_SHEET_NAMES.targets)!);
    expect(targets[0]).toEqual(["シート", "行", "指標", "記載の目標値", "算出値", "判定", "計算方法", "説明"]);
    expect(targets[1]).toEqual([
      SHEET,
      22,
      "伊那本線利用者人数",
      "19,000人/年",
      "18,940人/年",
      "不一致",
      "毎年○%増減（複利）",
      "17,842 × 1.01⁶ = 18,939.6",
    ]);
  });

  it("freezes the header, filters it and prints A4 landscape one page wide", () => {
    for (const name of Object.values(RESULTS_SHEET_NAMES)) {
      const ws = copy.getWorksheet(name)!;
      expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
      expect(ws.autoFilter).toMatch(/^A1:[A-Z]+\d+$/);
      expect(ws.pageSetup).toMatchObject({
        paperSize: 9,
        orientation: "landscape",
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
      });
      expect(ws.getColumn(1).width).toBeGreaterThan(5);
    }
    expect(copy.getWorksheet(RESULT_SHEET)!.getColumn(4).width).not.toBe(
      copy.getWorksheet(RESULTS_SHEET_NAMES.targets)!.getColumn(4).width,
    );
  });

  it("writes the results in English with --lang en", async () => {
    const dir = await freshDir("annotated-en");
    const en = path.join(dir, "en.xlsx");
    await writeAnnotated(input, reportFor(input, SHEET), en, { lang: "en" });
    const wb = await loadWorkbook(en);
    const rows = sheetRows(wb.getWorksheet(RESULT_SHEET)!);
    expect(rows[0]).toEqual(["Severity", "Sheet", "Cell", "What was found", "Code"]);
    expect(rows[1][0]).toBe("Warning");
    const targets = sheetRows(wb.getWorksheet(RESULTS_SHEET_NAMES.targets)!);
    expect(targets[1].slice(5)).toEqual(["mismatch", "yearly % change (compound)", "17,842 × 1.01^6 = 18,939.6"]);
    expect(noteText(wb.getWorksheet(SHEET)!.getCell("A29"))).toMatch(/^── kpi-check ──\n\[Error\] Shifted columns\n/);
  });

  it("keeps formulas and replaces its own results sheets instead of adding more", async () => {
    const dir = await freshDir("annotated-formulas");
    const first = path.join(dir, "first.xlsx");
    const second = path.join(dir, "second.xlsx");
    const src = fixture("formulas-errors-dates.xlsx");
    await writeAnnotated(src, reportFor(src, "数式とエラー"), first);
    await writeAnnotated(first, reportFor(first, "数式とエラー"), second);
    const wb = await loadWorkbook(second);
    expect(wb.worksheets.map((w) => [w.name, w.state])).toEqual([
      ["数式とエラー", "visible"],
      [RESULT_SHEET, "visible"],
      [RESULTS_SHEET_NAMES.targets, "visible"],
      [RECORD_SHEET, "veryHidden"],
    ]);
    expect(wb.getWorksheet("数式とエラー")!.getCell("D2").formula).toBe("SUM(J2:K2)");
  });

  it("refuses to write over its input", async () => {
    await expect(writeAnnotated(input, reportFor(input, SHEET), input, { force: true })).rejects.toThrow(
      /never overwritten/,
    );
    expect(await sha(input)).toBe(before);
  });

  it("names the copy DIR/<name>-checked.xlsx for a directory (.xlsm kept), else uses the path as given", () => {
    expect(annotatedPath("a/b/kyosei-vision.xlsx", "out", true)).toBe(path.join("out", "kyosei-vision-checked.xlsx"));
    expect(annotatedPath("a/b/macro.XLSM", "out", true)).toBe(path.join("out", "macro-checked.xlsm"));
    expect(annotatedPath("a/b/kyosei-vision.xlsx", "out/x.xlsx", false)).toBe("out/x.xlsx");
  });
});

describe("writeAnnotated on XML it cannot patch", () => {
  it("refuses a sheet written with a namespace prefix, with a reason, and writes nothing", async () => {
    const dir = await freshDir("annotated-prefixed");
    const files = unzipSync(new Uint8Array(await fs.readFile(sample("kyosei-vision.xlsx"))));
    const sheet = strFromU8(files["xl/worksheets/sheet1.xml"]);
    files["xl/worksheets/sheet1.xml"] = strToU8(
      sheet
        .replace(/<(\/?)([a-zA-Z]+)/g, (_m, slash: string, name: string) => `<${slash}x:${name}`)
        .replace(/xmlns=/, "xmlns:x="),
    );
    const input = path.join(dir, "prefixed.xlsx");
    await fs.writeFile(input, zipSync(files));
    const out = path.join(dir, "out.xlsx");
    await expect(writeAnnotated(input, reportFor(input, "共生ビジョンKPI"), out)).rejects.toThrow(/namespace prefix/);
    await expect(fs.stat(out)).rejects.toThrow(/ENOENT/);
  });
});
