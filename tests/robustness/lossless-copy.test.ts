import { createHash } from "crypto";
import { promises as fs } from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { ReportSchema, type Report } from "../../src/core/report/schema";
import { RESULT_SHEET, SEVERITY_FILL } from "../../src/cli/write-annotated";
import { RECORD_SHEET } from "../../src/cli/mark-record";
import { NOTE_MARKER } from "../../src/cli/notes-patch";
import { RESULTS_SHEET_NAMES } from "../../src/core/report/results-sheet";
import { fixture, freshDir, run, sample } from "../cli/helpers";

/**
 * `kpi-check --out` keeps everything of the input: every cell's value, formula, number format,
 * font, border, alignment and protection; fills except on marked cells (their originals are
 * recorded for a re-check: tests/cli/recheck.test.ts); notes (ours after the user's); merges, widths, heights,
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

  it("keeps sheet names, order and visibility, and adds its results and record sheets last", () => {
    const sheets = (wb: ExcelJS.Workbook) => wb.worksheets.map((w) => [w.name, w.state]);
    expect(sheets(copy)).toEqual([
      ...sheets(original),
      [RESULT_SHEET, "visible"],
      [RESULTS_SHEET_NAMES.targets, "visible"],
      [RECORD_SHEET, "veryHidden"],
    ]);
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

  it("keeps fills and notes of unmarked cells; a marked cell's fill is its severity, its note the user's then ours", () => {
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
            const user = noteText(x);
            expect(noteText(y).startsWith(user ? `${user}\n${NOTE_MARKER}\n` : `${NOTE_MARKER}\n`)).toBe(true);
            expect(noteText(y)).toMatch(/【(エラー|警告|情報)】/);
          } else {
            expect([x.address, y.fill, noteText(y)]).toEqual([x.address, x.fill, noteText(x)]);
          }
        }
      }
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
    expect(noteText(b.getWorksheet("成果指標")!.getCell("F3")).startsWith(`担当課に確認中\n${NOTE_MARKER}\n`)).toBe(
      true,
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
});
