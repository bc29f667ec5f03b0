import type { Grid } from "../grid/grid";
import type { IndicatorRow, KpiTable } from "../rows/types";
import type { RowTarget } from "../report/schema";
import type { FiscalYear } from "../years/types";
import type { CellMove, Finding } from "../report/schema";
import type { ValueCell } from "./row-values";

/** What every check family receives: one table, its grid, and the targets computed for it. */
export interface CheckInput {
  grid: Grid;
  table: KpiTable;
  /** 1-based sheet row → the row's target verdict from the basis engine. */
  targets: Map<number, RowTarget>;
  /** The plan's target year (R12 for the 共生ビジョン; R11 from the 総合戦略 header). */
  planTargetYear: FiscalYear | null;
}

/**
 * A row after the realignment stage (read → realign → targets → checks): the row as read, the
 * moves that put its cells back under their headers (none when it is in place), the row as
 * those moves make it, and the COLUMN_SHIFT finding that proposes them.
 */
export interface RowReading {
  row: IndicatorRow;
  moves: CellMove[];
  /** The row after the moves; null when nothing moves, or a move leaves the row. */
  realigned: IndicatorRow | null;
  shift: Finding | null;
}

/** A check family: reads the input, returns its findings; never reads another family's output. */
export type Check = (input: CheckInput) => Finding[];

/**
 * A family that judges each row on its own: the row's findings (on that row), from the row and
 * its value cells.
 */
export type RowCheck = (row: IndicatorRow, values: readonly ValueCell[], input: CheckInput) => Finding[];
