import { data, ok, rule, run } from "../data";
import { parseBasis } from "../../../../src/core/basis/parse";

describe("annual-increment", () => {
  it("reads 年間2医療機関の増加 as base + 2 × n", () => {
    const r = rule("実績ベースで年間2医療機関の増加を目指す。");
    expect(r).toMatchObject({ kind: "annual-increment", direction: 1, step: { value: 2, counter: "医療機関" } });
    const ev = ok(run("年間2医療機関の増加", data({ series: [["R6", 12]] })));
    expect(ev.value).toBe(24);
    expect(ev.formula).toBe("12 + 2 × 6 = 24");
    expect(ev.unitWritten).toBe("医療機関");
  });

  it("reads 毎年100人程度の利用者増 as approximate", () => {
    expect(rule("毎年100人程度の利用者増を見込む。")).toMatchObject({
      kind: "annual-increment",
      approx: true,
      step: { value: 100 },
    });
  });

  it("reads 50人/年の削減 as a yearly decrease", () => {
    const ev = ok(run("50人/年の削減を目指す", data({ series: [["R6", 1000]] })));
    expect(ev.value).toBe(700);
  });

  it("converts a scale word in the step to the row's unit (毎年1万人 on a 人 row)", () => {
    expect(ok(run("毎年1万人の増加", data({ series: [["R6", 50000]] }))).value).toBe(110000);
  });

  it("needs a yearly marker: 2件の増加 alone is an amount once, not each year", () => {
    expect(parseBasis("2件の増加を目指す")).toMatchObject({ kind: "annual-increment", once: true });
    expect(parseBasis("毎年2件の増加を目指す")).not.toHaveProperty("once");
  });
});
