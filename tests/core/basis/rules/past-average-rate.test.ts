import { data, ok, rule, run } from "../data";
import { parseBasis } from "../../../../src/core/basis/parse";

describe("past-average-rate", () => {
  it("reads H18~H23までの平均減少率約6% and compounds it from the base", () => {
    const r = rule("H18~H23までの平均減少率約6%を今後も維持する");
    expect(r).toMatchObject({ kind: "past-average-rate", percent: 6, direction: -1, approx: true });
    expect(r).toMatchObject({ from: { label: "H18" }, to: { label: "H23" } });
    const ev = ok(run("H18~H23までの平均減少率約6%", data({ series: [["R6", 1000]] })));
    expect(ev.value).toBeCloseTo(1000 * 0.94 ** 6, 9);
  });

  it("reads 平均伸び率 as growth", () => {
    expect(rule("2015年度～2020年度の平均伸び率3%")).toMatchObject({
      kind: "past-average-rate",
      direction: 1,
      percent: 3,
    });
  });

  it("reads the mean and the rate word apart: R1～R5の平均の増加率2%, R1年度からR5年度までの減少率1.5%", () => {
    expect(rule("R1～R5の平均の増加率2%を維持")).toMatchObject({ kind: "past-average-rate", percent: 2, direction: 1 });
    expect(rule("R1年度からR5年度までの減少率1.5%")).toMatchObject({
      kind: "past-average-rate",
      percent: 1.5,
      direction: -1,
    });
  });

  it("near miss: a rate word with no percent after it, or far from the range, is not this rule", () => {
    expect(parseBasis("H18~H23までの平均減少率を維持")).not.toMatchObject({ kind: "past-average-rate" });
    expect(parseBasis("H18~H23までの実績を踏まえた伸び率3%")).not.toMatchObject({ kind: "past-average-rate" });
  });
});
