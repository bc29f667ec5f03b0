/** How numbers are shown in explanations: thousands separators, no trailing zeros. */

export function fmt(value: number, maxDecimals = 3): string {
  return value.toLocaleString("en-US", { maximumFractionDigits: Math.max(0, Math.min(maxDecimals, 10)) });
}

/** Shows a value with exactly `decimals` places (12.4 → "12.4", 68 with 1 → "68.0"). */
export function fmtFixed(value: number, decimals: number): string {
  const d = Math.max(0, Math.min(decimals, 10));
  return value.toLocaleString("en-US", { minimumFractionDigits: d, maximumFractionDigits: d });
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

/** Decimal places of a number as a person wrote it (1.136 → 3, 0.8 → 1). */
export function decimalsOf(written: string): number {
  const dot = written.indexOf(".");
  return dot < 0 ? 0 : written.length - dot - 1;
}

/** The factor of a percent change: 1% up → 1.01, 25% down → 0.75, shown without float noise. */
export function factorOf(percent: number, direction: 1 | -1): number {
  return Number((1 + (direction * percent) / 100).toFixed(10));
}
