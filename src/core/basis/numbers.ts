/**
 * How numbers are shown in explanations, on every row of a sheet: so no toLocaleString (it
 * builds a formatter per call) and no string round trips; the value has been rounded where it
 * matters (roundTo) and the half-epsilon nudge keeps 0.05-steps from falling down.
 */
const GROUPS = /\B(?=(\d{3})+(?!\d))/g;

/** Exactly `decimals` places with thousands separators (12.4 → "12.4", 68 with 1 → "68.0"). */
export function fmtFixed(value: number, decimals: number): string {
  const d = Math.max(0, Math.min(decimals, 10));
  if (!Number.isFinite(value)) return String(value);
  const abs = Math.abs(value);
  const fixed = (abs + abs * Number.EPSILON).toFixed(d);
  const dot = fixed.indexOf(".");
  const int = dot < 0 ? fixed : fixed.slice(0, dot);
  const sign = value < 0 && /[1-9]/.test(fixed) ? "-" : "";
  return sign + (int.length > 3 ? int.replace(GROUPS, ",") : int) + (dot < 0 ? "" : fixed.slice(dot));
}

/** Thousands separators, at most `maxDecimals` places, no trailing zeros (130.625, 18,939.6). */
export function fmt(value: number, maxDecimals = 3): string {
  const s = fmtFixed(value, maxDecimals);
  return s.includes(".") ? s.replace(/\.?0+$/, "") : s;
}

const SUPERSCRIPT = "⁰¹²³⁴⁵⁶⁷⁸⁹";

/** 6 → "⁶", 12 → "¹²", -1 → "⁻¹". */
export function sup(n: number): string {
  const digits = String(Math.abs(Math.trunc(n)))
    .split("")
    .map((d) => SUPERSCRIPT[Number(d)])
    .join("");
  return (n < 0 ? "⁻" : "") + digits;
}

/** The factor of a percent change: 1% up → 1.01, 25% down → 0.75, shown without float noise. */
export function factorOf(percent: number, direction: 1 | -1): number {
  return Number((1 + (direction * percent) / 100).toFixed(10));
}
