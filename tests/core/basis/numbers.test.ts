import fc from "fast-check";
import { factorOf, fmt, fmtFixed, sup } from "../../../src/core/basis/numbers";

/** The builtin-and-regex way these were written before: the reference for the fast paths. */
function fmtFixedReference(value: number, decimals: number): string {
  const d = Math.max(0, Math.min(decimals, 10));
  if (!Number.isFinite(value)) return String(value);
  const abs = Math.abs(value);
  const fixed = (abs + abs * Number.EPSILON).toFixed(d);
  const dot = fixed.indexOf(".");
  const int = dot < 0 ? fixed : fixed.slice(0, dot);
  const sign = value < 0 && /[1-9]/.test(fixed) ? "-" : "";
  return sign + int.replace(/\B(?=(\d{3})+(?!\d))/g, ",") + (dot < 0 ? "" : fixed.slice(dot));
}

const values = fc.oneof(
  fc.double(),
  fc.double({ min: -1e7, max: 1e7 }),
  fc
    .tuple(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 8 }), fc.constantFrom(0, 0.5, 1e-9))
    .map(([n, k, nudge]) => (n + nudge) / 10 ** k),
);

describe("fmtFixed / fmt", () => {
  it("write what toFixed and the thousands pattern write", () => {
    fc.assert(
      fc.property(values, fc.integer({ min: -1, max: 12 }), (x, d) => {
        const reference = fmtFixedReference(x, d);
        expect(fmtFixed(x, d)).toBe(reference);
        expect(fmt(x, d)).toBe(reference.includes(".") ? reference.replace(/\.?0+$/, "") : reference);
      }),
      { numRuns: 5000 },
    );
  });

  it("write the usual values", () => {
    expect(fmtFixed(18939.6, 0)).toBe("18,940");
    expect(fmtFixed(68, 1)).toBe("68.0");
    expect(fmtFixed(-0.04, 1)).toBe("0.0");
    expect(fmtFixed(-1234.56, 1)).toBe("-1,234.6");
    expect(fmt(130.625)).toBe("130.625");
    expect(fmt(18939.6)).toBe("18,939.6");
    expect(fmt(12.400000000000002, 3)).toBe("12.4");
    expect(fmt(1000, 2)).toBe("1,000");
    expect(factorOf(1, 1)).toBe(1.01);
    expect(factorOf(25, -1)).toBe(0.75);
  });
});

describe("sup", () => {
  it("writes an exponent in superscript digits", () => {
    expect(sup(6)).toBe("⁶");
    expect(sup(12)).toBe("¹²");
    expect(sup(-1)).toBe("⁻¹");
    expect(sup(0)).toBe("⁰");
    expect(sup(10.7)).toBe("¹⁰");
  });
});
