import type { Grid } from "../core/grid/grid";
import type { ManualMapping } from "../core/layout/types";
import type { Report } from "../core/report/schema";
import type { TableLayout } from "../core/layout/types";
import type { TrendSeries } from "./model/series";

/*
 * What the pane knows of a check, apart from the engine itself: the pane's bundle imports this,
 * the engine stays in the worker's bundle (checker.ts).
 */

/**
 * What one validation run gives the pane: the report, each sheet's recognised table layouts (the
 * column mapping view) and each row's trend (the charts). The tables themselves stay where they
 * were read: at 10,000 rows they are tens of megabytes to copy out of the worker.
 */
export interface WorkbookCheck {
  report: Report;
  /** sheet name → the layouts of its recognised tables. */
  layouts: Record<string, TableLayout[]>;
  /** "sheet!row" → the row's actual values and targets, for its chart. */
  trends: Record<string, TrendSeries>;
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

/** The engine behind the pane: in a Web Worker in the add-in, in-thread in tests and the bench. */
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
