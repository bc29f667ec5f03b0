import { data, ok, rule, run } from "../data";
import { parseBasis } from "../../../../src/core/basis/parse";

describe("compound-growth", () => {
  it("reads 年1%の増加 from the year named as base and compounds over n = R12 − R6", () => {
    const r = rule("R6の現状から年1%の増加を目指す。");
    expect(r).toMatchObject({ kind: "compound-growth", percent: 1, direction: 1 });
    expect(r.baseYear?.label).toBe("R6");
    const ev = ok(
      run(
        "R6の現状から年1%の増加を目指す。",
        data({
          series: [
            ["R5", 17814],
            ["R6", 17842],
          ],
        }),
      ),
    );
    expect(ev.value).toBeCloseTo(17842 * 1.01 ** 6, 6);
    expect(ev.formula).toBe("17,842 × 1.01⁶ = 18,939.6");
  });

  it("reads 年間2割程度の拡大 as 20% a year, approximate", () => {
    const r = rule("年間2割程度の利用者拡大を目指す");
    expect(r).toMatchObject({ kind: "compound-growth", percent: 20, direction: 1, approx: true });
  });

  it("reads a yearly decrease (毎年3%削減) as (1 − r)^n", () => {
    const ev = ok(run("毎年3%削減する", data({ series: [["R6", 1000]] })));
    expect(ev.value).toBeCloseTo(1000 * 0.97 ** 6, 6);
  });

  it("reads 前年度比5%増 as compounding", () => {
    expect(rule("前年度比5%増を目指す")).toMatchObject({ kind: "compound-growth", percent: 5, direction: 1 });
  });

  it("offers one period fewer and more, and the points reading on a percentage", () => {
    const ev = ok(run("年1%の増加", data({ series: [["R6", 36.4]], percent: true, decimals: 1 })));
    const periods = ev.alternatives.filter((a) => a.kind === "periods").map((a) => a.value);
    expect(periods[0]).toBeCloseTo(36.4 * 1.01 ** 5, 6);
    expect(periods[1]).toBeCloseTo(36.4 * 1.01 ** 7, 6);
    expect(ev.alternatives.find((a) => a.kind === "points")?.value).toBeCloseTo(42.4, 6);
  });

  it("does not compound a percent without 年/毎年 (that is one-off)", () => {
    expect(parseBasis("R6の現状から1%の増加を目指す")).toMatchObject({ kind: "one-off-change" });
  });
});
