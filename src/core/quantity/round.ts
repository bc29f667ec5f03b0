/** Decimal rounding without binary surprises (1.005 → 1.01), shared by parsing and formatting. */

const MAX_DECIMALS = 15;

/**
 * Round half away from zero to `decimals` places (0 … 15), as the number is written: 1.005 is
 * rounded as the decimal 1.005, not as the double just below it. Non-finite values pass through.
 */
export function roundHalfUp(value: number, decimals: number): number {
  if (!Number.isFinite(value)) return value;
  const d = Math.min(MAX_DECIMALS, Math.max(0, Math.trunc(decimals)));
  const abs = Math.abs(value);
  const rounded = roundWritten(abs, d);
  return value < 0 ? -rounded : rounded;
}

function roundWritten(abs: number, d: number): number {
  const written = String(abs);
  // Shift by exponent notation rather than multiplying, so 1.005 is 1005e-3, not 1004.999….
  // Numbers JavaScript already writes in exponent form are either huge (nothing to round) or tiny.
  if (written.includes("e")) return abs >= 1 ? abs : Math.round(abs * 10 ** d) / 10 ** d;
  return Number(`${Math.round(Number(`${written}e${d}`))}e-${d}`);
}

/** The number `x` reads as when written with `d` places: 12.400000000000002 at 1 → 12.4. */
export function toFixedNumber(x: number, d: number): number {
  return Number(x.toFixed(d));
}

/** 12 significant digits: the report shows 12.4, not 12.399999999999999 from binary arithmetic. */
export function toPrecision12(x: number): number {
  return Number(x.toPrecision(12));
}
