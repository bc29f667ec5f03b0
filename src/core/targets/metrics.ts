import { findMatchingPart } from "../quantity/parse";
import type { ParsedValue, Quantity } from "../quantity/types";
import type { FieldCell, IndicatorRow } from "../rows/types";
import type { FiscalYear } from "../years/types";
import type { RuleData, ValueCell, ValueSource, YearValue } from "../basis/types";

/**
 * The metrics of a row: one, or one per labelled part of a multi-metric cell (乗合タクシー
 * 1日平均 / 乗合率 / 運賃補助 1日平均), each with its values by year and its stated target.
 */

export interface MetricPoint {
  year: FiscalYear;
  quantity: Quantity;
  cell: FieldCell;
}

export interface Metric {
  /** Null for a single-metric row. */
  label: string | null;
  stated: Quantity | null;
  /** Actuals by year, and the baseline when its year has no actual; sorted by year. */
  points: MetricPoint[];
}

function quantityIn(v: ParsedValue, label: string | null, index: number, count: number): Quantity | null {
  if (label === null) return v.kind === "quantity" ? v.quantity : null;
  if (v.kind !== "multi") return null;
  // Same labels across cells; an unlabelled cell with the same number of parts pairs by position.
  const part = findMatchingPart(label, v.parts) ?? (v.parts.length === count ? v.parts[index] : null);
  return part?.quantity ?? null;
}

function pointsOf(row: IndicatorRow, label: string | null, index: number, count: number): MetricPoint[] {
  const points: MetricPoint[] = [];
  for (const a of row.actuals) {
    const q = quantityIn(a.value, label, index, count);
    if (q) points.push({ year: a.year, quantity: q, cell: a.cell });
  }
  const baselineCell = row.cells.baseline;
  if (row.baselineYear && baselineCell && !points.some((p) => p.year.fy === row.baselineYear!.fy)) {
    const q = quantityIn(row.baseline, label, index, count);
    if (q) insertByYear(points, { year: row.baselineYear, quantity: q, cell: baselineCell });
  }
  return byYear(points);
}

/** The baseline goes before the first later year (usually first): no sort for it. */
function insertByYear(points: MetricPoint[], point: MetricPoint): void {
  const at = points.findIndex((p) => p.year.fy > point.year.fy);
  if (at < 0) points.push(point);
  else points.splice(at, 0, point);
}

/** Actuals come in year order on every layout read so far; sorted when they do not. */
function byYear(points: MetricPoint[]): MetricPoint[] {
  for (let i = 1; i < points.length; i++) {
    if (points[i - 1].year.fy > points[i].year.fy) return points.sort((a, b) => a.year.fy - b.year.fy);
  }
  return points;
}

/** The latest value cell of the row, for the labels of a multi-metric row with no target yet. */
function latestValue(row: IndicatorRow): ParsedValue | null {
  for (let i = row.actuals.length - 1; i >= 0; i--) {
    const v = row.actuals[i].value;
    if (v.kind !== "blank") return v;
  }
  return row.baseline.kind !== "blank" ? row.baseline : null;
}

export function metricsOf(row: IndicatorRow): Metric[] {
  const target = row.target;
  const labelled =
    target.kind === "multi"
      ? target.parts
      : target.kind === "blank"
        ? (() => {
            const v = latestValue(row);
            return v?.kind === "multi" ? v.parts : null;
          })()
        : null;
  if (!labelled) {
    return [
      { label: null, stated: target.kind === "quantity" ? target.quantity : null, points: pointsOf(row, null, 0, 1) },
    ];
  }
  return labelled.map((p, i) => ({
    label: p.label,
    stated: target.kind === "multi" ? p.quantity : null,
    points: pointsOf(row, p.label, i, labelled.length),
  }));
}

/** The quantity the row's numbers are written in: the base's, else the latest, else the target's. */
export function rowQuantity(metric: Metric, base: MetricPoint | null): Quantity | null {
  return base?.quantity ?? metric.points[metric.points.length - 1]?.quantity ?? metric.stated;
}

function scaleOf(q: Quantity | null): number {
  return !q?.unit || q.unit.counter === "%" ? 1 : q.unit.scale;
}

/**
 * The base point: the year named in the text if given (null when the sheet lacks it); else the
 * plan's base year (planBaseYear) — so that a later actual column added to the sheet does not
 * move the verdict; else the latest value. Never a value at or after the target year.
 */
export function basePoint(
  metric: Metric,
  named: FiscalYear | undefined,
  planBase: FiscalYear | null = null,
  targetYear: FiscalYear | null = null,
): MetricPoint | null {
  if (named) return metric.points.find((p) => p.year.fy === named.fy) ?? null;
  const before = targetYear ? metric.points.filter((p) => p.year.fy < targetYear.fy) : metric.points;
  const plan = planBase ? before.find((p) => p.year.fy === planBase.fy) : undefined;
  return plan ?? before[before.length - 1] ?? null;
}

/**
 * The current-value year the table was written against. A table that carries the previous plan
 * (its baseline and target, 計画策定時 R1 → 目標 R7) was written before that plan ended: its
 * current value is the latest actual before the previous target year (R6), whatever actual
 * columns are added later. Otherwise none is known: the latest value before the target year.
 */
export function planBaseYear(row: IndicatorRow): FiscalYear | null {
  const previous = row.previousTargetYear;
  if (!previous) return null;
  let latest: FiscalYear | null = null;
  for (const a of row.actuals) {
    if (a.value.kind !== "blank" && a.year.fy < previous.fy && (!latest || a.year.fy > latest.fy)) latest = a.year;
  }
  return latest;
}

/** The other points a base could be read from, for "another year's reading matches". */
export function otherBases(metric: Metric, base: MetricPoint | null, targetYear: FiscalYear | null): MetricPoint[] {
  return metric.points.filter((p) => p !== base && (!targetYear || p.year.fy < targetYear.fy));
}

/** The cell a point was read from, named in the explanation as 「基準値欄E5」 or 「実績欄I5」. */
export function whereOf(point: MetricPoint, row: IndicatorRow): ValueCell {
  const address = point.cell.address;
  return { kind: address === row.cells.baseline?.address ? "baseline" : "actual", address };
}

/** A quantity's value in units of `rowScale` (a module function: no closure per row). */
export function inRowScale(q: Quantity, rowScale: number): number {
  return (q.value * scaleOf(q)) / rowScale;
}

/** The numbers a rule is evaluated on, in the units of the row's quantity. */
export function ruleData(
  metric: Metric,
  base: MetricPoint | null,
  targetYear: FiscalYear | null,
  where?: ValueSource,
  whereOfPoint?: (point: MetricPoint) => ValueSource,
): RuleData {
  const rowQ = rowQuantity(metric, base);
  const rowScale = scaleOf(rowQ);
  const series: YearValue[] = [];
  let decimals = 0;
  for (const p of metric.points) {
    // Each value with its cell, for rules that read several years (an average, a mean change).
    series.push({
      year: p.year,
      value: inRowScale(p.quantity, rowScale),
      ...(whereOfPoint ? { where: whereOfPoint(p) } : {}),
    });
    decimals = Math.max(decimals, p.quantity.decimals);
  }
  return {
    base: base ? { year: base.year, value: inRowScale(base.quantity, rowScale), ...(where ? { where } : {}) } : null,
    series,
    targetYear,
    percentIndicator: rowQ?.unit?.counter === "%",
    rowScale,
    decimals: metric.points.length > 0 ? decimals : (metric.stated?.decimals ?? 0),
  };
}
