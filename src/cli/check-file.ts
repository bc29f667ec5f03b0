import { checkWorkbook } from "../core/engine";
import type { Report } from "../core/report/schema";
import { isCheckerSheet } from "../core/report/results-sheet";
import { WorkbookError } from "./errors";
import { openWorkbook, type ReadProgress } from "./read-workbook";
import { assertReadableFile } from "./safe-output";
import { validateReport } from "./validate-report";

/** The names of the sheets to check: all the user's, or the one named. */
function selectSheets(all: string[], file: string, sheet: string | null): Set<string> {
  if (all.length === 0) throw new WorkbookError("no-sheets", file);
  // An annotated copy checked again: its results and record sheets are not the user's tables.
  const names = all.filter((name) => !isCheckerSheet(name));
  if (sheet === null) return new Set(names);
  if (!names.includes(sheet)) throw new WorkbookError("sheet-not-found", file, sheet);
  return new Set([sheet]);
}

/** Reads and checks one workbook (all sheets, or the one named). Throws WorkbookError. */
export async function checkFile(
  file: string,
  sheet: string | null,
  label: string,
  onProgress?: ReadProgress,
): Promise<Report> {
  await assertReadableFile(file, label);
  const book = await openWorkbook(file, { label, onProgress });
  const wanted = selectSheets(book.names, label, sheet);
  // Sheet by sheet: each grid is read, checked and let go before the next is read.
  const report = checkWorkbook(
    file,
    book.grids((name) => wanted.has(name)),
  );
  // The JSON report is a contract: never print one that does not match it.
  return validateReport(report);
}
