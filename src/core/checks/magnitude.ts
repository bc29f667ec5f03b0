import { raise } from "../report/finding";
import type { Finding } from "../report/schema";
import type { IndicatorRow } from "../rows/types";
import type { RowCheck } from "./types";
import type { Quantity } from "../quantity/types";
import { quantityOf, type ValueCell } from "./row-values";

/**
 * A slip of 10³ or 10⁴ (円 for 千円, 人 for 万人, a value keyed in the wrong scale) puts a value
 * 2.5 or more orders of magnitude away from the row's other values. Real series move far less:
 * the widest honest jumps in the seeds are ×36 (1 → 36回) and ×11 (17 → 185ha).
 */
const SLIP_LOG10 = 2.5;

export const checkMagnitude: RowCheck = (row, values) => {
  const f = slip(row, values);
  return f ? [f] : [];
};

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function mostCommon(xs: string[]): string {
  const n = new Map<string, number>();
  for (const x of xs) n.set(x, (n.get(x) ?? 0) + 1);
  return [...n.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? "";
}

/** One finding per row at most: the cell furthest from the median of the others (leave-one-out). */
function slip(row: IndicatorRow, values: readonly ValueCell[]): Finding | null {
  // Most rows: all positive values, whatever their counter, within the slip distance of each
  // other — then so are those of any one counter, and there is nothing to work out (fewer than two
  // values give NaN or 0 here, and no finding below either).
  let lo = Infinity;
  let hi = -Infinity;
  for (const vc of values) {
    const q = quantityOf(vc.value);
    if (q && q.baseValue > 0) {
      lo = Math.min(lo, q.baseValue);
      hi = Math.max(hi, q.baseValue);
    }
  }
  if (!(Math.log10(hi / lo) >= SLIP_LOG10)) return null;

  const cells: { vc: ValueCell; q: Quantity }[] = [];
  for (const vc of values) {
    const q = quantityOf(vc.value);
    // Zero (0件 before a new service starts) has no magnitude to compare.
    if (q && q.baseValue > 0) cells.push({ vc, q });
  }
  // Only values of one counter compare (a mismatched unit is the units check's finding).
  const counter = mostCommon(cells.map((c) => c.q.unit?.counter ?? ""));
  const same = cells.filter((c) => (c.q.unit?.counter ?? "") === counter);
  if (same.length < 2) return null;
  // The values of the row's main counter may still all be close (the spread was across counters).
  lo = Infinity;
  hi = -Infinity;
  for (const c of same) {
    lo = Math.min(lo, c.q.baseValue);
    hi = Math.max(hi, c.q.baseValue);
  }
  if (Math.log10(hi / lo) < SLIP_LOG10) return null;
  // With only two values either could be the slip; the later one (the target) is the one being written.
  let worst = -1;
  let worstDev = 0;
  let worstMed = 0;
  for (let i = 0; i < same.length; i++) {
    const med = median(same.filter((_, j) => j !== i).map((o) => Math.log10(o.q.baseValue)));
    const dev = Math.abs(Math.log10(same[i].q.baseValue) - med);
    if (dev >= SLIP_LOG10 && dev >= worstDev) {
      worst = i;
      worstDev = dev;
      worstMed = med;
    }
  }
  if (worst < 0) return null;
  const c = same[worst];
  const others = same.filter((_, j) => j !== worst);
  const neighbour = others.reduce((a, b) =>
    Math.abs(Math.log10(a.q.baseValue) - worstMed) <= Math.abs(Math.log10(b.q.baseValue) - worstMed) ? a : b,
  );
  const factor = Math.round(Math.log10(c.q.baseValue) - worstMed);
  return raise(
    "VALUE_MAGNITUDE",
    factor > 0 ? "high" : "low",
    { row: row.row, cell: c.vc.cell.address, found: c.vc.cell.text, expected: `≈ ${neighbour.vc.cell.text}` },
    { found: c.vc.cell.text, neighbour: neighbour.vc.cell.text, times: 10 ** Math.abs(factor) },
  );
}
