import { checkRows, CLEAN, codes } from "./builder";

describe("VALUE_UNPARSEABLE", () => {
  it("flags a value cell that is not a value", () => {
    const f = checkRows([{ ...CLEAN, actuals: ["18,768人/年", "増加傾向", "17,814人/年", "17,842人/年"] }]);
    expect(codes(f)).toEqual([["VALUE_UNPARSEABLE", "I5"]]);
    expect(f[0].severity).toBe("error");
    expect(f[0].found).toBe("増加傾向");
  });

  it("accepts 実績なし, a blank and 全園 as legal values", () => {
    const f = checkRows([
      { ...CLEAN, baseline: "実績なし", actuals: [null, "17,929人/年", "17,814人/年", "17,842人/年"] },
    ]);
    expect(codes(f, "VALUE_UNPARSEABLE")).toEqual([]);
  });
});
