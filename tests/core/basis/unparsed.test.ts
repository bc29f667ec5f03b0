import { parseBasis } from "../../../src/core/basis/parse";

describe("not computable, with the reason", () => {
  it.each([
    ["増加を目指す", "direction-only"],
    ["利用者の減少を抑える", "direction-only"],
    ["全国平均を目指す", "external-reference"],
    ["国の指針に基づき設定", "external-reference"],
    ["数値目標は設定しない", "no-target"],
    ["全体で毎年数件程度の増加を目指す。", "vague"],
    ["現状、定期的に開催している部会や担当者会議の実施回数を参考とし、目標回数の実施を目指す。", "vague"],
    ["産業振興KPI管理表", "no-rule"],
    ["", "no-rule"],
  ])("%s → %s", (text, reason) => {
    expect(parseBasis(text)).toEqual({ kind: "unparsed", reason });
  });

  it("reads a value given for an outside reference: 全国平均(85%)を目指す", () => {
    expect(parseBasis("全国平均(85%)を目指す")).toMatchObject({ kind: "reach-level", value: { value: 85 } });
  });

  it("lets 数値目標は設定しない win over a number in the same text", () => {
    expect(parseBasis("R6は12件だが数値目標は設定しない")).toEqual({ kind: "unparsed", reason: "no-target" });
  });
});
