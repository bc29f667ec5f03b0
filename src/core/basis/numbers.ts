import { groupThousands } from "../quantity/format";
import { toFixedNumber } from "../quantity/round";

/**
 * How numbers are shown in explanations, on every row of a sheet: so no toLocaleString (it
 * builds a formatter per call), no regular expressions and no string round trips; the value has
 * been rounded where it matters (roundTo) and the half-epsilon nudge keeps 0.05-steps from
 * falling down.
 */

/** Exactly `decimals` places with thousands separators (12.4 → "12.4", 68 with 1 → "68.0"). */
export function fmtFixed(value: number, decimals: number): string {
  const d = Math.max(0, Math.min(decimals, 10));
  if (!Number.isFinite(value)) return String(value);
  const abs = Math.abs(value);
  const fixed = (abs + abs * Number.EPSILON).toFixed(d);
  const dot = fixed.indexOf(".");
  const int = dot < 0 ? fixed : fixed.slice(0, dot);
  const sign = value < 0 && hasNonZeroDigit(fixed) ? "-" : "";
  return sign + groupThousands(int) + (dot < 0 ? "" : fixed.slice(dot));
}

function hasNonZeroDigit(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s[i] >= "1" && s[i] <= "9") return true;
  return false;
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
