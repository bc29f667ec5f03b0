/** Decimal rounding without binary surprises (1.005 → 1.01), shared by parsing and formatting. */

const MAX_DECIMALS = 15;

/** 10^0 … 10^20, exact doubles, read from a table: a power per call costs more than the rest. */
const POW10 = Array.from({ length: 21 }, (_, i) => Number(`1e${i}`));

/** Round half away from zero to `decimals` places (0 … 15). Non-finite values pass through. */
export function roundHalfUp(value: number, decimals: number): number {
  if (!Number.isFinite(value)) return value;
  const d = Math.min(MAX_DECIMALS, Math.max(0, Math.trunc(decimals)));
  const abs = Math.abs(value);
  const rounded = hasAtMostDecimals(abs, d) ? abs : roundWritten(abs, d);
  return value < 0 ? -rounded : rounded;
}

/**
 * Whether `abs` (≥ 0) is the double of a number with at most `d` places (12.4 at 1 or more): then
 * it is its own rounding, and most values rounded here already are. Screened without strings.
 */
function hasAtMostDecimals(abs: number, d: number): boolean {
  const p = POW10[d];
  const m = Math.round(abs * p);
  return m <= 2 ** 52 && m / p === abs;
}

function roundWritten(abs: number, d: number): number {
  const written = String(abs);
  // Shift by exponent notation rather than multiplying, so 1.005 is 1005e-3, not 1004.999….
  // Numbers JavaScript already writes in exponent form are either huge (nothing to round) or tiny.
  if (written.includes("e")) return abs >= 1 ? abs : Math.round(abs * 10 ** d) / 10 ** d;
  return Number(`${Math.round(Number(`${written}e${d}`))}e-${d}`);
}

/** Below this, x × 10^d is computed within 2^-13 of its exact value (at most 2^40 × 2^-53). */
const SCALED_LIMIT = 2 ** 40;

/**
 * The exact x × 10^d rounded to an integer, when the computed product is that close to it and
 * nowhere near a half: any rounding of the exact binary value then gives the same integer.
 * NaN otherwise (too large, too many places, near a tie, not finite): the caller asks the builtin.
 */
function scaledInteger(abs: number, d: number): number {
  if (d > 20) return Number.NaN;
  const scaled = abs * POW10[d];
  const m = Math.round(scaled);
  return scaled < SCALED_LIMIT && Math.abs(scaled - m) < 0.499 ? m : Number.NaN;
}

/**
 * `x.toFixed(d)`, the same string, without the builtin's exact decimal expansion in the usual
 * case: formatting runs on every number of every explanation.
 */
export function toFixed(x: number, d: number): string {
  const m = scaledInteger(Math.abs(x), d);
  if (Number.isNaN(m)) return x.toFixed(d);
  const digits = String(m);
  const sign = x < 0 ? "-" : "";
  if (d === 0) return sign + digits;
  const padded = digits.length > d ? digits : "0".repeat(d + 1 - digits.length) + digits;
  return `${sign}${padded.slice(0, -d)}.${padded.slice(-d)}`;
}

/** `Number(x.toFixed(d))`, the same number, without the string round trip in the usual case. */
export function toFixedNumber(x: number, d: number): number {
  const m = scaledInteger(Math.abs(x), d);
  if (Number.isNaN(m)) return Number(x.toFixed(d));
  // m / 10^d and parsing the decimal m·10^-d both give the double nearest to that rational.
  const v = m / POW10[d];
  return x < 0 ? -v : v;
}

/** `Number(x.toPrecision(12))`, the same number: toFixed at the places 12 significant digits leave. */
export function toPrecision12(x: number): number {
  const abs = Math.abs(x);
  if (!(abs >= 1 && abs < 1e12)) return Number(x.toPrecision(12));
  // Powers of ten from 10^0 up are exact doubles, so the correction makes e exact.
  let e = Math.floor(Math.log10(abs));
  if (POW10[e] > abs) e--;
  else if (POW10[e + 1] <= abs) e++;
  return toFixedNumber(x, 11 - e);
}
