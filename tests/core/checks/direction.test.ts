import type { RowTarget } from "../../../src/core/report/schema";
import { indicatorDirection, textDirection } from "../../../src/core/checks/direction-words";
import { check, checkRows, CLEAN, codes, kyoseiGrid } from "./builder";

describe("indicatorDirection", () => {
  it.each([
    ["がんによる死亡率（人口10万対）", "down"],
    ["市内におけるCO₂排出量", "down"],
    ["市有施設における二酸化炭素排出量", "down"],
    ["待機児童数", "down"],
    ["交通事故件数", "down"],
    ["火災発生件数", "down"],
    ["再生可能エネルギーによるCO₂排出抑制量", "up"],
    ["交通事故防止講習の参加者数", "up"],
    ["地域産材の地域内消費量", "up"],
    ["養成講座による人材育成（シルバーリハビリ体操指導士など）", "up"],
  ])("%s → %s", (indicator, dir) => {
    expect(indicatorDirection(indicator)).toBe(dir);
  });

  it("basis words: 削減 means down, 増加 up, both or neither say nothing", () => {
    expect(textDirection("排出量を25パーセント以上削減します")).toBe("down");
    expect(textDirection("R6の現状から年1%の増加を目指す。")).toBe("up");
    expect(textDirection("現状の水準を参考とする")).toBeNull();
    expect(textDirection("減少傾向を踏まえ増加を目指す")).toBeNull();
  });
});

describe("TARGET_DIRECTION", () => {
  const WOOD = {
    ...CLEAN,
    indicator: "地域産材の地域内消費量",
    baseline: "51㎥/年",
    baselineYear: "R6",
    previousTarget: "55㎥/年",
    actuals: ["48㎥/年", "50㎥/年", "49㎥/年", "51㎥/年"],
    target: "50㎥/年",
    basis: "これまでの実績を参考に設定",
  };

  it("a target below the current value for an indicator meant to rise", () => {
    const f = checkRows([WOOD]);
    expect(codes(f)).toEqual([["TARGET_DIRECTION", "N5"]]);
    expect(f[0].severity).toBe("warning");
    expect(f[0].messageKey).toBe("TARGET_DIRECTION.down");
    expect(f[0].params).toMatchObject({ found: "50㎥/年", current: "51㎥/年", currentCell: "K5" });
  });

  it("silent when the target rises", () => {
    expect(codes(checkRows([{ ...WOOD, target: "55㎥/年" }]))).toEqual([]);
  });

  it("silent when a reason is written", () => {
    expect(codes(checkRows([{ ...WOOD, reason: "森林整備の計画縮小に合わせて目標値を見直す。" }]))).toEqual([]);
  });

  it("silent when the basis says to reduce", () => {
    expect(codes(checkRows([{ ...WOOD, basis: "搬出量の抑制方針により現状から減少を見込む。" }]))).toEqual([]);
  });

  it("silent when the basis states the target figure itself", () => {
    expect(codes(checkRows([{ ...WOOD, basis: "これまでの51㎥/年から50㎥/年へと変更する。" }]))).toEqual([]);
  });

  it("silent when the basis engine's computed value goes down too", () => {
    const verdict: RowTarget = {
      status: "match",
      stated: { text: "50㎥/年", value: 50 },
      computed: { value: 50.4, display: "50㎥/年" },
      rule: "average-plus-percent",
      explanation: "",
      parts: [],
    };
    expect(codes(check(kyoseiGrid([WOOD]), new Map([[5, verdict]])))).toEqual([]);
  });

  it("a lower-is-better indicator going down is silent, going up is flagged", () => {
    const deaths = {
      ...CLEAN,
      indicator: "がんによる死亡率（人口10万対）",
      baseline: "265.5人",
      baselineYear: "R6",
      previousTarget: "250人",
      actuals: ["270.1人", "268.0人", "266.2人", "265.5人"],
      target: "238人",
      basis: "国の目標を参考に設定",
    };
    expect(codes(checkRows([deaths]))).toEqual([]);
    const f = checkRows([{ ...deaths, target: "280人" }]);
    expect(codes(f)).toEqual([["TARGET_DIRECTION", "N5"]]);
    expect(f[0].messageKey).toBe("TARGET_DIRECTION.up");
  });

  it("the basis asking for a reduction overrides the indicator's words", () => {
    const row = { ...WOOD, indicator: "公用車の燃料使用量", basis: "燃料使用量を10%削減する。", target: "60㎥/年" };
    expect(codes(checkRows([row]))).toEqual([["TARGET_DIRECTION", "N5"]]);
  });
});
