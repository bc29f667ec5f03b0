import type { TableLayout } from "../layout/types";
import { settleEra } from "../years/era";
import type { FiscalYear } from "../years/types";
import type { IndicatorRow } from "./types";

/**
 * Era-less years (「(25年度)」, 「目標値⏎29年度」) were given an era by their size while reading;
 * once the whole table is read, the years it writes in full (header years, the plan period, years
 * in its cells) choose again: a 平成 sheet's 19年度 is H19, not R19.
 */
export function settleTableEras(layout: TableLayout, rows: IndicatorRow[]): void {
  const written: number[] = [];
  const see = (y: FiscalYear | null | undefined) => {
    if (y && y.eraless === undefined) written.push(y.fy);
  };
  see(layout.targetYear);
  see(layout.baselineYear);
  for (const a of layout.actuals) see(a.year);
  for (const r of rows) {
    see(r.baselineYear);
    see(r.targetYear);
    see(r.previousTargetYear);
  }
  if (written.length === 0) return;
  // A target is never before its baseline, nor a baseline after its target.
  const pair = (base: FiscalYear | null | undefined, target: FiscalYear | null | undefined) => ({
    base: base ? settleEra(base, written, { max: full(target) }) : base,
    target: target ? settleEra(target, written, { min: full(base) }) : target,
  });
  const table = pair(layout.baselineYear, layout.targetYear);
  if (table.base) layout.baselineYear = table.base;
  if (table.target) layout.targetYear = table.target;
  layout.actuals = layout.actuals.map((a) => ({ ...a, year: settleEra(a.year, written) }));
  for (const r of rows) {
    const row = pair(r.baselineYear, r.targetYear);
    r.baselineYear = row.base ?? null;
    r.targetYear = row.target ?? null;
    r.previousTargetYear = r.previousTargetYear && settleEra(r.previousTargetYear, written);
    r.actuals = r.actuals.map((a) => ({ ...a, year: settleEra(a.year, written) }));
  }
}

/** A year written in full (its era or Western), as a bound for the other one; else none. */
function full(year: FiscalYear | null | undefined): number | undefined {
  return year && year.eraless === undefined ? year.fy : undefined;
}
