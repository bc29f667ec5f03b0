import type { Severity } from "../core/report/schema";
import type { ResultLine } from "../port/workbook-port";
import { cellAddress } from "../core/grid/grid";
import { qualify } from "./address";
import { SNAPSHOT_SHEET } from "./snapshot-store";

/**
 * The 検証結果 sheet: a title, a header row, one row per finding with a link to its cell.
 * A sheet of that name that the add-in did not create is left alone (the next free name
 * 検証結果 (2)… is used); which sheet is ours is remembered in the workbook settings.
 */

export const RESULT_SHEET = "検証結果";
export const RESULT_SHEET_SETTING = "kpiChecker.resultSheet";

const HEADERS = ["重要度 (Severity)", "コード (Code)", "シート (Sheet)", "セル (Cell)", "内容 (Message)"];
const LINK_COLUMN = 3;

const SEVERITY_LABELS: Record<Severity, string> = {
  error: "エラー (error)",
  warning: "警告 (warning)",
  info: "情報 (info)",
};

/** The sheet to (re)write: ours if it still exists, else the first free 検証結果 name. */
export function resultSheetName(existing: string[], ours: string | null): { name: string; exists: boolean } {
  if (ours && existing.includes(ours)) return { name: ours, exists: true };
  for (let n = 1; ; n++) {
    const name = n === 1 ? RESULT_SHEET : `${RESULT_SHEET} (${n})`;
    if (!existing.includes(name)) return { name, exists: false };
  }
}

/** Queues the read of which sheet is ours, with the caller's batch. */
export function queueResultSheetSetting(context: Excel.RequestContext): Excel.Setting {
  const setting = context.workbook.settings.getItemOrNullObject(RESULT_SHEET_SETTING);
  setting.load("value");
  return setting;
}

/** After the caller's sync: the name of our result sheet, if one was written. */
export function ownResultSheet(setting: Excel.Setting): string | null {
  return setting.isNullObject ? null : String(setting.value);
}

export async function writeResultSheet(
  context: Excel.RequestContext,
  lines: ResultLine[],
  title: string,
): Promise<string> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  const ours = queueResultSheetSetting(context);
  await context.sync();

  const target = resultSheetName(
    sheets.items.map((s) => s.name).filter((n) => n !== SNAPSHOT_SHEET),
    ownResultSheet(ours),
  );
  let sheet: Excel.Worksheet;
  if (target.exists) {
    sheet = sheets.getItem(target.name);
    sheet.getRange().clear();
  } else {
    sheet = sheets.add(target.name);
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
  context.workbook.settings.add(RESULT_SHEET_SETTING, target.name);
  await context.sync();
  return target.name;
}
