import fc from "fast-check";
import { baseWords, show } from "../../../src/core/basis/eval-helpers";
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
