import { type ResultsTable, RESULTS_SHEET_NAMES } from "../core/report/results-sheet";
import { cellAddress, columnLetters } from "../core/grid/grid";
import { qualify } from "./address";
import { MARK_COLOURS } from "./marks";
import type { ResultSheetFeatures } from "./requirements";
import { type SheetIndex, queueSheetIndex } from "./sheet-index";
import { SNAPSHOT_SHEET } from "./snapshot-store";

/**
 * The 検証結果 sheets: the tables core/report/results-sheet.ts describes (findings, then targets),
 * each on a sheet of its own with its own column widths, wrapped text, the header row frozen and
 * filtered, printed A4 landscape one page wide — what the CLI writes into its annotated copy.
 * Each sheet is the add-in's own, known by its Worksheet.id (kept in the workbook settings), so a
 * rename does not lose it and a user's sheet that happens to hold the name is never written: then
 * the next free name 検証結果 (2)… is used. A rerun clears only the table's columns: columns the
 * user added beside them (their notes on each finding) stay.
 */

export const RESULT_SHEET = RESULTS_SHEET_NAMES.findings;
export const RESULT_SHEET_SETTING = "kpiChecker.resultSheet";

type Role = ResultsTable["role"];
/** Which sheet holds which table, by Worksheet.id. */
type OwnSheets = Partial<Record<Role, string>>;

const HEADER_FILL = "#D9D9D9";

/** The first free name for a sheet called `base`. */
export function freeResultName(existing: string[], base: string = RESULT_SHEET): string {
  for (let n = 1; ; n++) {
    const name = n === 1 ? base : `${base} (${n})`;
    if (!existing.includes(name)) return name;
  }
}

/** Queues the read of which sheets are ours, with the caller's batch. */
export function queueResultSheetSetting(context: Excel.RequestContext): Excel.Setting {
  const setting = context.workbook.settings.getItemOrNullObject(RESULT_SHEET_SETTING);
  setting.load("value");
  return setting;
}

/**
 * After the caller's sync: the ids of our result sheets by table. Before the targets table had a
 * sheet of its own, the setting held the findings sheet's id alone.
 */
export function ownResultSheets(setting: Excel.Setting): OwnSheets {
  if (setting.isNullObject) return {};
  const value: unknown = setting.value;
  if (typeof value === "string") return { findings: value };
  if (typeof value !== "object" || value === null) return {};
  const own: OwnSheets = {};
  for (const role of Object.keys(RESULTS_SHEET_NAMES) as Role[]) {
    const id = (value as Record<string, unknown>)[role];
    if (typeof id === "string") own[role] = id;
  }
  return own;
}

/** Excel's column width unit (characters of the default font's digits) in points, as format.columnWidth takes it. */
export function columnPoints(chars: number): number {
  // 7-pixel digits plus 5 pixels of padding; 0.75 points a pixel.
  return (chars * 7 + 5) * 0.75;
}

/** Queues one table onto its sheet (cleared first when it is ours from an earlier run). */
function queueTable(sheet: Excel.Worksheet, table: ResultsTable, rerun: boolean, features: ResultSheetFeatures): void {
  const last = columnLetters(table.columns.length - 1);
  if (rerun) {
    // The user's filter criteria would hide rows of the new list: the filter is set up afresh.
    if (features.filter) sheet.autoFilter.remove();
    sheet.getRange(`A:${last}`).clear();
  }
  const rows: (string | number)[][] = [table.columns.map((c) => c.header), ...table.rows.map((r) => r.values)];
  const body = sheet.getRange(`A1:${cellAddress(rows.length - 1, table.columns.length - 1)}`);
  // Text as text: a message such as "=…" or "12" must stay the text it is.
  body.numberFormat = rows.map((r) => r.map((v) => (typeof v === "number" ? "General" : "@")));
  body.values = rows;
  body.format.wrapText = true;
  body.format.verticalAlignment = "Top";
  const header = sheet.getRange(`A1:${last}1`);
  header.format.font.bold = true;
  header.format.fill.color = HEADER_FILL;
  table.columns.forEach((c, i) => {
    const letter = columnLetters(i);
    sheet.getRange(`${letter}:${letter}`).format.columnWidth = columnPoints(c.width);
  });
  // Heights follow the wrapped text only once the widths are set.
  body.format.autofitRows();
  table.rows.forEach((row, i) => {
    if (row.severity) sheet.getRange(cellAddress(i + 1, 0)).format.fill.color = MARK_COLOURS[row.severity];
    if (row.link && features.links) {
      sheet.getRange(cellAddress(i + 1, row.link.column)).hyperlink = {
        documentReference: qualify(row.link.sheet, row.link.cell),
        textToDisplay: row.link.cell,
      };
    }
  });
  if (features.freeze) sheet.freezePanes.freezeRows(1);
  if (features.filter) sheet.autoFilter.apply(body);
  if (features.print) {
    const page = sheet.pageLayout;
    page.orientation = "Landscape";
    page.paperSize = "A4";
    // One page wide, as many tall as it takes (0: no limit, as fitToHeight="0" in the file).
    page.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    page.setPrintTitleRows("$1:$1");
  }
}

/**
 * Writes each table on its sheet; returns the sheets' names in the tables' order. Two syncs (three
 * when a sheet is new: its id is known only after the sync that adds it).
 */
export async function writeResultSheet(
  context: Excel.RequestContext,
  tables: ResultsTable[],
  features: ResultSheetFeatures,
): Promise<string[]> {
  const sheetIndex = queueSheetIndex(context);
  const setting = queueResultSheetSetting(context);
  await context.sync();

  const index: SheetIndex = sheetIndex();
  const ownIds = ownResultSheets(setting);
  const taken = index.sheets.map((s) => s.name).concat(SNAPSHOT_SHEET);
  const sheets = context.workbook.worksheets;
  const placed = tables.map((table) => {
    const own = index.sheets.find((s) => s.id === ownIds[table.role]);
    if (own) {
      const sheet = sheets.getItem(own.id);
      queueTable(sheet, table, true, features);
      return { role: table.role, name: own.name, id: () => own.id, added: false };
    }
    const name = freeResultName(taken, table.sheetName);
    taken.push(name);
    const sheet = sheets.add(name);
    sheet.load("id");
    queueTable(sheet, table, false, features);
    return { role: table.role, name, id: () => sheet.id, added: true };
  });
  await context.sync();
  if (placed.some((p) => p.added)) {
    // Merged with what was there: a table not written this time keeps its sheet.
    const ids: OwnSheets = { ...ownIds, ...Object.fromEntries(placed.map((p) => [p.role, p.id()])) };
    context.workbook.settings.add(RESULT_SHEET_SETTING, ids);
    await context.sync();
  }
  return placed.map((p) => p.name);
}
