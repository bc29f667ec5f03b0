import fc from "fast-check";
import { compareStated, statedMatches, statedPlace } from "../../../src/core/basis/compare";
import { parseQuantity } from "../../../src/core/quantity/parse";
import type { Bound, Quantity } from "../../../src/core/quantity/types";

const q = (text: string): Quantity => {
  const p = parseQuantity(text);
  if (p.kind !== "quantity") throw new Error(`not a quantity: ${text}`);
  return p.quantity;
};

describe("statedPlace (guide §4 precision)", () => {
  it.each([
    ["19,000人", 1000],
    ["2,000人", 100],
    ["140件", 10],
    ["290人", 10],
    ["12,000人", 1000],
    ["33人", 1],
    ["100人", 10],
    ["0件", 1],
    ["12.4%", 0.1],
    ["68.0%", 0.1],
  ])("%s → %d", (text, place) => {
    expect(statedPlace(q(text))).toBe(place);
  });
});

describe("compareStated", () => {
  it("matches when the computed value rounds to the stated one at its place", () => {
    expect(compareStated(q("19,000人/年"), 18939.6).match).toBe(true);
    expect(compareStated(q("19,000人/年"), 18400).match).toBe(false);
    expect(compareStated(q("163.7件"), 163.37).match).toBe(false);
    expect(compareStated(q("129.8人"), 129.82).match).toBe(true);
  });

  it("widens to one whole unit of the place for 約/程度", () => {
    expect(compareStated(q("290人"), 298, { approx: true }).match).toBe(true);
    expect(compareStated(q("290人"), 298).match).toBe(false);
    expect(compareStated(q("約290人"), 298).match).toBe(true);
    expect(compareStated(q("2,000人"), 2103, { approx: true }).match).toBe(false);
    expect(compareStated(q("2,000人"), 2003, { approx: true }).match).toBe(true);
  });

  it("accepts a stated value on the right side of a bound in the rule", () => {
    expect(compareStated(q("150人"), 153.75, { bound: "以下" }).match).toBe(true);
    expect(compareStated(q("160人"), 153.75, { bound: "以下" }).match).toBe(false);
    expect(compareStated(q("91人"), 90.93, { bound: "以上" }).match).toBe(true);
    expect(compareStated(q("90人"), 90.93, { bound: "以上" }).match).toBe(false);
  });

  it("reads a bound in the target cell (96.0以上) against a rule bound the other way as a mismatch", () => {
    expect(compareStated(q("96.0以上"), 96.0, { bound: "以上" }).match).toBe(true);
    expect(compareStated(q("96.0以下"), 96.0, { bound: "以上" }).match).toBe(false);
    expect(compareStated(q("96.0以上"), 96.04).match).toBe(true);
  });

  it("meets the stated unit's scale: 1.3億円 vs 130,000千円", () => {
    expect(compareStated(q("1.3億円"), 130000, { computedScale: 1000 }).match).toBe(true);
  });
});

describe("statedMatches", () => {
  it("gives compareStated's verdict", () => {
    const stated = fc.record({
      value: fc.double({ min: -1e6, max: 1e6, noNaN: true }),
      decimals: fc.integer({ min: 0, max: 3 }),
      approx: fc.boolean(),
      bound: fc.constantFrom(undefined, "以上", "以下", "超", "未満"),
    });
    const ctx = fc.record({
      approx: fc.boolean(),
      bound: fc.constantFrom(undefined, "以上", "以下", "超", "未満"),
      computedScale: fc.constantFrom(undefined, 1, 1000),
    });
    fc.assert(
      fc.property(stated, fc.double({ min: -1e6, max: 1e6, noNaN: true }), ctx, (s, computed, c) => {
        const q: Quantity = {
          text: String(s.value),
          value: s.value,
          baseValue: s.value,
          unit: null,
          decimals: s.decimals,
        };
        if (s.approx) q.approx = true;
        if (s.bound) q.bound = s.bound as Bound;
        const context = {
          approx: c.approx,
          ...(c.bound ? { bound: c.bound as Bound } : {}),
          computedScale: c.computedScale,
        };
        expect(statedMatches(q, computed, context)).toBe(compareStated(q, computed, context).match);
        expect(statedMatches(q, s.value, context)).toBe(compareStated(q, s.value, context).match);
      }),
      { numRuns: 3000 },
    );
  });
});
