import type { CellWrite } from "../../port/workbook-port";
import type { Report, TargetFill, TargetStatus } from "../../core/report/schema";

/** One line of the 目標値を再計算 preview. */
export interface PreviewRow {
  /** "sheet!row", unique in the workbook. */
  key: string;
  sheet: string;
  row: number;
  indicator: string;
  /** The target as written now; null when the target cell is empty. */
  current: string | null;
  /** The computed target as it would be written; null when not computable. */
  computed: string | null;
  explanation: string;
  explanationEn: string;
  status: TargetStatus;
  /** What 適用 writes; absent when nothing can be written. */
  fill?: TargetFill;
}

/** Every row whose target the basis engine looked at (rows outside recalculation are left out). */
export function previewRows(report: Report): PreviewRow[] {
  const out: PreviewRow[] = [];
  for (const sheet of report.sheets) {
    for (const r of sheet.rows) {
      const t = r.target;
      if (t.status === "not-applicable") continue;
      out.push({
        key: `${sheet.name}!${r.row}`,
        sheet: sheet.name,
        row: r.row,
        indicator: r.indicator,
        current: t.stated ? t.stated.text : null,
        computed: t.fill ? String(t.fill.value) : (t.computed?.display ?? null),
        explanation: t.explanation,
        explanationEn: t.explanationEn ?? t.explanation,
        status: t.status,
        ...(t.fill ? { fill: t.fill } : {}),
      });
    }
  }
  return out;
}

/**
 * Ticked by default only where the target cell is empty: a value someone wrote (even one that
 * disagrees with its basis) is never overwritten unless the user ticks it.
 */
export function defaultTicked(rows: PreviewRow[]): Set<string> {
  return new Set(rows.filter((r) => r.fill && r.current === null).map((r) => r.key));
}

/** The writes for the ticked rows that have something to write. */
export function writesFor(rows: PreviewRow[], ticked: ReadonlySet<string>): CellWrite[] {
  const writes: CellWrite[] = [];
  for (const r of rows) {
    if (!r.fill || !ticked.has(r.key)) continue;
    const w: CellWrite = { sheet: r.sheet, address: r.fill.cell, value: r.fill.value };
    if (r.fill.numberFormat) w.numberFormat = r.fill.numberFormat;
    writes.push(w);
  }
  return writes;
}
