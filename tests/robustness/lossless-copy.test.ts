import { createHash } from "crypto";
import { promises as fs } from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { ReportSchema, type Report } from "../../src/core/report/schema";
import { ORIGINAL_FILLS_TITLE, RESULT_SHEET, SEVERITY_FILL, parseOriginalFill } from "../../src/cli/write-annotated";
import { fixture, freshDir, run, sample } from "../cli/helpers";

/**
 * `kpi-check --out` keeps everything of the input: every cell's value, formula, number format,
 * font, border, alignment and protection; fills except on marked cells, whose original fill is
 * recorded in 検証結果; notes (ours appended after the user's); merges, widths, heights,
 * validation, views, conditional formats, sheet names/order/state. The input stays byte-identical.
 */

const sha = async (file: string) =>
  createHash("sha256")
    .update(await fs.readFile(file))
    .digest("hex");

const load = async (file: string) => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
};

const noteText = (cell: ExcelJS.Cell): string => {
  const n = cell.note;
  if (!n) return "";
  return typeof n === "string" ? n : (n.texts ?? []).map((t) => t.text).join("");
};

/** The marked cells of one sheet (a merged area's finding is marked on its top-left cell). */
function markedCells(report: Report, ws: ExcelJS.Worksheet): Set<string> {
  const sheet = report.sheets.find((s) => s.name === ws.name);
  return new Set((sheet?.findings ?? []).filter((f) => f.cell).map((f) => ws.getCell(f.cell!).master.address));
}

/** The recorded original fills: sheet → address → fill JSON. */
function recordedFills(copy: ExcelJS.Workbook): Map<string, Map<string, string>> {
  const ws = copy.getWorksheet(RESULT_SHEET)!;
  const out = new Map<string, Map<string, string>>();
  let start = 0;
  ws.eachRow((row, r) => {
    if (row.getCell(1).value === ORIGINAL_FILLS_TITLE) start = r + 2;
    if (start && r >= start) {
      const sheet = String(row.getCell(1).value);
      if (!out.has(sheet)) out.set(sheet, new Map());
      out.get(sheet)!.set(String(row.getCell(2).value), String(row.getCell(3).value ?? ""));
    }
  });
  return out;
}

/**
 * exceljs writes a marked cell that had no style of its own with the stylesheet's font 0 and an
 * empty border, which it reads back as explicit values: the same look, spelled out.
 */
const EXCELJS_DEFAULT_FONT = { size: 11, color: { theme: 1 }, name: "Calibri", family: 2, scheme: "minor" };

/** Worksheet parts exceljs keeps but does not declare in its typings. */
const internals = (ws: ExcelJS.Worksheet) =>
  ws as unknown as { dataValidations: { model: unknown }; conditionalFormattings: unknown[] };

const FILES: [string, string][] = [
  ["kyosei-vision.xlsx", sample("kyosei-vision.xlsx")],
  ["sousei-strategy.xlsx", sample("sousei-strategy.xlsx")],
  ["styled.xlsx", fixture("styled.xlsx")],
  ["formulas-errors-dates.xlsx", fixture("formulas-errors-dates.xlsx")],
  ["kyosei-shifted.xlsx", fixture("kyosei-shifted.xlsx")],
  ["hostile-table.xlsx", fixture("hostile-table.xlsx")],
];

describe.each(FILES)("--out copy of %s", (name, input) => {
  let original: ExcelJS.Workbook;
  let copy: ExcelJS.Workbook;
  let report: Report;
  let before: string;
  let after: string;

  beforeAll(async () => {
    const dir = await freshDir(`lossless-${name}`);
    const out = path.join(dir, name);
    before = await sha(input);
    const r = await run([input, "--json", "--out", out]);
    expect([0, 1]).toContain(r.code);
    after = await sha(input);
    report = ReportSchema.parse(JSON.parse(r.stdout));
    [original, copy] = await Promise.all([load(input), load(out)]);
  }, 120_000);

  it("leaves the input byte-identical", () => {
    expect(after).toBe(before);
  });

  it("keeps sheet names, order and visibility, and adds 検証結果 last", () => {
    const sheets = (wb: ExcelJS.Workbook) => wb.worksheets.map((w) => [w.name, w.state]);
    expect(sheets(copy)).toEqual([...sheets(original), [RESULT_SHEET, "visible"]]);
  });

  it("keeps every cell's value, formula, number format, font, border, alignment and protection", () => {
    let compared = 0;
    for (const a of original.worksheets) {
      const b = copy.getWorksheet(a.name)!;
      const marked = markedCells(report, a);
      const rows = Math.max(a.rowCount, b.rowCount);
      const cols = Math.max(a.columnCount, b.columnCount);
      for (let r = 1; r <= rows; r++) {
        for (let c = 1; c <= cols; c++) {
          const x = a.getCell(r, c);
          const y = b.getCell(r, c);
          const restyled = marked.has(x.address);
          const cell = (v: ExcelJS.Cell) => ({
            address: `${a.name}!${v.address}`,
            value: v.value,
            formula: v.formula,
            type: v.type,
            numFmt: v.numFmt,
            font: restyled ? (v.font ?? EXCELJS_DEFAULT_FONT) : v.font,
            border: restyled ? (v.border ?? {}) : v.border,
            alignment: v.alignment,
            protection: v.protection,
          });
          expect(cell(y)).toEqual(cell(x));
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(0);
  });

  it("keeps fills and notes of unmarked cells; a marked cell's fill is its severity and its original is recorded", () => {
    const recorded = recordedFills(copy);
    const fills = new Set(Object.values(SEVERITY_FILL));
    for (const a of original.worksheets) {
      const b = copy.getWorksheet(a.name)!;
      const marked = markedCells(report, a);
      for (let r = 1; r <= a.rowCount; r++) {
        for (let c = 1; c <= a.columnCount; c++) {
          const x = a.getCell(r, c);
          const y = b.getCell(r, c);
          if (marked.has(x.address)) {
            const fill = y.fill as ExcelJS.FillPattern;
            expect(fills.has(fill.fgColor!.argb!)).toBe(true);
            const text = recorded.get(a.name)?.get(x.address);
            expect([x.address, parseOriginalFill(text ?? "missing")]).toEqual([x.address, x.fill]);
            expect(noteText(y).startsWith(noteText(x))).toBe(true);
            expect(noteText(y)).toMatch(/【(エラー|警告|情報)】/);
          } else {
            expect([x.address, y.fill, noteText(y)]).toEqual([x.address, x.fill, noteText(x)]);
          }
        }
      }
      // every mark is recorded, nothing else
      expect([...(recorded.get(a.name)?.keys() ?? [])].sort()).toEqual([...marked].sort());
    }
  });

  it("keeps merges, column widths, row heights, views, validation and conditional formats", () => {
    for (const a of original.worksheets) {
      const b = copy.getWorksheet(a.name)!;
      expect([...b.model.merges].sort()).toEqual([...a.model.merges].sort());
      const widths = (w: ExcelJS.Worksheet) =>
        Array.from({ length: w.columnCount }, (_, i) => [w.getColumn(i + 1).width, w.getColumn(i + 1).hidden]);
      expect(widths(b)).toEqual(widths(a));
      const heights = (w: ExcelJS.Worksheet) =>
        Array.from({ length: w.rowCount }, (_, i) => [w.getRow(i + 1).height, w.getRow(i + 1).hidden]);
      expect(heights(b)).toEqual(heights(a));
      expect(b.views).toEqual(a.views);
      expect(internals(b).dataValidations.model).toEqual(internals(a).dataValidations.model);
      expect(internals(b).conditionalFormattings).toEqual(internals(a).conditionalFormattings);
      expect(b.pageSetup).toEqual(a.pageSetup);
    }
  });
});

describe("the fixture exercises what it claims", () => {
  it("styled.xlsx: a mark lands on a cell with its own fill (F3 solid green, with a user note)", async () => {
    const dir = await freshDir("lossless-styled-check");
    const out = path.join(dir, "styled.xlsx");
    await run([fixture("styled.xlsx"), "--out", out]);
    const [a, b] = await Promise.all([load(fixture("styled.xlsx")), load(out)]);
    expect((a.getWorksheet("成果指標")!.getCell("F3").fill as ExcelJS.FillPattern).fgColor?.argb).toBe("FF92D050");
    expect((b.getWorksheet("成果指標")!.getCell("F3").fill as ExcelJS.FillPattern).fgColor?.argb).toBe(
      SEVERITY_FILL.error,
    );
    expect(recordedFills(b).get("成果指標")!.get("F3")).toBe(
      JSON.stringify(a.getWorksheet("成果指標")!.getCell("F3").fill),
    );
    expect(b.getWorksheet("成果指標")!.getCell("C2").dataValidation).toEqual({
      type: "list",
      allowBlank: true,
      formulae: ['"冊,団体,%,人"'],
    });
    expect(b.getWorksheet("成果指標")!.getCell("A8").value).toEqual({
      text: "出典: 市統計書",
      hyperlink: "https://example.jp/toukei",
    });
    expect(b.getWorksheet("非表示")!.state).toBe("hidden");
    expect(internals(b.getWorksheet("成果指標")!).conditionalFormattings).toHaveLength(1);
    expect(b.getWorksheet("成果指標")!.getCell("D4").formula).toBe("D6/D7*100");
  });

  it("checking the copy again keeps the first original fill, not the first mark", async () => {
    const dir = await freshDir("lossless-twice");
    const first = path.join(dir, "first.xlsx");
    const second = path.join(dir, "second.xlsx");
    await run([fixture("styled.xlsx"), "--out", first]);
    await run([first, "--out", second]);
    const [a, b] = await Promise.all([load(fixture("styled.xlsx")), load(second)]);
    const recorded = recordedFills(b).get("成果指標")!;
    expect(parseOriginalFill(recorded.get("F3")!)).toEqual(a.getWorksheet("成果指標")!.getCell("F3").fill);
    expect(parseOriginalFill(recorded.get("F2")!)).toEqual(a.getWorksheet("成果指標")!.getCell("F2").fill);
    expect(recorded.get("F2")).not.toContain(SEVERITY_FILL.warning);
    expect(b.worksheets.map((w) => w.name)).toEqual(["成果指標", "メモ", "非表示", RESULT_SHEET]);
  });
});
