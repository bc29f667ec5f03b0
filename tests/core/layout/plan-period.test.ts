import { planPeriodEnd } from "../../../src/core/layout/plan-period";

describe("plan period in a title", () => {
  it.each([
    ["■第3期共生ビジョン期間：令和8年度～令和12年度(5年間)", 2030],
    ["計画期間 R8〜R12", 2030],
    ["令和７年度~令和11年度", 2029],
    ["2026年度－2030年度", 2030],
  ])("%s ends in FY%i", (text, fy) => {
    expect(planPeriodEnd(text)?.fy).toBe(fy);
  });

  it("a single year or no range is no period", () => {
    expect(planPeriodEnd("令和12年度目標")).toBeNull();
    expect(planPeriodEnd("第3期伊那地域定住自立圏共生ビジョン KPIについて")).toBeNull();
    expect(planPeriodEnd("1歳～11歳に占める割合")).toBeNull();
  });
});
