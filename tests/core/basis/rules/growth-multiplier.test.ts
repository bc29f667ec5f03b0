import { data, ok, rule, run } from "../data";
import { parseBasis } from "../../../../src/core/basis/parse";

describe("growth-multiplier", () => {
  it("reads R6年度実績×伸び率(1.136) with its base year and rounding words", () => {
    const r = rule("R6年度実績×伸び率(1.136)(千円未満切捨て)");
    expect(r).toMatchObject({ kind: "growth-multiplier", factor: 1.136 });
    expect(r.baseYear?.label).toBe("R6");
    expect(r.rounding).toEqual({ mode: "floor", step: 1000, counter: "円", text: "千円未満切捨て" });
    expect(ok(run("R6年度実績×伸び率(1.136)", data({ series: [["R6", 51416]] }))).value).toBeCloseTo(58408.576, 9);
  });

  it("does not read the words 実績の伸び率 without a factor", () => {
    expect(parseBasis("実績の伸び率")).toEqual({ kind: "unparsed", reason: "direction-only" });
  });
});
