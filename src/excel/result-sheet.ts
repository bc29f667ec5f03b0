import type { Severity } from "../core/report/schema";
import type { ResultLine } from "../port/workbook-port";
import { cellAddress, columnLetters } from "../core/grid/grid";
import { qualify } from "./address";
import { type SheetIndex, queueSheetIndex } from "./sheet-index";
import { SNAPSHOT_SHEET } from "./snapshot-store";

/**
 * The 検証結果 sheet: a title, a header row, one row per finding with a link to its cell. The
 * sheet is the add-in's own, known by its Worksheet.id (kept in the workbook settings), so a
 * rename does not lose it and a user's sheet that happens to hold the name is never written:
 * then the next free name 検証結果 (2)… is used. A rerun clears only the add-in's columns (A–E):
 * columns the user added beside them (their notes on each finding) stay.
 */

export const RESULT_SHEET = "検証結果";
export const RESULT_SHEET_SETTING = "kpiChecker.resultSheet";

const HEADERS = ["重要度 (Severity)", "コード (Code)", "シート (Sheet)", "セル (Cell)", "内容 (Message)"];
const LINK_COLUMN = 3;
/** The add-in's columns: everything right of them is the user's. */
const OWN_COLUMNS = `A:${columnLetters(HEADERS.length - 1)}`;

const SEVERITY_LABELS: Record<Severity, string> = {
  error: "エラー (error)",
  warning: "警告 (warning)",
  info: "情報 (info)",
};

/** The first free 検証結果 name. */
export function freeResultName(existing: string[]): string {
  for (let n = 1; ; n++) {
    const name = n === 1 ? RESULT_SHEET : `${RESULT_SHEET} (${n})`;
    if (!existing.includes(name)) return name;
  }
}

/** Queues the read of which sheet is ours, with the caller's batch. */
export function queueResultSheetSetting(context: Excel.RequestContext): Excel.Setting {
  const setting = context.workbook.settings.getItemOrNullObject(RESULT_SHEET_SETTING);
  setting.load("value");
  return setting;
}

/** After the caller's sync: the id of our result sheet, if one was written. */
export function ownResultSheet(setting: Excel.Setting): string | null {
  return setting.isNullObject ? null : String(setting.value);
}

export async function writeResultSheet(
  context: Excel.RequestContext,
  lines: ResultLine[],
  title: string,
): Promise<string> {
  const sheetIndex = queueSheetIndex(context);
  const ours = queueResultSheetSetting(context);
  await context.sync();

  const index: SheetIndex = sheetIndex();
  const ownId = ownResultSheet(ours);
  const own = index.sheets.find((s) => s.id === ownId);
  const sheets = context.workbook.worksheets;
  let sheet: Excel.Worksheet;
  let name: string;
  if (own) {
    name = own.name;
    sheet = sheets.getItem(own.id);
    sheet.getRange(OWN_COLUMNS).clear();
  } else {
    name = freeResultName(index.sheets.map((s) => s.name).concat(SNAPSHOT_SHEET));
    sheet = sheets.add(name);
    sheet.load("id");
  }

  const rows: string[][] = [
    [title, "", "", "", ""],
    HEADERS,
    ...lines.map((l) => [SEVERITY_LABELS[l.severity], l.code, l.sheet, l.address ?? "", l.message]),
  ];
  const body = sheet.getRange(`A1:${cellAddress(rows.length - 1, HEADERS.length - 1)}`);
  // Text format: a message such as "=…" or "12" must stay the text it is.
  body.numberFormat = rows.map((r) => r.map(() => "@"));
  body.values = rows;
  lines.forEach((l, i) => {
    if (!l.address) return;
    sheet.getRange(cellAddress(i + 2, LINK_COLUMN)).hyperlink = {
      documentReference: qualify(l.sheet, l.address),
      textToDisplay: l.address,
    };
  });
  await context.sync();
  // A new sheet's id is known only now: one more sync, the first time.
  if (!own) {
    context.workbook.settings.add(RESULT_SHEET_SETTING, sheet.id);
    await context.sync();
  }
  return name;
}
