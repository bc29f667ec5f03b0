import { data, ok, rule, run } from "../data";
import { parseBasis } from "../../../../src/core/basis/parse";

describe("fixed", () => {
  it("reads …1件/年とする", () => {
    expect(rule("過去の実績値が1件のみのため1件/年とする。")).toMatchObject({
      kind: "fixed",
      value: { value: 1, counter: "件" },
    });
  });

  it("reads 目標値を2件とする past other numbers in the reason", () => {
    const text = "令和8年度から着手し、完成に最低2年かかることを考慮し、目標値を2件とする。";
    expect(rule(text)).toMatchObject({ kind: "fixed", value: { value: 2 } });
    expect(ok(run(text, data({ series: [["R6", 7]] }))).value).toBe(2);
  });

  it("reads the new value of 4回/年から3回/年へと変更する", () => {
    expect(rule("これまでの4回/年から3回/年へと変更する。")).toMatchObject({ kind: "fixed", value: { value: 3 } });
  });

  it("reads a level set per year or as a percent: 年間10件とする, 満足度50%とする, 毎年度3回に設定", () => {
    expect(rule("年間10件とする")).toMatchObject({ kind: "fixed", value: { value: 10, counter: "件" } });
    expect(rule("満足度を50%とする")).toMatchObject({ kind: "fixed", value: { value: 50, counter: "%" } });
    expect(rule("毎年度3回に設定する")).toMatchObject({ kind: "fixed", value: { value: 3, counter: "回" } });
  });

  it("near miss: a yearly change set as the goal is not a fixed level (年10件の増加とする)", () => {
    expect(parseBasis("年10件の増加とする")).toMatchObject({ kind: "annual-increment" });
    expect(parseBasis("毎年2%の増加とする")).toMatchObject({ kind: "compound-growth" });
  });

  it("does not take a number that is not what is set (4回/年から… without 変更)", () => {
    expect(parseBasis("これまで4回/年実施してきた")).not.toMatchObject({ kind: "fixed" });
  });
});
