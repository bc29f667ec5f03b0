import type { CellWrite } from "../../port/workbook-port";
import type { Report, RowTarget, TargetFill, TargetStatus } from "../../core/report/schema";

/**
 * Why the value to write has its form (issue 12.1): the engine's own reason, carried by the
 * report (`fill.why`); for reports without it, the pane's reading: the basis's own rounding words;
 * no fraction to drop; rounded half up to the row's digits; or, in a cell of several parts, each
 * part's number replaced in the cell's wording.
 */
export type WrittenForm =
  | { kind: "reason"; why: string; whyEn: string }
  | { kind: "basis"; words: string }
  | { kind: "as-computed" }
  | { kind: "digits"; decimals: number }
  | { kind: "parts" };

/** One line of the 目標値を再計算 preview. */
export interface PreviewRow {
  /** "sheet!row", unique in the workbook. */
  key: string;
  sheet: string;
  row: number;
  indicator: string;
  /** The target as written now; null when the target cell is empty. */
  current: string | null;
  /** The computed value with every digit the calculation gave; null when not computable. */
  exact: string | null;
  /** The value 適用 would write, as the cell will show it; null when nothing would be written. */
  written: string | null;
  form: WrittenForm | null;
  explanation: string;
  explanationEn: string;
  status: TargetStatus;
  /** What 適用 writes; absent when nothing should be: not computable, 一致, or the cell already holds it. */
  fill?: TargetFill;
}

// Up to 10 decimals: the exact value as the engine kept it (12 significant digits), grouped as the sheet writes.
const EXACT = new Intl.NumberFormat("en-US", { maximumFractionDigits: 10 });
const NUMBER = /-?\d[\d,]*(?:\.(\d+))?/;

function exactOf(t: RowTarget): string | null {
  // The engine's value before rounding, where the report carries it.
  const exact = t.fill?.exact ?? t.computed?.value;
  if (exact !== undefined) return EXACT.format(exact);
  const parts = t.parts.filter((p) => p.computed);
  return parts.length > 0 ? parts.map((p) => `${p.label}: ${EXACT.format(p.computed!.value)}`).join(" / ") : null;
}

function writtenOf(fill: TargetFill): string {
  return typeof fill.value === "number" ? EXACT.format(fill.value) : fill.value;
}

/**
 * The rounding words the engine quotes in its explanation (「… → 千円未満切捨てで58,000 → …」):
 * where the basis names its own rounding, the written value follows those words.
 */
const BASIS_ROUNDING = /→ ([^→（(]+?)で-?\d[\d,.]* →/;

function formOf(t: RowTarget, written: string): WrittenForm {
  // The engine knows why it wrote the value so; the guesses below are for reports that do not say.
  const why = t.fill?.why;
  if (why) return { kind: "reason", why, whyEn: t.fill?.whyEn || why };
  if (t.parts.length > 0) return { kind: "parts" };
  const words = BASIS_ROUNDING.exec(t.explanation)?.[1];
  if (words) return { kind: "basis", words };
  const number = NUMBER.exec(written);
  const decimals = number?.[1]?.length ?? 0;
  const value = number ? Number(number[0].replace(/,/g, "")) : NaN;
  return t.computed && value === t.computed.value ? { kind: "as-computed" } : { kind: "digits", decimals };
}

/** Every row whose target the basis engine looked at (rows outside recalculation are left out). */
export function previewRows(report: Report): PreviewRow[] {
  const out: PreviewRow[] = [];
  for (const sheet of report.sheets) {
    for (const r of sheet.rows) {
      const t = r.target;
      if (t.status === "not-applicable") continue;
      const current = t.stated ? t.stated.text : null;
      const written = t.fill ? writtenOf(t.fill) : null;
      // 一致 means nothing to fix: writing is never offered, nor when the cell already shows the value.
      const offered = t.fill && t.status !== "match" && written !== current;
      out.push({
        key: `${sheet.name}!${r.row}`,
        sheet: sheet.name,
        row: r.row,
        indicator: r.indicator,
        current,
        exact: exactOf(t),
        written: offered ? written : null,
        form: offered && written ? formOf(t, written) : null,
        explanation: t.explanation,
        explanationEn: t.explanationEn ?? t.explanation,
        status: t.status,
        ...(offered ? { fill: t.fill } : {}),
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
