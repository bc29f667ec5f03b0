import type { TableLayout } from "../layout/types";
import { settleEra } from "../years/era";
import type { FiscalYear } from "../years/types";
import type { ActualValue, IndicatorRow } from "./types";

/**
 * Era-less years (「(25年度)」, 「目標値⏎29年度」) were given an era by their size while reading;
 * once the whole table is read, the years it writes in full (header years, the plan period, years
 * in its cells) choose again: a 平成 sheet's 19年度 is H19, not R19.
 *
 * The years written in full are gathered as a set: a table repeats a handful of years on every
 * row, and each era-less year is weighed against the distinct ones, not against every row again
 * (which made a long table quadratic). A table without an era-less year has nothing to settle.
 */
export function settleTableEras(layout: TableLayout, rows: IndicatorRow[]): void {
  const fullYears = new Set<number>();
  let eraless = false;
  const see = (y: FiscalYear | null | undefined) => {
    if (!y) return;
    if (y.eraless === undefined) fullYears.add(y.fy);
    else eraless = true;
  };
  see(layout.targetYear);
  see(layout.baselineYear);
  // A row's actuals are in the layout's actual columns, with their years.
  for (const a of layout.actuals) see(a.year);
  for (const r of rows) {
    see(r.baselineYear);
    see(r.targetYear);
    see(r.previousTargetYear);
  }
  if (!eraless || fullYears.size === 0) return;
  const written = [...fullYears];
  // A target is never before its baseline, nor a baseline after its target.
  const pair = (base: FiscalYear | null | undefined, target: FiscalYear | null | undefined) => ({
    base: base ? settleEra(base, written, { max: full(target) }) : base,
    target: target ? settleEra(target, written, { min: full(base) }) : target,
  });
  const settled = <A extends { year: FiscalYear }>(a: A): A =>
    a.year.eraless === undefined ? a : { ...a, year: settleEra(a.year, written) };
  const table = pair(layout.baselineYear, layout.targetYear);
  if (table.base) layout.baselineYear = table.base;
  if (table.target) layout.targetYear = table.target;
  layout.actuals = layout.actuals.map(settled);
  for (const r of rows) {
    const row = pair(r.baselineYear, r.targetYear);
    r.baselineYear = row.base ?? null;
    r.targetYear = row.target ?? null;
    r.previousTargetYear = r.previousTargetYear && settleEra(r.previousTargetYear, written);
    if (r.actuals.some((a) => a.year.eraless !== undefined)) r.actuals = r.actuals.map<ActualValue>(settled);
  }
}

/** A year written in full (its era or Western), as a bound for the other one; else none. */
function full(year: FiscalYear | null | undefined): number | undefined {
  return year && year.eraless === undefined ? year.fy : undefined;
}
