import fc from "fast-check";
import { fill } from "../../../src/core/messages/format";

describe("fill", () => {
  it("puts each param in its placeholder, numbers with thousands separators", () => {
    expect(fill("{cell}: {value}人 ({value}人)", { cell: "N7", value: 18939 })).toBe("N7: 18,939人 (18,939人)");
    expect(fill("{x}", { x: 1234.5678901 })).toBe("1,234.56789");
    expect(fill("{x}", { x: -0.5 })).toBe("-0.5");
  });

  it("leaves an unknown placeholder visible, and text without placeholders as it is", () => {
    expect(fill("{cell} と {missing}", { cell: "A1" })).toBe("A1 と {missing}");
    expect(fill("根拠がありません", { cell: "A1" })).toBe("根拠がありません");
    expect(fill("{not a name}", {})).toBe("{not a name}");
  });

  it("writes a text in both languages in the language asked for (Japanese by default)", () => {
    const note = { ja: "平均の増加幅", en: "the mean increase" };
    expect(fill("{note}。", { note })).toBe("平均の増加幅。");
    expect(fill("{note}.", { note }, "en")).toBe("the mean increase.");
    expect(fill("{n}件", { n: 1200 }, "en")).toBe("1,200件");
  });
});

describe("fill — numbers", () => {
  it("writes every number of a sheet as en-US Intl.NumberFormat does, at Excel's 15 digits", () => {
    // Up to six places, of the 15 significant digits Excel shows; below 1e21 (JavaScript writes
    // larger numbers in exponent form, and no sheet holds them); a value that rounds to zero has
    // no sign, as in explanations.
    const intl = new Intl.NumberFormat("en-US", { maximumFractionDigits: 6 });
    const reference = (n: number) => intl.format(Number(n.toPrecision(15))).replace(/^-(?=[0.,]*$)/, "");
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer(),
          fc.maxSafeInteger(),
          fc.double({ min: -1e20, max: 1e20, noNaN: true }),
          fc.constantFrom(0, -0, -1234567, 2 ** 53, -3221225472, 1.0000005, -0.0000004),
        ),
        (n) => {
          expect(fill("{n}", { n })).toBe(reference(n));
        },
      ),
      { numRuns: 3000 },
    );
    expect(fill("{n}行", { n: 18940 })).toBe("18,940行");
    expect(fill("{n}", { n: -1234 })).toBe("-1,234");
    expect(fill("{n}", { n: 3221225472 })).toBe("3,221,225,472");
  });
});
