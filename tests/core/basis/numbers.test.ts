import fc from "fast-check";
import { factorOf, fmt, fmtFixed, sup } from "../../../src/core/basis/numbers";
import { formatNumber } from "../../../src/core/quantity/format";

/**
 * The reference is ICU's en-US formatter: it rounds the number as written (1.005 → 1.01), half
 * away from zero. A value that rounds to zero is written without a sign (-0.04 at one place is
 * "0.0", where ICU writes "-0.0"). Numbers from 1e21 up are written in exponent
 * form by JavaScript and are not values of a KPI sheet.
 */
function intlReference(value: number, decimals: number, fixed: boolean): string {
  return new Intl.NumberFormat("en-US", {
    minimumFractionDigits: fixed ? decimals : 0,
    maximumFractionDigits: decimals,
  })
    .format(value)
    .replace(/^-(?=[0.,]*$)/, "");
}

const values = fc.oneof(
  fc.double({ min: -1e20, max: 1e20, noNaN: true }),
  fc.double({ min: -1e7, max: 1e7, noNaN: true }),
  fc
    .tuple(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 8 }), fc.constantFrom(0, 0.5, 1e-9))
    .map(([n, k, nudge]) => (n + nudge) / 10 ** k),
);

/** A number as Excel shows it: 15 significant digits. */
const excel15 = (x: number) => Number(x.toPrecision(15));

describe("formatNumber / fmtFixed / fmt", () => {
  it("write what the en-US Intl formatter writes (fmt of the 15 digits Excel shows)", () => {
    fc.assert(
      fc.property(values, fc.integer({ min: 0, max: 10 }), (x, d) => {
        expect(formatNumber(x, d)).toBe(intlReference(x, d, true));
        expect(fmtFixed(x, d)).toBe(intlReference(excel15(x), d, true));
        expect(fmt(x, d)).toBe(intlReference(excel15(x), d, false));
      }),
      { numRuns: 5000 },
    );
  });

  it("round the result of arithmetic as its decimal", () => {
    expect(35.9 * 0.75).not.toBe(26.925);
    expect(fmt(35.9 * 0.75, 2)).toBe("26.93");
    expect(formatNumber(35.9 * 0.75, 2)).toBe("26.92");
  });

  it("keep a whole number of up to 15 digits as it is, and cut a longer one to 15", () => {
    expect(fmt(999_999_999_999_999, 0)).toBe("999,999,999,999,999");
    expect(fmtFixed(-123_456_789_012_345, 1)).toBe("-123,456,789,012,345.0");
    expect(fmt(1_234_567_890_123_456, 0)).toBe("1,234,567,890,123,460");
    expect(fmtFixed(-1_234_567_890_123_456, 0)).toBe("-1,234,567,890,123,460");
    expect(fmt(2 ** 53 + 2, 0)).toBe("9,007,199,254,740,990");
    expect(fmt(-0, 2)).toBe("0");
  });

  it("write the usual values", () => {
    expect(formatNumber(18939.6, 0)).toBe("18,940");
    expect(formatNumber(68, 1)).toBe("68.0");
    expect(formatNumber(-0.04, 1)).toBe("0.0");
    expect(formatNumber(-1234.56, 1)).toBe("-1,234.6");
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
