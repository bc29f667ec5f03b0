import { data, ok, rule, run } from "../data";
import { parseBasis } from "../../../../src/core/basis/parse";

describe("step-every", () => {
  it("reads 2か年1組織 as one step every two years", () => {
    expect(rule("2か年1組織の設立を目指す")).toMatchObject({
      kind: "step-every",
      every: 2,
      step: { value: 1, counter: "組織" },
    });
    const ev = ok(run("2か年1組織の増加", data({ series: [["R6", 10]] })));
    expect(ev.value).toBe(13);
  });

  it("floors partial periods: every 4 years over 6 years is one step", () => {
    expect(ok(run("4年ごとに1校", data({ series: [["R6", 5]] }))).value).toBe(6);
  });

  it("does not read 2か年 without a counted step", () => {
    expect(parseBasis("2か年で検討する")).toEqual({ kind: "unparsed", reason: "no-rule" });
  });
});
