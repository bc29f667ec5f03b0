import type { Grid } from "../core/grid/grid";
import type { ManualMapping } from "../core/layout/types";
import type { Report } from "../core/report/schema";
import type { KpiTable } from "../core/rows/types";
import { checkWorkbook } from "../core/engine";

/** What one validation run gives the pane: the report, plus the recognised tables (column map, actuals for the charts). */
export interface WorkbookCheck {
  report: Report;
  /** sheet name → its recognised tables. */
  tables: Record<string, KpiTable[]>;
  grids: Grid[];
}

/** How far a check has got: the sheet being checked (1-based) of all, and the indicator rows read so far. */
export interface CheckProgress {
  sheet: number;
  sheets: number;
  rows: number;
}

export interface CheckOptions {
  /** Aborting ends the check with a CheckCancelled error. */
  signal?: AbortSignal;
  onProgress?(progress: CheckProgress): void;
}

/** The engine behind the pane: in a Web Worker in the add-in, in-thread in tests and the CLI. */
export type Checker = (
  grids: Grid[],
  mappings: ManualMapping[],
  options?: CheckOptions,
) => WorkbookCheck | Promise<WorkbookCheck>;

/** Thrown (rejected) when the user stops a check; the pane says so instead of showing an error. */
export class CheckCancelled extends Error {
  constructor() {
    super("check cancelled");
    this.name = "CheckCancelled";
  }
}

/** The report and tables without the grids (what a worker sends back: the pane already holds the grids). */
export type CheckResult = Omit<WorkbookCheck, "grids">;

/** Every sheet checked once, its tables read once (the engine hands them over); progress as each sheet starts. */
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
  return { report: checkWorkbook("", grids, { mappings, onTables }), tables };
}

/** The in-thread checker (tests, the bench's engine-only runs, a host without Web Workers). */
export function checkSheets(grids: Grid[], mappings: ManualMapping[], options?: CheckOptions): WorkbookCheck {
  if (options?.signal?.aborted) throw new CheckCancelled();
  return { ...checkAll(grids, mappings, options?.onProgress), grids };
}
