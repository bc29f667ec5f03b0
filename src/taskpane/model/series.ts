import type { RowTarget } from "../../core/report/schema";
import type { IndicatorRow } from "../../core/rows/types";
import type { ParsedValue } from "../../core/quantity/types";
import type { WorkbookCheck } from "../checker";

export interface TrendPoint {
  /** Fiscal year (2024 for R6). */
  fy: number;
  label: string;
  value: number;
}

/** What the per-indicator chart draws: the actual values, then the path to the target year. */
export interface TrendSeries {
  actuals: TrendPoint[];
  computed: TrendPoint | null;
  stated: TrendPoint | null;
}

function numberOf(v: ParsedValue): number | null {
  return v.kind === "quantity" ? v.quantity.value : null;
}

/**
 * The actual values by year (the baseline too when its year has no actual column), and the
 * computed and stated targets at the row's target year. Null when there is nothing to draw.
 */
export function trendOf(row: IndicatorRow, target: RowTarget): TrendSeries | null {
  const byYear = new Map<number, TrendPoint>();
  for (const a of row.actuals) {
    const value = numberOf(a.value);
    if (value !== null) byYear.set(a.year.fy, { fy: a.year.fy, label: a.year.label, value });
  }
  const base = numberOf(row.baseline);
  if (base !== null && row.baselineYear && !byYear.has(row.baselineYear.fy)) {
    byYear.set(row.baselineYear.fy, { fy: row.baselineYear.fy, label: row.baselineYear.label, value: base });
  }
  const actuals = [...byYear.values()].sort((a, b) => a.fy - b.fy);
  const year = row.targetYear;
  const computed = year && target.computed ? { fy: year.fy, label: year.label, value: target.computed.value } : null;
  const statedValue = target.stated?.value ?? null;
  const stated = year && statedValue !== null ? { fy: year.fy, label: year.label, value: statedValue } : null;
  if (actuals.length === 0 && !computed && !stated) return null;
  return { actuals, computed, stated };
}

/** Every row's trend, keyed like the preview rows ("sheet!row"). */
export function trendsByRow(check: WorkbookCheck | null): Map<string, TrendSeries> {
  const out = new Map<string, TrendSeries>();
  if (!check) return out;
  for (const sheet of check.report.sheets) {
    const targets = new Map(sheet.rows.map((r) => [r.row, r.target]));
    for (const table of check.tables[sheet.name] ?? []) {
      for (const row of table.rows) {
        const target = targets.get(row.row);
        const trend = target ? trendOf(row, target) : null;
        if (trend) out.set(`${sheet.name}!${row.row}`, trend);
      }
    }
  }
  return out;
}
