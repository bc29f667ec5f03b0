import fc from "fast-check";
import {
  roundedText,
  roundHalfUp,
  toFixedNumber,
  toPrecision12,
  toSignificant,
} from "../../../src/core/quantity/round";

describe("roundHalfUp", () => {
  it("rounds half away from zero at the decimal place asked", () => {
    expect(roundHalfUp(1.005, 2)).toBe(1.01);
    expect(roundHalfUp(18939.5996, 0)).toBe(18940);
    expect(roundHalfUp(18939.45, 1)).toBe(18939.5);
    expect(roundHalfUp(2.5, 0)).toBe(3);
    expect(roundHalfUp(2.4999, 0)).toBe(2);
    expect(roundHalfUp(-2.5, 0)).toBe(-3);
    expect(roundHalfUp(12.4, 3)).toBe(12.4);
  });

  it("passes through what it cannot round", () => {
    expect(roundHalfUp(Number.NaN, 1)).toBeNaN();
    expect(roundHalfUp(Infinity, 1)).toBe(Infinity);
    expect(roundHalfUp(1e22, 2)).toBe(1e22);
  });

  it("rounds numbers JavaScript writes in exponent form", () => {
    expect(roundHalfUp(1e-7, 2)).toBe(0);
    expect(roundHalfUp(-1e-7, 2)).toBe(-0);
    expect(roundHalfUp(5e-7, 6)).toBe(0.000001);
  });
});

/** Numbers the engine formats: decimals of a few places, halves, integers, and any double. */
const numbers = fc.oneof(
  fc.double({ noNaN: false }),
  fc.double({ min: -1e7, max: 1e7 }),
  fc
    .tuple(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 12 }), fc.constantFrom(0, 0.5, 1e-9, -1e-9))
    .map(([n, k, nudge]) => (n + nudge) / 10 ** k),
  fc.tuple(fc.integer(), fc.integer({ min: 0, max: 6 })).map(([n, k]) => n * 10 ** k),
  fc.constantFrom(0, -0, 1.005, 288.65, 12.400000000000002, 0.1 + 0.2, 2 ** 40, 2 ** 53, 1e21, -1e-7, 5e-7),
);

describe("roundedText", () => {
  it("writes the rounded decimal, carrying through nines", () => {
    expect(roundedText(1.005, 2)).toBe("1.01");
    expect(roundedText(0.995, 2)).toBe("1.00");
    expect(roundedText(9.96, 1)).toBe("10.0");
    expect(roundedText(0.045, 2)).toBe("0.05");
    expect(roundedText(0.044, 2)).toBe("0.04");
    expect(roundedText(18939.6, 0)).toBe("18940");
    expect(roundedText(12.4, 3)).toBe("12.4");
    expect(roundedText(1.45e-7, 8)).toBe("0.00000015");
    expect(roundedText(2 ** 53, 6)).toBe("9007199254740992");
    expect(roundedText(80403779215534.9, 2)).toBe("80403779215534.9");
    expect(roundedText(2451785858075.3984, 3)).toBe("2451785858075.398");
    expect(roundedText(1e21, 2)).toBe("1e+21");
  });
});

describe("toFixedNumber / toPrecision12", () => {
  it("give the number as it is written at those places", () => {
    expect(toFixedNumber(12.400000000000002, 1)).toBe(12.4);
    expect(toFixedNumber(-0.001, 2)).toBe(-0);
    expect(toFixedNumber(18939.6, 0)).toBe(18940);
    expect(toPrecision12(12.399999999999999)).toBe(12.4);
    expect(toPrecision12(0.1 + 0.2)).toBe(0.3);
    expect(toPrecision12(999999999999.7)).toBe(1e12);
  });
});

describe("toSignificant", () => {
  it("is Number(x.toPrecision(digits)), whole numbers of any length included", () => {
    const wholes = fc.oneof(
      fc.integer({ min: -1e9, max: 1e9 }),
      fc.bigInt({ min: -(10n ** 17n), max: 10n ** 17n }).map(Number),
    );
    fc.assert(
      fc.property(fc.oneof(wholes, fc.double({ noNaN: true })), fc.integer({ min: 1, max: 17 }), (x, digits) => {
        expect(toSignificant(x, digits)).toBe(Number(x.toPrecision(digits)));
      }),
      { numRuns: 5000 },
    );
  });

  it("keeps a whole number of at most that many digits, and cuts a longer one", () => {
    expect(toSignificant(999_999_999_999, 12)).toBe(999_999_999_999);
    expect(toSignificant(1_234_567_890_123, 12)).toBe(1_234_567_890_120);
    expect(toSignificant(-1_234_567_890_123, 12)).toBe(-1_234_567_890_120);
    expect(toSignificant(Infinity, 12)).toBe(Infinity);
  });
});

describe("roundHalfUp", () => {
  it("gives what rounding the written decimal half up gives", () => {
    fc.assert(
      fc.property(numbers, fc.integer({ min: -2, max: 18 }), (x, d) => {
        // Equal as numbers (the sign of a zero is not compared: formatting writes no sign on zero).
        const got = roundHalfUp(x, d);
        const want = writtenHalfUp(x, d);
        expect(got === want || (Number.isNaN(got) && Number.isNaN(want))).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });
});

/**
 * The reference: ICU's en-US formatter rounds the number as JavaScript writes it (the shortest
 * decimal), half away from zero. From 1e21 up there is nothing to round.
 */
function writtenHalfUp(value: number, decimals: number): number {
  if (!Number.isFinite(value) || Math.abs(value) >= 1e21) return value;
  const d = Math.min(15, Math.max(0, Math.trunc(decimals)));
  return Number(new Intl.NumberFormat("en-US", { maximumFractionDigits: d, useGrouping: false }).format(value));
}
