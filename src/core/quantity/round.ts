/** Decimal rounding without binary surprises (1.005 → 1.01), shared by parsing and formatting. */

const MAX_DECIMALS = 15;

/** Round half away from zero to `decimals` places (0 … 15). Non-finite values pass through. */
export function roundHalfUp(value: number, decimals: number): number {
  if (!Number.isFinite(value)) return value;
  const d = Math.min(MAX_DECIMALS, Math.max(0, Math.trunc(decimals)));
  const abs = Math.abs(value);
  const written = String(abs);
  // Shift by exponent notation rather than multiplying, so 1.005 is 1005e-3, not 1004.999….
  // Numbers JavaScript already writes in exponent form are either huge (nothing to round) or tiny.
  const rounded = written.includes("e")
    ? abs >= 1
      ? abs
      : Math.round(abs * 10 ** d) / 10 ** d
    : Number(`${Math.round(Number(`${written}e${d}`))}e-${d}`);
  return value < 0 ? -rounded : rounded;
}
