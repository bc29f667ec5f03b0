/**
 * The consistency checks of guide §5 (the BASIS_* findings come from src/core/targets).
 *
 * Severity policy
 * - error — must be fixed before the sheet is submitted: an invalid status (STATUS_INVALID), a
 *   blank required field, target or reason (REQUIRED_MISSING, TARGET_MISSING, REASON_MISSING),
 *   削除 with a target (DELETED_HAS_TARGET), a value that is not a value (VALUE_UNPARSEABLE), a
 *   different counter or unit (UNIT_MISMATCH: 件 vs 人), cells out of place (COLUMN_SHIFT), a year
 *   note or target year that contradicts its column or the plan (YEAR_MISMATCH).
 * - warning — to review, it may be intended: unit style (UNIT_STYLE: 件 beside 件/年), a value
 *   10³–10⁴ off its neighbours (VALUE_MAGNITUDE), the baseline differing from its year's actual
 *   (BASELINE_MISMATCH), a definition change mid-series (SERIES_BREAK), a target moving against
 *   the indicator's direction (TARGET_DIRECTION), the same indicator twice (DUPLICATE_INDICATOR).
 * - info — only informs: 年 (calendar year) beside 年度 (YEAR_MISMATCH.calendar, .fiscal).
 * A clean, consistent sheet gets no error and no warning.
 *
 * A shifted row (COLUMN_SHIFT) is reported by that finding alone: its other findings (a year
 * read as a value, 継続 read as an actual, a blank indicator …) are consequences of the shift,
 * and the proposed moves fix them all. Duplicates are kept: they concern two rows.
 *
 * COLUMN_SHIFT itself comes from the realignment stage (shift.ts), which runs before the targets.
 * Every family is linear in the rows.
 */
import type { Finding } from "../report/schema";
import type { Check, CheckInput, RowCheck } from "./types";
import { gatherValueCells } from "./row-values";
import { checkStatus } from "./status";
import { checkValues } from "./values";
import { checkUnits } from "./units";
import { checkMagnitude } from "./magnitude";
import { checkYears } from "./years";
import { checkSeries } from "./series";
import { checkDirection } from "./direction";
import { checkDuplicates } from "./duplicates";
import { checkLayout } from "../layout/findings";

/** A family judges the table as a whole (Check), or each row on its own (RowCheck). */
type Family = { table: Check } | { row: RowCheck };

/** The families, in the order their findings are listed for a row (after COLUMN_SHIFT). */
export const CHECKS: readonly Family[] = [
  { table: checkStatus },
  { row: checkValues },
  { row: checkUnits },
  { row: checkMagnitude },
  { table: checkYears },
  { row: checkSeries },
  { table: checkDirection },
  { table: checkDuplicates },
  { table: checkLayout },
];

/**
 * The checks of one table after the realignment stage: its COLUMN_SHIFT findings (`shifts`) first,
 * then every family's findings, a shifted row's left out (duplicates excepted).
 */
export function runChecks(input: CheckInput, shifts: readonly Finding[]): Finding[] {
  const shifted = new Set(shifts.map((f) => f.row));
  const found: Finding[][] = CHECKS.map(() => []);
  // The row families in one pass over the rows: a row's value cells are gathered once for all of
  // them and let go with the row. A shifted row is left to its COLUMN_SHIFT: they do not judge it.
  for (const row of input.table.rows) {
    if (shifted.has(row.row)) continue;
    const values = gatherValueCells(row);
    CHECKS.forEach((family, k) => {
      if ("row" in family) for (const f of family.row(row, values, input)) found[k].push(f);
    });
  }
  const out: Finding[] = [...shifts];
  CHECKS.forEach((family, k) => {
    if ("row" in family) {
      for (const f of found[k]) out.push(f);
      return;
    }
    for (const f of family.table(input)) {
      if (f.row !== null && shifted.has(f.row) && f.code !== "DUPLICATE_INDICATOR") continue;
      out.push(f);
    }
  });
  return out;
}
