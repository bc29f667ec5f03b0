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

  it("reads other rate words and spacing: 成長率1.05を乗じる, 伸び率 (0.95)", () => {
    expect(rule("R5実績に成長率1.05を乗じる")).toMatchObject({ kind: "growth-multiplier", factor: 1.05 });
    expect(rule("現状値×伸び率 (0.95)")).toMatchObject({ kind: "growth-multiplier", factor: 0.95 });
    expect(ok(run("実績×増加率(1.2)", data({ series: [["R6", 50]] }))).value).toBeCloseTo(60, 9);
  });

  it("near miss: a mean rate word, a percent, a factor too large are not a multiplier", () => {
    expect(parseBasis("平均伸び率(1.05)")).not.toMatchObject({ kind: "growth-multiplier" });
    expect(parseBasis("伸び率1.1%の増加")).not.toMatchObject({ kind: "growth-multiplier" });
    expect(parseBasis("伸び率(12)")).not.toMatchObject({ kind: "growth-multiplier" });
  });

  it("does not read the words 実績の伸び率 without a factor", () => {
    expect(parseBasis("実績の伸び率")).toEqual({ kind: "unparsed", reason: "direction-only" });
  });
});
