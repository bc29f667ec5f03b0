import { checkRows, CLEAN, codes } from "./builder";

describe("DUPLICATE_INDICATOR", () => {
  it("flags the second row of the same indicator, pointing back at the first", () => {
    const f = checkRows([CLEAN, { ...CLEAN, indicator: "伊那本線利用者人数 " }]);
    expect(codes(f)).toEqual([["DUPLICATE_INDICATOR", "C6"]]);
    expect(f[0].severity).toBe("warning");
    expect(f[0].params.firstRow).toBe(5);
  });

  it("full-width brackets and spaces do not make a different indicator", () => {
    const a = { ...CLEAN, indicator: "利用者数（バス）" };
    const b = { ...CLEAN, indicator: "利用者数 (バス)" };
    expect(codes(checkRows([a, b]))).toEqual([["DUPLICATE_INDICATOR", "C6"]]);
  });

  it("two different indicators are not duplicates", () => {
    expect(codes(checkRows([CLEAN, { ...CLEAN, indicator: "伊那本線定期利用者人数" }]))).toEqual([]);
  });
});
