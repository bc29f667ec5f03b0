import { checkWorkbook } from "../core/engine";
import type { Grid } from "../core/grid/grid";
import type { Report } from "../core/report/schema";
import { isCheckerSheet } from "../core/report/results-sheet";
import { WorkbookError } from "./errors";
import { readWorkbook, type ReadProgress } from "./read-workbook";
import { assertReadableFile } from "./safe-output";
import { validateReport } from "./validate-report";

function selectSheets(all: Grid[], file: string, sheet: string | null): Grid[] {
  if (all.length === 0) throw new WorkbookError("no-sheets", file);
  // An annotated copy checked again: its results and record sheets are not the user's tables.
  const grids = all.filter((g) => !isCheckerSheet(g.name));
  if (sheet === null) return grids;
  const chosen = grids.filter((g) => g.name === sheet);
  if (chosen.length === 0) throw new WorkbookError("sheet-not-found", file, sheet);
  return chosen;
}

/** Reads and checks one workbook (all sheets, or the one named). Throws WorkbookError. */
export async function checkFile(
  file: string,
  sheet: string | null,
  label: string,
  onProgress?: ReadProgress,
): Promise<Report> {
  await assertReadableFile(file, label);
  // No name is kept for the grids: they can be collected once checked, before the report is validated.
  const report = checkWorkbook(file, selectSheets(await readWorkbook(file, { label, onProgress }), label, sheet));
  // The JSON report is a contract: never print one that does not match it.
  return validateReport(report);
}
