import { computeRowTarget } from "../../../src/core/targets/row-target";
import { buildRow, R12 } from "../targets/row-builder";
import { findRounding, roundTo, roundingUnitMismatch, stepInRowUnits } from "../../../src/core/basis/rounding";

describe("rounding words", () => {
  it.each([
    ["千円未満切捨て", "floor", 1000, "円"],
    ["1,000円未満を切り捨て", "floor", 1000, "円"],
    ["百人単位で切上げ", "ceil", 100, "人"],
    ["小数点以下四捨五入", "round", 1, null],
    ["小数第2位を四捨五入", "round", 0.1, null],
    ["百の位を四捨五入", "round", 1000, null],
    ["四捨五入", "round", null, null],
  ])("%s", (text, mode, step, counter) => {
    expect(findRounding(text)?.rounding).toEqual({ mode, step, counter, text });
  });

  it("finds none in text without rounding words", () => {
    expect(findRounding("R6の現状から年1%の増加")).toBeNull();
  });

  it("finds none in a phrase whose step is zero", () => {
    expect(findRounding("0千円未満切捨て")).toBeNull();
    expect(findRounding("0人単位で切上げ")).toBeNull();
    expect(findRounding(`${"9".repeat(400)}千円未満切捨て`)).toBeNull();
  });

  it("computes a rule whose rounding step is zero as a rule without rounding", () => {
    const row = buildRow({
      actuals: ["102人", "97人", "113人", "163人"],
      basis: "R6の現状から年1%の増加、0千円未満切捨て",
    });
    const { target } = computeRowTarget(row, R12);
    expect(target.rule).toBe("compound-growth");
    expect(target.computed?.value).toBe(Number((163 * 1.01 ** 6).toPrecision(12)));
    expect(target.explanation).not.toContain("切捨て");
  });

  it("rounds half up, down and up to a step without binary noise", () => {
    expect(roundTo(288.65, 0.1)).toBe(288.7);
    expect(roundTo(58408.576, 1000, "floor")).toBe(58000);
    expect(roundTo(58000, 1000, "floor")).toBe(58000);
    expect(roundTo(58000.4, 1000, "ceil")).toBe(59000);
    expect(roundTo(12.400000000000002, 0.1)).toBe(12.4);
  });

  it("converts the place to the row's unit (千円未満 on a 千円 row is 1) and flags another unit", () => {
    const r = findRounding("千円未満切捨て")!.rounding;
    expect(stepInRowUnits(r, "円", 1000, 1)).toBe(1);
    expect(stepInRowUnits(r, "円", 1, 1)).toBe(1000);
    expect(stepInRowUnits(r, "人", 1, 1)).toBe(1000);
    expect(roundingUnitMismatch(r, "人")).toBe(true);
    expect(roundingUnitMismatch(r, "円")).toBe(false);
  });
});
