import type { Grid } from "../core/grid/grid";
import type { ManualMapping } from "../core/layout/types";
import type { KpiTable } from "../core/rows/types";
import { checkWorkbook } from "../core/engine";
import { trendsOf } from "./model/series";
import {
  CheckCancelled,
  type CheckOptions,
  type CheckProgress,
  type CheckResult,
  type WorkbookCheck,
} from "./check-types";

export type { CheckOptions, CheckProgress, CheckResult, Checker, WorkbookCheck } from "./check-types";
export { CheckCancelled } from "./check-types";

/**
 * Every sheet checked once, its tables read once (the engine hands them over); progress as each
 * sheet starts. What the pane needs of the tables (layouts, trends) is taken here.
 */
export function checkAll(
  grids: Grid[],
  mappings: ManualMapping[],
  onProgress?: (p: CheckProgress) => void,
): CheckResult {
  const tables: Record<string, KpiTable[]> = {};
  let rows = 0;
  const onTables = (sheet: string, read: KpiTable[]) => {
    tables[sheet] = read;
    for (const t of read) rows += t.rows.length;
    onProgress?.({ sheet: Object.keys(tables).length, sheets: grids.length, rows });
  };
  const report = checkWorkbook("", grids, { mappings, onTables });
  const layouts = Object.fromEntries(Object.entries(tables).map(([sheet, t]) => [sheet, t.map((x) => x.layout)]));
  return { report, layouts, trends: trendsOf(report, tables) };
}

/** The in-thread checker (tests, the bench's engine-only runs, a host without Web Workers). */
export function checkSheets(grids: Grid[], mappings: ManualMapping[], options?: CheckOptions): WorkbookCheck {
  if (options?.signal?.aborted) throw new CheckCancelled();
  return { ...checkAll(grids, mappings, options?.onProgress), grids };
}
