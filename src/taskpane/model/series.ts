import type { Report, RowTarget } from "../../core/report/schema";
import type { IndicatorRow, KpiTable } from "../../core/rows/types";
import type { ParsedValue } from "../../core/quantity/types";

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

/** Every row's trend, keyed like the preview rows ("sheet!row"): worked out where the tables are (the worker). */
export function trendsOf(report: Report, tables: Record<string, KpiTable[]>): Record<string, TrendSeries> {
  const out: Record<string, TrendSeries> = {};
  for (const sheet of report.sheets) {
    const targets = new Map(sheet.rows.map((r) => [r.row, r.target]));
    for (const table of tables[sheet.name] ?? []) {
      for (const row of table.rows) {
        const target = targets.get(row.row);
        const trend = target ? trendOf(row, target) : null;
        if (trend) out[`${sheet.name}!${row.row}`] = trend;
      }
    }
  }
  return out;
}
