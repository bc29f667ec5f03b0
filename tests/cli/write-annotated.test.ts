import { createHash } from "crypto";
import { promises as fs } from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { annotatedPath, RESULT_SHEET, SEVERITY_FILL, writeAnnotated } from "../../src/cli/write-annotated";
import { raise } from "../../src/core/report/finding";
import type { Report } from "../../src/core/report/schema";
import { fixture, freshDir, sample } from "./helpers";

const sha = async (file: string) =>
  createHash("sha256")
    .update(await fs.readFile(file))
    .digest("hex");

const target = {
  status: "mismatch" as const,
  stated: { text: "19,000人/年", value: 19000 },
  computed: { value: 18939.6, display: "18,940人/年" },
  rule: "compound-growth",
  explanation: "17,842 × 1.01⁶ = 18,939.6",
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
          { ...raise("LAYOUT_NOT_FOUND", "default", { row: null, cell: null }, { sheet: "KPI" }), severity: "info" },
        ],
        tables: [],
      },
    ],
    summary: { rows: 1, errors: 1, warnings: 1, infos: 3 },
  };
}

describe("writeAnnotated", () => {
  const input = sample("kyosei-vision.xlsx");
  let out: string;
  let copy: ExcelJS.Workbook;
  let before: string;

  beforeAll(async () => {
    const dir = await freshDir("annotated");
    out = path.join(dir, "copy.xlsx");
    before = await sha(input);
    await writeAnnotated(input, reportFor(input, "共生ビジョンKPI"), out);
    copy = new ExcelJS.Workbook();
    await copy.xlsx.readFile(out);
  });

  it("leaves the input byte-identical", async () => {
    expect(await sha(input)).toBe(before);
  });

  it("fills each finding cell by its worst severity and notes every message", () => {
    const ws = copy.getWorksheet("共生ビジョンKPI")!;
    const fill = (a: string) => (ws.getCell(a).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
    expect(fill("N22")).toBe(SEVERITY_FILL.warning);
    expect(fill("A29")).toBe(SEVERITY_FILL.error); // error + info on one cell → error
    expect(fill("N21")).not.toBe(SEVERITY_FILL.warning); // an unmarked neighbour keeps its style
    const note = (a: string) => {
      const n = ws.getCell(a).note;
      return typeof n === "string" ? n : (n?.texts ?? []).map((t) => t.text).join("");
    };
    // Notes lead with the finding's title, not its code.
    expect(note("A29")).toContain("【エラー】列のずれ");
    expect(note("A29")).toContain("【情報】単位の書き方の違い");
    expect(note("N22")).toContain("【警告】根拠と目標値の不一致");
    expect(note("N22")).not.toContain("BASIS_MISMATCH");
    expect(note("N21")).toBe("");
  });

  it("marks a finding inside a merged area on the area's top-left cell", () => {
    const ws = copy.getWorksheet("共生ビジョンKPI")!;
    expect((ws.getCell("A7").fill as ExcelJS.FillPattern).fgColor?.argb).toBe(SEVERITY_FILL.info);
  });

  it("keeps every original value and merge of the input", async () => {
    const original = new ExcelJS.Workbook();
    await original.xlsx.readFile(input);
    const a = original.getWorksheet("共生ビジョンKPI")!;
    const b = copy.getWorksheet("共生ビジョンKPI")!;
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

  it("adds a 検証結果 sheet with every finding linked to its cell, then the targets", () => {
    const ws = copy.getWorksheet(RESULT_SHEET)!;
    const rows: unknown[][] = [];
    ws.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows[0]).toEqual([
      "重要度 / Severity",
      "シート / Sheet",
      "セル / Cell",
      "コード / Code",
      "メッセージ",
      "Message",
    ]);
    expect(rows.slice(1, 6).map((r) => r[3])).toEqual([
      "BASIS_MISMATCH",
      "COLUMN_SHIFT",
      "UNIT_STYLE",
      "REQUIRED_MISSING",
      "LAYOUT_NOT_FOUND",
    ]);
    expect(ws.getCell("C2").value).toEqual({ text: "N22", hyperlink: "'共生ビジョンKPI'!N22" });
    expect(ws.getCell("C6").value).toBe(""); // a sheet-level finding has no cell to link
    const targetRow = rows.find((r) => r[2] === "伊那本線利用者人数")!;
    expect(targetRow).toEqual([
      "共生ビジョンKPI",
      22,
      "伊那本線利用者人数",
      "19,000人/年",
      "18,940人/年",
      "mismatch",
      "compound-growth",
      "17,842 × 1.01⁶ = 18,939.6",
    ]);
  });

  it("keeps formulas and replaces an earlier 検証結果 sheet instead of adding a second", async () => {
    const dir = await freshDir("annotated-formulas");
    const first = path.join(dir, "first.xlsx");
    const second = path.join(dir, "second.xlsx");
    const src = fixture("formulas-errors-dates.xlsx");
    await writeAnnotated(src, reportFor(src, "数式とエラー"), first);
    await writeAnnotated(first, reportFor(first, "数式とエラー"), second);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(second);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["数式とエラー", RESULT_SHEET]);
    expect(wb.getWorksheet("数式とエラー")!.getCell("D2").formula).toBe("SUM(J2:K2)");
  });

  it("refuses to write over its input", async () => {
    await expect(writeAnnotated(input, reportFor(input, "共生ビジョンKPI"), input)).rejects.toThrow(
      /never overwritten/,
    );
    expect(await sha(input)).toBe(before);
  });

  it("names the copy DIR/<name>-checked.xlsx for a directory, else uses the path as given", () => {
    expect(annotatedPath("a/b/kyosei-vision.xlsx", "out", true)).toBe(path.join("out", "kyosei-vision-checked.xlsx"));
    expect(annotatedPath("a/b/kyosei-vision.xlsx", "out/x.xlsx", false)).toBe("out/x.xlsx");
  });
});
