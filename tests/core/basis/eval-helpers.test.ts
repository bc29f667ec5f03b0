import fc from "fast-check";
import { baseWords, periodAlternatives, pointsAlternative, show, signWord } from "../../../src/core/basis/eval-helpers";
import { data } from "./data";

describe("baseWords", () => {
  it("words the base with its year, and gives the value as show writes it", () => {
    const d = data({ series: [["R5", 118.75]], decimals: 0 });
    expect(baseWords(d.base!, d)).toEqual({ ja: "R5の118.75", en: "118.75 in R5", shown: "118.75" });
  });

  it("always shows the base value exactly as show does (property)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e9, max: 1e9, noNaN: true }),
        fc.integer({ min: 0, max: 4 }),
        (value, decimals) => {
          const d = data({ series: [["R5", value]], decimals });
          const b = baseWords(d.base!, d);
          expect(b.shown).toBe(show(value, d));
          expect(b.ja).toBe(`${d.base!.year.label}の${b.shown}`);
          expect(b.en).toBe(`${b.shown} in ${d.base!.year.label}`);
        },
      ),
    );
  });
});

describe("periodAlternatives", () => {
  it("offers one period fewer (when at least one is left) and one more, labelled with both counts", () => {
    fc.assert(
      fc.property(fc.integer({ min: -3, max: 60 }), (n) => {
        const valueAt = (k: number) => 100 * 1.01 ** k;
        const fewer = {
          kind: "periods",
          label: { ja: `${n - 1}期間で計算`, en: `${n - 1} periods instead of ${n}` },
          value: valueAt(n - 1),
        };
        const more = {
          kind: "periods",
          label: { ja: `${n + 1}期間で計算`, en: `${n + 1} periods instead of ${n}` },
          value: valueAt(n + 1),
        };
        expect(periodAlternatives(n, valueAt)).toEqual(n - 1 >= 1 ? [fewer, more] : [more]);
      }),
    );
  });

  it("gives a fresh list each time (a rule adds its points reading to it)", () => {
    const a = periodAlternatives(6, (k) => k);
    a.push(pointsAlternative(1));
    expect(periodAlternatives(6, (k) => k)).toHaveLength(2);
  });
});

describe("shared wording", () => {
  it("words the sign and the points reading", () => {
    expect(signWord(1)).toEqual({ ja: "増加", en: "increase" });
    expect(signWord(-1)).toEqual({ ja: "減少", en: "decrease" });
    expect(pointsAlternative(69.8)).toEqual({
      kind: "points",
      label: { ja: "ポイント（加算）として計算", en: "read as percentage points" },
      value: 69.8,
    });
  });
});
