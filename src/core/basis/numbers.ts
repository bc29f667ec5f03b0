import { formatNumber } from "../quantity/format";
import { toFixedNumber, toSignificant } from "../quantity/round";

/**
 * How computed numbers are shown in explanations and messages: as Excel shows a number, with 15
 * significant digits, then rounded half up (formatNumber). The 15 digits drop the binary noise of
 * arithmetic, so 35.9 × 0.75 = 26.924999999999997 is the decimal 26.925 and shows as 26.93.
 */

/** Exactly `decimals` places with thousands separators (12.4 → "12.4", 68 with 1 → "68.0"). */
export function fmtFixed(value: number, decimals: number): string {
  return formatNumber(toSignificant(value, 15), decimals);
}

/** Thousands separators, at most `maxDecimals` places, no trailing zeros (130.625, 18,939.6). */
export function fmt(value: number, maxDecimals = 3): string {
  const s = fmtFixed(value, maxDecimals);
  if (!s.includes(".")) return s;
  let end = s.length;
  while (s[end - 1] === "0") end--;
  return s.slice(0, s[end - 1] === "." ? end - 1 : end);
}

const SUPERSCRIPT = "⁰¹²³⁴⁵⁶⁷⁸⁹";

/** 6 → "⁶", 12 → "¹²", -1 → "⁻¹". */
export function sup(n: number): string {
  let out = n < 0 ? "⁻" : "";
  for (const d of String(Math.abs(Math.trunc(n)))) out += SUPERSCRIPT[Number(d)];
  return out;
}

/** The factor of a percent change: 1% up → 1.01, 25% down → 0.75, shown without float noise. */
export function factorOf(percent: number, direction: 1 | -1): number {
  return toFixedNumber(1 + (direction * percent) / 100, 10);
}
