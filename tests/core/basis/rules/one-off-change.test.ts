import { data, ok, rule, run } from "../data";
import { parseBasis } from "../../../../src/core/basis/parse";

describe("one-off-change", () => {
  it("reads 約10%の増加 once, approximate, from the named base", () => {
    const r = rule("過去の実績を踏まえR6の現状から約10%の増加を目指す。");
    expect(r).toMatchObject({ kind: "one-off-change", percent: 10, direction: 1, approx: true });
    expect(ok(run("R6の現状から約10%の増加", data({ series: [["R6", 124]] }))).value).toBeCloseTo(136.4, 9);
  });

  it("reads a decrease with a bound: 25%以上減らす → result ≤ base × 0.75", () => {
    const r = rule("R6比で25%以上減らします");
    expect(r).toMatchObject({ kind: "one-off-change", percent: 25, direction: -1, bound: "以下" });
    expect(ok(run("R6比で25%以上減らします", data({ series: [["R6", 205]] }))).value).toBeCloseTo(153.75, 9);
  });

  it("reads 5%減少 and 10%抑制 as decreases", () => {
    expect(rule("5%減少を目指す")).toMatchObject({ direction: -1, percent: 5 });
    expect(rule("10%抑制する")).toMatchObject({ direction: -1, percent: 10 });
  });

  it("gives the points reading for a % indicator (64.8% + 5 = 69.8%)", () => {
    const ev = ok(
      run("登録割合(3市町村平均)から5%増加。", data({ series: [["R6", 64.8]], percent: true, decimals: 1 })),
    );
    expect(ev.value).toBeCloseTo(68.04, 9);
    expect(ev.alternatives).toEqual([expect.objectContaining({ kind: "points", value: expect.closeTo(69.8, 9) })]);
  });

  it("needs a change word: a bare 10% is not a change", () => {
    expect(parseBasis("R6の現状の10%")).toEqual({ kind: "unparsed", reason: "no-rule" });
  });
});
