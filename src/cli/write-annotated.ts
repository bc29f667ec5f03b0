import { promises as fs } from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { installFastMergeLoading } from "./exceljs-merges";
import type { Finding, Report, Severity, SheetReport } from "../core/report/schema";
import { WorkbookError } from "./errors";
import { findingNote } from "../core/messages";

/** Fill colours of marked cells, by severity (ARGB): error red-ish, warning amber, info blue. */
export const SEVERITY_FILL: Record<Severity, string> = {
  error: "FFF8CBAD",
  warning: "FFFFE699",
  info: "FFBDD7EE",
};

export const RESULT_SHEET = "検証結果";
/** The note line that keeps a marked cell's fill from before the mark (exceljs fill JSON, or "none"). */
export const ORIGINAL_FILL_PREFIX = "元の塗りつぶし / original fill: ";

const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };
const SEVERITY_JA: Record<Severity, string> = { error: "エラー", warning: "警告", info: "情報" };

/** `--out` target for one input: a file path as given, or DIR/<name>-checked.xlsx. */
export function annotatedPath(input: string, out: string, asDirectory: boolean): string {
  if (!asDirectory) return out;
  const base = path.basename(input).replace(/\.xlsx$/i, "");
  return path.join(out, `${base}-checked.xlsx`);
}

/**
 * Writes an annotated copy of `input` to `output`: every original value, formula, merge and
 * style kept; finding cells filled by severity with a note listing their messages; a
 * 検証結果 sheet listing every finding (linked to its cell) and the computed targets.
 * The input file is only read.
 */
export async function writeAnnotated(input: string, report: Report, output: string): Promise<void> {
  if (path.resolve(input) === path.resolve(output)) {
    throw new WorkbookError("same-file", path.basename(output));
  }
  installFastMergeLoading();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await fs.readFile(input)) as unknown as ExcelJS.Buffer);
  for (const ws of wb.worksheets) keepPageNumbering(ws);
  for (const sheet of report.sheets) {
    const ws = wb.getWorksheet(sheet.name);
    if (ws) markSheet(ws, sheet.findings);
  }
  addResultSheet(wb, report);
  await fs.mkdir(path.dirname(path.resolve(output)), { recursive: true });
  await wb.xlsx.writeFile(output);
}

/**
 * exceljs reads a missing firstPageNumber as 1 and then writes useFirstPageNumber="1": printed
 * page numbers would restart at 1 on every sheet. Keep Excel's automatic numbering where the
 * input had it.
 */
function keepPageNumbering(ws: ExcelJS.Worksheet): void {
  const setup = ws.pageSetup as Partial<ExcelJS.PageSetup> & { useFirstPageNumber?: boolean };
  if (setup.useFirstPageNumber === false) setup.firstPageNumber = undefined;
}

function noteLine(f: Finding): string {
  return `${findingNote(f, "ja")}\n${findingNote(f, "en")}`;
}

function existingNote(cell: ExcelJS.Cell): string {
  const note = cell.note;
  if (!note) return "";
  if (typeof note === "string") return note;
  return (note.texts ?? []).map((t) => t.text).join("");
}

/** The fill a marked cell had before its first mark, from its note: null = not recorded. */
export function originalFill(note: string): ExcelJS.Fill | undefined | null {
  const line = note.split("\n").find((l) => l.startsWith(ORIGINAL_FILL_PREFIX));
  if (line === undefined) return null;
  const text = line.slice(ORIGINAL_FILL_PREFIX.length);
  return text === "none" ? undefined : (JSON.parse(text) as ExcelJS.Fill);
}

function markSheet(ws: ExcelJS.Worksheet, findings: Finding[]): void {
  const byCell = new Map<string, Finding[]>();
  for (const f of findings) {
    if (!f.cell) continue;
    // A finding inside a merged area is shown on the area's top-left cell, where Excel keeps notes.
    const address = ws.getCell(f.cell).master.address;
    byCell.set(address, [...(byCell.get(address) ?? []), f]);
  }
  for (const [address, list] of byCell) {
    const cell = ws.getCell(address);
    const worst = list.reduce(
      (a, f) => (SEVERITY_RANK[f.severity] > SEVERITY_RANK[a] ? f.severity : a),
      "info" as Severity,
    );
    const previous = existingNote(cell);
    // A copy checked again already records the fill from before its first mark: keep that one.
    const fillLine = previous.includes(ORIGINAL_FILL_PREFIX)
      ? ""
      : `\n${ORIGINAL_FILL_PREFIX}${cell.style?.fill ? JSON.stringify(cell.style.fill) : "none"}`;
    const ours = list.map(noteLine).join("\n") + fillLine;
    // exceljs may share one style object between cells: give this cell its own copy.
    cell.style = {
      ...cell.style,
      fill: { type: "pattern", pattern: "solid", fgColor: { argb: SEVERITY_FILL[worst] } },
    };
    cell.note = previous ? `${previous}\n—\n${ours}` : ours;
  }
}

function sheetRef(name: string, address: string): string {
  return `'${name.replace(/'/g, "''")}'!${address}`;
}

function addResultSheet(wb: ExcelJS.Workbook, report: Report): void {
  const old = wb.getWorksheet(RESULT_SHEET);
  if (old) wb.removeWorksheet(old.id);
  const ws = wb.addWorksheet(RESULT_SHEET);
  ws.columns = [{ width: 10 }, { width: 18 }, { width: 8 }, { width: 22 }, { width: 60 }, { width: 60 }];
  const header = ws.addRow([
    "重要度 / Severity",
    "シート / Sheet",
    "セル / Cell",
    "コード / Code",
    "メッセージ",
    "Message",
  ]);
  header.font = { bold: true };
  for (const sheet of report.sheets) addFindingRows(ws, sheet);

  ws.addRow([]);
  const title = ws.addRow(["目標値の計算 / Computed targets"]);
  title.font = { bold: true };
  const targetHeader = ws.addRow([
    "シート / Sheet",
    "行 / Row",
    "指標 / Indicator",
    "記載 / Stated",
    "計算 / Computed",
    "判定 / Status",
    "規則 / Rule",
    "説明 / Explanation",
  ]);
  targetHeader.font = { bold: true };
  for (const sheet of report.sheets) {
    for (const r of sheet.rows) {
      const t = r.target;
      ws.addRow([
        sheet.name,
        r.row,
        r.indicator,
        t.stated?.text ?? "",
        t.computed?.display ?? "",
        t.status,
        t.rule ?? "",
        t.explanation,
      ]);
    }
  }
}

function addFindingRows(ws: ExcelJS.Worksheet, sheet: SheetReport): void {
  for (const f of sheet.findings) {
    const row = ws.addRow([
      `${SEVERITY_JA[f.severity]} / ${f.severity}`,
      sheet.name,
      f.cell ?? "",
      f.code,
      f.message,
      f.messageEn,
    ]);
    if (f.cell) row.getCell(3).value = { text: f.cell, hyperlink: sheetRef(sheet.name, f.cell) };
    row.getCell(1).fill = { type: "pattern", pattern: "solid", fgColor: { argb: SEVERITY_FILL[f.severity] } };
  }
}
