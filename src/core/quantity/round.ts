/** Decimal rounding without binary surprises (1.005 → 1.01), shared by parsing and formatting. */

const MAX_DECIMALS = 15;

/**
 * Round half away from zero to `decimals` places (0 … 15), as the number is written: 1.005 is
 * rounded as the decimal 1.005, not as the double just below it. Non-finite values pass through.
 */
export function roundHalfUp(value: number, decimals: number): number {
  if (!Number.isFinite(value)) return value;
  const d = Math.min(MAX_DECIMALS, Math.max(0, Math.trunc(decimals)));
  const rounded = Number(roundedText(Math.abs(value), d));
  return value < 0 ? -rounded : rounded;
}

/**
 * `abs` (finite, ≥ 0) rounded half up at `d` places, as decimal text with no exponent and at most
 * `d` places: (1.005, 2) → "1.01", (18939.6, 0) → "18940", (1.45e-7, 8) → "0.00000015". From
 * 1e21 up JavaScript writes a whole number in exponent form; that text is returned as it is.
 */
export function roundedText(abs: number, d: number): string {
  if (abs >= 1e21) return String(abs);
  const written = plainDecimal(abs);
  const dot = written.indexOf(".");
  if (dot < 0 || written.length - dot - 1 <= d) return written; // no more places than asked for
  // Cut the written digits at the place and carry on the first one dropped: string and BigInt
  // arithmetic, because shifting by 10^d in floating point loses digits past 2^53.
  const digits = written.slice(0, dot) + written.slice(dot + 1, dot + 1 + d);
  const kept = written[dot + 1 + d] >= "5" ? (BigInt(digits) + 1n).toString().padStart(digits.length, "0") : digits;
  return d === 0 ? kept : `${kept.slice(0, -d)}.${kept.slice(-d)}`;
}

/** The shortest decimal JavaScript writes for `abs` (< 1e21), without exponent: 1.45e-7 → "0.000000145". */
function plainDecimal(abs: number): string {
  const written = String(abs);
  const e = written.indexOf("e-");
  if (e < 0) return written;
  const mantissa = written.slice(0, e).replace(".", "");
  return `0.${"0".repeat(Number(written.slice(e + 2)) - 1)}${mantissa}`;
}

/** The number `x` reads as when written with `d` places: 12.400000000000002 at 1 → 12.4. */
export function toFixedNumber(x: number, d: number): number {
  return Number(x.toFixed(d));
}

/**
 * `x` at `digits` significant digits, dropping the binary noise of arithmetic (12.399999999999999
 * → 12.4 at 12). A whole number of at most `digits` digits has none and is returned as it is
 * (but -0, which is written 0).
 */
export function toSignificant(x: number, digits: number): number {
  const short = Number.isInteger(x) && Math.abs(x) < 10 ** digits && x !== 0;
  return short ? x : Number(x.toPrecision(digits));
}

/** 12 significant digits: the report shows 12.4, not 12.399999999999999 from binary arithmetic. */
export function toPrecision12(x: number): number {
  return toSignificant(x, 12);
}
