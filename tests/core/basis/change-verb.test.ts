import { data, ok, run } from "./data";
import { parseBasis } from "../../../src/core/basis/parse";

/**
 * A one-off change stated by an amount and then the change verb, in any of its forms
 * (「30人増やすことを目指す」「5件引き下げます」「10%減らし、…」): base ± the amount once, as
 * 「30人の増加」 already reads. Sentences invented for these tests.
 */

const on = (base: number) => data({ series: [["R6", base]] });
const value = (text: string, base: number) => ok(run(text, on(base))).value;

/** Counts with their change verbs, in several conjugations and goal endings. */
const COUNT_CASES: [string, number, number][] = [
  ["R6の実績値から30人増やすことを目指す", 200, 230],
  ["現状値を30人増やす", 200, 230],
  ["現状値から30人増やします", 200, 230],
  ["現状値から30人増やし、定着を図る", 200, 230],
  ["基準値より5件増加させる", 40, 45],
  ["基準値より5件増加させます", 40, 45],
  ["基準値より5件増加させることを目標とする", 40, 45],
  ["利用者を12人伸ばすことをめざす", 88, 100],
  ["受講者数を20人引き上げる", 80, 100],
  ["現状より20件削減します", 120, 100],
  ["R6の実績から8回減らすことを目指します。", 50, 42],
  ["現状値から5件引き下げる", 45, 40],
  ["待機者を15人減少させ、解消を図る", 60, 45],
  ["事故件数を3件引下げることを目標に取り組む", 13, 10],
];

/** Percents with their change verbs: base × (1 ± p), once. */
const PERCENT_CASES: [string, number, number][] = [
  ["R5年度の値から10%減らすことを目標とする", 200, 180],
  ["現状から10%引き上げる", 200, 220],
  ["現状値から20%引き下げることを目指す", 150, 120],
  ["R6比で5%増やします", 400, 420],
];

describe("an amount, then the change verb: a one-off change", () => {
  it.each(COUNT_CASES)("%s (base %d → %d)", (text, base, expected) => {
    expect(parseBasis(text)).toMatchObject({ kind: "annual-increment", once: true });
    expect(value(text, base)).toBe(expected);
  });

  it.each(PERCENT_CASES)("%s (base %d → %d)", (text, base, expected) => {
    expect(parseBasis(text)).toMatchObject({ kind: "one-off-change" });
    expect(value(text, base)).toBeCloseTo(expected, 9);
  });

  it("keeps the year the text names as the base", () => {
    expect(parseBasis("R6の実績値から30人増やすことを目指す")).toMatchObject({ baseYear: { label: "R6" } });
  });
});

describe("near misses: not a one-off change", () => {
  it("a yearly amount stays a step each year (base + 30 × 6 to R12)", () => {
    for (const text of ["年30人増やす", "毎年30人増加させる", "年間30人増やすことを目指す"]) {
      expect([text, parseBasis(text)]).toEqual([text, expect.not.objectContaining({ once: true })]);
      expect([text, value(text, 200)]).toEqual([text, 380]);
    }
  });

  it("a level to reach (まで, に, へ) is the level, not a change of that amount", () => {
    expect(value("30人まで増やす", 20)).toBe(30);
    expect(value("800社に増加させる", 600)).toBe(800);
    expect(value("10%まで引き上げる", 6)).toBe(10);
    expect(parseBasis("30人以上を維持")).toMatchObject({ kind: "reach-level", value: { value: 30 } });
  });

  it("a number that belongs to another quantity is never the change (「3施設で30人増やす」)", () => {
    expect(value("3施設で30人増やす", 100)).toBe(130);
    expect(value("市内3施設で利用者を30人増やすことを目指す", 100)).toBe(130);
  });

  it("a level set after the change is the goal (「30人増やし、80人とする」)", () => {
    expect(parseBasis("現状値から30人増やし、80人とする")).toMatchObject({ kind: "fixed", value: { value: 80 } });
  });

  it("a past fact, or a change with no end, stays 検証不可", () => {
    for (const text of [
      "R5に30人増加したため",
      "30人増やしていく",
      "30人増やしてきた",
      "30人引き上げられた",
      "R5は30人増加し、好調であった",
    ]) {
      expect([text, parseBasis(text)]).toEqual([text, { kind: "unparsed", reason: "no-rule" }]);
    }
  });

  it("a percent the text reports as past or ongoing is no change to make", () => {
    for (const text of ["R5は10%増加した", "前年度より10%増加しました。", "R5は5%減少したため", "10%減少しています"]) {
      expect([text, parseBasis(text)]).toEqual([text, { kind: "unparsed", reason: "no-rule" }]);
    }
    // The reported change beside the goal: the goal is read.
    expect(parseBasis("10%減少しており、R6の水準を維持する")).toMatchObject({ kind: "maintain" });
    expect(parseBasis("R5は10%増加したため、R12まで年1%の増加を目指す")).toMatchObject({
      kind: "compound-growth",
      percent: 1,
    });
  });

  it("a percent change in the attributive past names the goal (「10%増やした値」)", () => {
    expect(value("R6の実績から10%増やした値", 200)).toBeCloseTo(220, 9);
    expect(value("R6から10%削減させた値を目標とする", 200)).toBeCloseTo(180, 9);
    expect(value("10%増加した実績値を目標とする", 200)).toBeCloseTo(220, 9);
  });

  it("a change naming a past outcome (「10%増加した実績」「5%削減した結果」) is no change to make", () => {
    // The goal is the verb that follows: keep the level reached, not add the 10% again.
    expect(parseBasis("10%増加した実績を維持する")).toEqual({ kind: "maintain" });
    expect(value("10%増加した実績を維持する", 200)).toBe(200);
    expect(parseBasis("5%削減した結果を維持する")).toEqual({ kind: "maintain" });
    expect(parseBasis("R5は10%増加した実績がある")).toEqual({ kind: "unparsed", reason: "no-rule" });
    // A yearly pace kept is the pace going on (年1% a year), not a level.
    expect(parseBasis("年1%増加した実績を維持する")).toMatchObject({ kind: "compound-growth", percent: 1 });
    // The reported outcome beside the goal: the goal is read.
    expect(parseBasis("10%増加した実績があり、さらに5%の増加を目指す")).toMatchObject({
      kind: "one-off-change",
      percent: 5,
    });
  });
});
