import { cellAddress, cellText, type Grid } from "../grid/grid";
import { planPeriodEnd } from "../layout/plan-period";
import type { FiscalYear } from "../years/types";
import type { Quantity } from "../quantity/types";
import { raise } from "../report/finding";
import type { Finding } from "../report/schema";
import type { ActualValue, FieldCell, IndicatorRow, KpiTable } from "../rows/types";
import type { Check } from "./types";
import { gatherValueCells, quantitiesOf, quantityOf, type ValueCell } from "./row-values";
import { isYearOnlyNote } from "./notes";

/**
 * Years: a year note that contradicts its column (0人（R6） under 現状値（R5）), a row or header
 * target year other than the plan's, 年 beside 年度; and BASELINE_MISMATCH, the baseline year's
 * actual column disagreeing with the baseline.
 */
export const checkYears: Check = (input) => {
  const { table, grid, planTargetYear } = input;
  const out: Finding[] = planPeriodVsHeader(grid, table);
  const calendarMix = calendarMinority(table);
  for (const row of table.rows) {
    out.push(...noteYears(row, gatherValueCells(row)));
    const target = rowTargetYear(row, planTargetYear);
    if (target) out.push(target);
    const baseline = baselineVsActual(row);
    if (baseline) out.push(baseline);
    for (const [field, cell, calendar] of calendarMix.get(row.row) ?? []) {
      const at = { row: row.row, cell, found: field };
      out.push(raise("YEAR_MISMATCH", calendar ? "calendar" : "fiscal", at, { found: field }));
    }
  }
  return out;
};

/** Year notes contradicting their column: 0人（R6） under 現状値（R5）. */
function noteYears(row: IndicatorRow, values: readonly ValueCell[]): Finding[] {
  const out: Finding[] = [];
  for (const vc of values) {
    if (!vc.year) continue;
    for (const q of quantitiesOf(vc.value)) {
      const f = noteYear(row, vc, vc.year, q);
      if (f) out.push(f);
    }
  }
  return out;
}

function noteYear(row: IndicatorRow, vc: ValueCell, year: FiscalYear, q: Quantity): Finding | null {
  const noted = q.noteYear;
  if (!noted || !isYearOnlyNote(q) || noted.fy === year.fy) return null;
  return raise(
    "YEAR_MISMATCH",
    "note",
    { row: row.row, cell: vc.cell.address, found: noted.label, expected: year.label },
    { text: q.text, found: noted.label, expected: year.label },
  );
}

function rowTargetYear(row: IndicatorRow, plan: FiscalYear | null): Finding | null {
  if (!plan || !row.targetYear || row.targetYear.fy === plan.fy) return null;
  const cell = row.cells.targetYear?.address ?? row.cells.target?.address ?? null;
  return raise(
    "YEAR_MISMATCH",
    "target",
    { row: row.row, cell, found: row.targetYear.label, expected: plan.label },
    { found: row.targetYear.label, expected: plan.label },
  );
}

/** How far above a header a title naming the plan period (第3期…期間：令和8年度～令和12年度) may sit. */
const TITLE_ROWS = 8;

/**
 * The plan period's end year in a title above the table vs the header's target year
 * ((3)R12指標値). Only cells naming a period (期間/計画) count: basis prose also holds
 * 「R4～R6」 ranges.
 */
function planPeriodVsHeader(grid: Grid, table: KpiTable): Finding[] {
  const headerYear = table.layout.targetYear;
  const col = table.layout.columns.target;
  if (!headerYear || col === undefined) return [];
  for (let r = table.layout.headerTop - 1; r >= 0 && r >= table.layout.headerTop - TITLE_ROWS; r--) {
    for (let c = 0; c < grid.colCount; c++) {
      const text = cellText(grid, r, c);
      if (!text.includes("期間") && !text.includes("計画")) continue;
      const end = planPeriodEnd(text);
      if (!end) continue;
      if (end.fy === headerYear.fy) return [];
      const cell = headerCell(table, col);
      return [
        raise(
          "YEAR_MISMATCH",
          "plan",
          { row: null, cell, found: headerYear.label, expected: end.label },
          { found: headerYear.label, expected: end.label, periodCell: cellAddress(r, c) },
        ),
      ];
    }
  }
  return [];
}

function headerCell(table: KpiTable, col: number): string {
  return cellAddress(table.layout.headerTop, col);
}

/** A year cell of the minority style: its text, its address, whether it is a calendar year. */
type MixedYear = [text: string, cell: string, calendar: boolean];

/**
 * 年 (calendar year) beside 年度 (fiscal year) in one table: the minority style is flagged, as
 * information — the figures may cover different twelve months.
 */
function calendarMinority(table: KpiTable): Map<number, MixedYear[]> {
  let cal = 0;
  let fiscal = 0;
  const tally = (calendar: boolean | null) => {
    if (calendar === true) cal++;
    else if (calendar === false) fiscal++;
  };
  for (const row of table.rows) {
    tally(isCalendar(row.baselineYear, row.cells.baselineYear));
    tally(isCalendar(row.previousTargetYear, row.cells.previousTargetYear));
    tally(isCalendar(row.targetYear, row.cells.targetYear));
  }
  const out = new Map<number, MixedYear[]>();
  if (cal === 0 || fiscal === 0) return out;
  const minority = cal <= fiscal;
  const flag = (row: IndicatorRow, y: FiscalYear | null, cell: FieldCell | undefined) => {
    if (!cell || isCalendar(y, cell) !== minority) return;
    const list = out.get(row.row) ?? [];
    list.push([cell.text, cell.address, minority]);
    out.set(row.row, list);
  };
  for (const row of table.rows) {
    flag(row, row.baselineYear, row.cells.baselineYear);
    flag(row, row.previousTargetYear, row.cells.previousTargetYear);
    flag(row, row.targetYear, row.cells.targetYear);
  }
  return out;
}

/** Whether a year column's cell writes a calendar year (年) rather than a fiscal one; null when it names none. */
function isCalendar(y: FiscalYear | null, cell: FieldCell | undefined): boolean | null {
  return y && cell && cell.text !== "" ? !!y.calendar : null;
}

/** Equal as written: the difference is below half a unit of the coarser number's last place. */
function sameValue(a: Quantity, b: Quantity): boolean {
  const place = Math.pow(10, -Math.min(a.decimals, b.decimals));
  const scale = a.unit?.scale ?? 1;
  return Math.abs(a.baseValue - b.baseValue) <= (place * scale) / 2 + 1e-9 * Math.abs(a.baseValue);
}

function baselineVsActual(row: IndicatorRow): Finding | null {
  const year = row.baselineYear;
  const cell = row.cells.baseline;
  if (!year || !cell) return null;
  const actual = actualOf(row, year);
  if (!actual) return null;
  const base = row.baseline;
  const act = actual.value;
  // 実績なし beside a blank actual says the same thing twice: no record.
  if (act.kind === "blank") {
    return base.kind === "quantity" || base.kind === "multi"
      ? raise(
          "BASELINE_MISMATCH",
          "blank",
          { row: row.row, cell: actual.cell.address, found: "", expected: cell.text },
          { year: year.label, expected: cell.text },
        )
      : null;
  }
  const bq = quantityOf(base);
  const aq = quantityOf(act);
  if ((base.kind === "none" && aq) || (bq && aq && !sameValue(bq, aq))) {
    return raise(
      "BASELINE_MISMATCH",
      "default",
      { row: row.row, cell: cell.address, found: cell.text, expected: actual.cell.text },
      { found: cell.text, expected: actual.cell.text, year: year.label, actualCell: actual.cell.address },
    );
  }
  return null;
}

/** The row's actual for a year (the first, should two columns name it). */
function actualOf(row: IndicatorRow, year: FiscalYear): ActualValue | undefined {
  for (const a of row.actuals) if (a.year.fy === year.fy) return a;
  return undefined;
}
