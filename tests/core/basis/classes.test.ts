import { computeRowTarget } from "../../../src/core/targets/row-target";
import type { RowTarget } from "../../../src/core/report/schema";
import { buildRow, R12, type RowSpec } from "../targets/row-builder";

/**
 * Issue 14, point 3: each phrasing class seen in real plans, on sentences invented for these
 * tests (several variants of each shape), and a near miss of each that must stay 検証不可 —
 * never a verdict on a number no reading of the text gives.
 */

const run = (spec: RowSpec): RowTarget => computeRowTarget(buildRow(spec), R12).target;
const people = (baseline: string, target: string, basis: string, indicator = "地域生活移行者数"): RowSpec => ({
  indicator,
  baseline,
  baselineYear: "R4",
  target,
  basis,
});
const latest = (actual: string, target: string, basis: string): RowSpec => ({
  actuals: ["", "", "", actual],
  target,
  basis,
});
const latest4 = (actuals: string[], target: string, basis: string): RowSpec => ({ actuals, target, basis });

function expectVerdict(spec: RowSpec, status: "match" | "mismatch" | "computed", value: number): void {
  const t = run(spec);
  expect([spec.basis || spec.target, t.status]).toEqual([spec.basis || spec.target, status]);
  expect(t.computed?.value).toBeCloseTo(value, 3);
}

function expectUnverifiable(spec: RowSpec): void {
  const t = run(spec);
  expect([spec.basis, t.status, t.computed]).toEqual([spec.basis, "unverifiable", null]);
}

describe("share of a population", () => {
  it("with the count the text works out, or the population in the base column", () => {
    expectVerdict(
      people("640人", "19人", "令和4年度末の入所者数(640人)の3パーセントである19人を目標とする"),
      "match",
      19.2,
    );
    expectVerdict(people("240人", "6人以上", "2.5%にあたる6人以上の移行を目指す"), "match", 6);
    expectVerdict(people("262人", "11人以上", "入所者数の4.2%(11人)以上とする"), "match", 11.004);
    expectVerdict(people("300人", "20人", "施設入所者(300人)のうち5%が地域へ移行する"), "mismatch", 15);
  });

  it("adds a carried-over count, and reads an indicator that counts the reduction", () => {
    expectVerdict(people("200人", "7人", "入所者数の2%(4人)以上に前期の未達成分3人を追加し7人とする"), "match", 7);
    const cut = (basis: string, target: string) => people("500人", target, basis, "施設入所者の削減数");
    expectVerdict(cut("R4年度末の施設入所者から2%以上削減する", "10人"), "match", 10);
    expectVerdict(cut("施設入所者(500人)から3%以上減らす", "14人"), "mismatch", 15);
  });

  it("on a percentage indicator, 「利用者の80%以上が満足」 is the level, not a share of it", () => {
    expectVerdict(latest("75%", "80%", "利用者の80%以上が満足と回答することを目指す"), "match", 80);
    expectVerdict(latest("75%", "70%", "参加者数の70%以上"), "match", 70);
    expectVerdict(latest("75%", "60%", "回答者の70%以上が満足"), "mismatch", 70);
  });

  it("near miss: a rate with no population and no count stays 検証不可", () => {
    expectUnverifiable(people("240人", "6人", "入所者の状況を踏まえ、2.5%程度の移行を見込む"));
  });
});

describe("from–to in one sentence", () => {
  it("the level after から…へ/に, and a factor applied to the base the text states", () => {
    expectVerdict(latest("42人", "80人以上", "42人から毎年80人以上へ"), "match", 80);
    expectVerdict(latest("30%", "35%", "約30%から約35%に引き上げる"), "match", 35);
    expectVerdict(latest("447人", "300人", "倍増(150人から300人)を目指す"), "match", 300);
    expectVerdict(latest("0人", "12人", "0人から15人へ"), "mismatch", 15);
  });

  it("near miss: a start with no end stays 検証不可", () => {
    expectUnverifiable(latest("42人", "80人", "42人から増やしていく"));
  });
});

describe("ratios to now", () => {
  it("現状比, N割増, N割以上増加", () => {
    expectVerdict(latest("200件", "170件", "現状比で概ね85%以下とする"), "match", 170);
    expectVerdict(latest("100人", "170人", "R6の7割増を目指す"), "match", 170);
    expectVerdict(latest("100人", "130人", "3割以上増加させる"), "match", 130);
    expectVerdict(latest("100人", "120人", "R6比90%の水準とする"), "mismatch", 90);
  });

  it("near miss: a 比 with no rate stays 検証不可", () => {
    expectUnverifiable(latest("200件", "170件", "現状比で減少させる"));
  });
});

describe("amounts of change", () => {
  it("「約N人(k倍)増加」 adds the amount; the factor reading is named", () => {
    expectVerdict(latest("400人", "880人", "約480人(1.2倍)増加する"), "match", 880);
    expectVerdict(latest("1,000人", "1,300人", "約300人(0.3倍)増加させる"), "match", 1300);
    const t = run(latest("500人", "1,100人", "約600人(1.2倍)増加する"));
    expect(t.status).toBe("match");
    expect(t.explanation).toContain("500 + 600 = 1,100");
  });

  it("an amount of change once: in the basis, or as the target cell's own rule", () => {
    expectVerdict(latest("1,500人", "2,000人", "R6から500人増加させる"), "match", 2000);
    expectVerdict(latest("300件", "400件", "現状から100件増やす"), "match", 400);
    expectVerdict({ baseline: "50,000", baselineYear: "R1", target: "12,400キロリットル削減" }, "computed", 37600);
    expectVerdict(latest("1,000人", "900人", "200人の削減を目指す"), "mismatch", 800);
    expectVerdict(latest("200人", "230人", "R6の実績値から30人増やすことを目指す"), "match", 230);
    expectVerdict(latest("45件", "40件", "現状値から5件引き下げます"), "match", 40);
    expectVerdict(latest("200件", "170件", "R6の値から10%減らすことを目標とする"), "mismatch", 180);
  });

  it("near miss: a change stated as a past fact is no goal", () => {
    expectUnverifiable(latest("1,000人", "1,100人", "R5に100人増加したため"));
  });

  it("near miss: an amount with no change word after it is not taken as a change", () => {
    expect(run(latest("400人", "880人", "約480人(1.2倍)")).computed?.value).not.toBe(880);
  });
});

describe("levels and bounds", () => {
  it("にする, に向上, 社に, を超えない, 継続的に以上, ポイント向上", () => {
    expectVerdict(latest("52%", "60%", "満足度を60%にする"), "match", 60);
    expectVerdict(latest("70%", "75%", "75%に向上させる"), "match", 75);
    expectVerdict(latest("700社", "800社", "令和12年度までに800社に"), "match", 800);
    expectVerdict(latest("900人", "1,000人", "1,000人を超えないようにする"), "match", 1000);
    expectVerdict(latest("900人", "1,100人", "1,000人を超えないようにする"), "mismatch", 1000);
    expectVerdict(latest("52%", "40%", "継続的に40%以上を維持する"), "match", 40);
    expectVerdict(latest("52%", "57%", "R6から5ポイント向上"), "match", 57);
  });

  it("a range: inside matches, above or below it does not", () => {
    expectVerdict(latest("25%", "40%", "30%以上50%以下を目指す"), "match", 50);
    expectVerdict(latest("25%", "60%", "30%以上50%以下を目指す"), "mismatch", 50);
    expectVerdict(latest("25%", "20%", "30%以上50%以下を目指す"), "mismatch", 50);
    expectVerdict(latest("25人", "45人", "40人以上60人未満とする"), "match", 60);
  });

  it("near miss: a rate level on a count row stays 検証不可", () => {
    expectUnverifiable(latest("900人", "1,000人", "参加率を60%に向上させる"));
  });
});

describe("periods and written formulas", () => {
  it("「(1%×3年)」 overrides the sheet's span; the simple sum is the other reading", () => {
    expectVerdict(latest("1,000t", "970t", "年平均1%以上削減する(1%×3年)"), "match", 970.299);
    expectVerdict(latest("2,000t", "1,880.0t", "毎年2%の削減を目標とする(2%×3年)"), "mismatch", 1882.384);
    const t = run(latest("2,000t", "1,880.0t", "毎年2%の削減を目標とする(2%×3年)"));
    expect(t.alternatives?.map((a) => a.value)).toEqual([1880]);
  });

  it("an explicit formula is evaluated as written", () => {
    expectVerdict(latest("12,000人", "14,700人", "12,300人×(1+3%)6=14,700人"), "match", 14686.843);
    expectVerdict(latest("500件", "600件", "500件×(1+0.05)^4"), "mismatch", 607.753);
    expectVerdict(latest("900人", "800人", "1,000人×(1-2%)5"), "mismatch", 903.921);
  });

  it("near miss: a formula with no number of periods stays 検証不可", () => {
    expectUnverifiable(latest("12,000人", "14,700人", "人口×(1+伸び率)で算出"));
  });
});

describe("a period average (「N年間平均で…以下」)", () => {
  it("the target is the period's mean: the text's level is compared as its bound", () => {
    const basis = "令和10年度から12年度までの3年間平均で1,200t以下とする";
    expectVerdict(latest("1,300t", "1,200t", basis), "match", 1200);
    expectVerdict(latest("1,300t", "1,150t", basis), "match", 1200);
    expectVerdict(latest("1,300t", "1,250t", basis), "mismatch", 1200);
    expectVerdict(latest("80%", "85%", "計画期間5か年の平均値で85%以上を維持する"), "match", 85);
    expectVerdict(latest("1,300t/年", "1,200t/年", "3年間平均で1,200t/年以下とする"), "match", 1200);
    expectVerdict(latest("120人", "140人", "R8～R12の5年間の平均で150人を目指す"), "mismatch", 150);
    expect(run(latest("80%", "85%", "計画期間5か年の平均値で85%以上を維持する")).rule).toBe("period-average");
    expect(run(latest("1,300t", "1,200t", basis)).explanation).toContain("3年間の平均で根拠の1,200t以下");
    // A mismatch on a bound says what it was judged on, not that the range matches.
    const over = run(latest("1,300t", "1,250t", basis));
    expect(over.explanation).toContain("1,250tと不一致。根拠は1,200以下を求めるため、目標値がその範囲内かどうかで判定");
    expect(over.explanationEn).toContain("judged on whether the stated value is within that bound");
  });

  it("near miss: a rate as the mean of a count row, and a change over the period, are not a level", () => {
    expectUnverifiable(latest("80件", "85件", "3年間の平均で85%以上とする"));
    expect(run(latest("1,300t", "1,170t", "3年間平均で10%削減する")).rule).not.toBe("period-average");
  });

  it("a yearly change averaged over the period is its own reading: 検証不可 with why, never compound growth", () => {
    for (const [basis, why] of [
      ["3年間平均で年1%以上の増加を目指す", "3年間の平均で年1%以上の増加"],
      ["5か年の平均で毎年2%の削減を図る", "5年間の平均で年2%の減少"],
      ["計画期間4年間の平均で年率1.5%の増加を確保する", "4年間の平均で年1.5%の増加"],
    ]) {
      const t = run(latest("100人", "106人", basis));
      expect([basis, t.status, t.computed, t.rule]).toEqual([basis, "unverifiable", null, "period-average"]);
      expect(t.explanation).toContain(why);
      expect(t.explanation).toContain("複利とは読みません");
    }
  });

  it("near miss: the same yearly change with no period mean is compound growth", () => {
    expectVerdict(latest("100人", "106人", "年1%以上の増加を目指す"), "match", 106.152);
    expectVerdict(latest("100人", "89人", "毎年2%の削減を図る"), "match", 88.584);
  });
});

describe("an average of the last N years (過去Nか年平均)", () => {
  const rows = (actuals: string[], target: string, basis: string, extra: Partial<RowSpec> = {}): RowSpec => ({
    actuals,
    target,
    basis,
    ...extra,
  });

  it("averages the N fiscal years up to the latest, and names a blank one as missing", () => {
    const full = ["1,200t", "1,250t", "1,280t", "1,300t"];
    expectVerdict(rows(full, "1,150t", "過去3か年平均から10%削減する"), "match", 1149);
    expectVerdict(rows(full, "1,340t", "過去3か年の平均値から5%増加させる"), "match", 1340.5);
    const gap = computeRowTarget(
      buildRow(rows(["", "1,250t", "", "1,300t"], "1,150t", "過去3か年平均から10%削減する")),
      R12,
    );
    expect(gap.target.computed?.value).toBeCloseTo(1147.5, 6);
    expect(gap.findings.map((f) => [f.messageKey, f.message.includes("R5")])).toContainEqual([
      "BASIS_DATA_MISSING",
      true,
    ]);
  });

  it("near miss: never reaches back to the baseline, and one value is no average", () => {
    const back = rows(["", "", "1,280t", "1,300t"], "1,070t", "過去3か年平均から10%削減する", {
      baseline: "1,000t",
      baselineYear: "R1",
    });
    // R4–R6 with R4 blank: (1,280 + 1,300) ÷ 2 × 0.9 = 1,161, not the baseline's (1,000 + …) ÷ 3 = 1,074.
    expectVerdict(back, "mismatch", 1161);
    expectUnverifiable(rows(["", "", "", "1,300t"], "1,170t", "過去3年間の平均から10%削減する"));
  });
});

describe("a total over the period (「5年間で2,000人」)", () => {
  const yearly = (target: string, basis: string): RowSpec => latest("380人/年", target, basis);
  const total = (target: string, basis: string): RowSpec => ({
    indicator: "参加者数（累計）",
    ...latest("400人", target, basis),
  });

  it("a yearly row takes the total per year; a 累計 row takes the total itself", () => {
    expectVerdict(yearly("400人/年", "5年間で2,000人の参加を目指す"), "match", 400);
    expectVerdict(yearly("500人/年", "5年間で2,000人の参加を目指す"), "mismatch", 400);
    expectVerdict(
      { indicator: "年間相談件数", ...latest("50件", "60件", "5か年で300件の相談対応を見込む") },
      "match",
      60,
    );
    expectVerdict(total("2,000人", "5年間で累計2,000人を目指す"), "match", 2000);
    expectVerdict(total("1,800人", "計画期間4か年の合計で1,800人とする"), "match", 1800);
    expectVerdict(total("1,500人", "3年間で1,800人を目標とする"), "mismatch", 1800);
    expect(run(yearly("400人/年", "5年間で2,000人の参加を目指す")).explanation).toContain("2,000 ÷ 5 = 400");
  });

  it("near miss: a row that says neither yearly nor total, a past total, and a change over the span", () => {
    const unclear = computeRowTarget(buildRow(latest("400人", "2,000人", "5年間で2,000人の参加を目指す")), R12);
    expect([unclear.target.status, unclear.target.computed]).toEqual(["unverifiable", null]);
    expect(unclear.findings.map((f) => f.messageKey)).toEqual(["BASIS_AMBIGUOUS.note"]);
    expect(unclear.findings[0].message).toContain("累計か1年あたりか");
    expectUnverifiable(yearly("400人/年", "過去5年間で2,000人が参加した。"));
    expect(run(latest("400人", "2,400人", "5年間で2,000人増加させる")).rule).not.toBe("period-total");
  });
});

describe("a point on the straight line to a later goal", () => {
  // Baseline 10,000t in H25 (2013); the row's target year is R12 (2030).
  const co2 = (target: string, basis: string, baselineYear = "H25"): RowSpec => ({
    baseline: "10,000t",
    baselineYear,
    actuals: ["8,000t", "7,800t", "7,600t", "7,500t"],
    target,
    basis,
  });

  it("base + (goal − base) × (point − base year) ÷ (goal year − base year)", () => {
    // 10,000 × (1 − 17/37) = 5,405.4
    expectVerdict(
      co2("5,400t", "基準年度(2013年度)と2050年度の目標(0t)を直線で結んだ2030年度の値とする"),
      "match",
      5405.405,
    );
    expectVerdict(co2("5,400t", "基準年と2050年の目標値(排出量ゼロ)を直線で結んだ2030年の値"), "match", 5405.405);
    expectVerdict(
      co2("5,000t", "2013年度と2050年度のカーボンニュートラルを直線で結び、2030年度の値とする"),
      "mismatch",
      5405.405,
    );
    // goal 80% below the base: 10,000 − 8,000 × 17/37 = 6,324.3
    expectVerdict(co2("6,300t", "基準年度と2050年度に80%削減する目標を直線で結んだ値を目標とする"), "match", 6324.324);
    // goal a level, base year H27 (2015): 10,000 + (4,000 − 10,000) × 15/35 = 7,428.6
    expectVerdict(co2("7,400t", "基準年と2050年度の4,000tを直線で結んだ2030年度の値", "H27"), "match", 7428.571);
    // The words for the line and for zero, however written: 線形で補間, 実質ゼロ.
    expectVerdict(co2("5,400t", "基準年と2050年度の実質ゼロを線形で補間した2030年度の値"), "match", 5405.405);
    const t = run(co2("5,400t", "基準年と2050年の目標値(排出量ゼロ)を直線で結んだ2030年の値"));
    expect(t.explanation).toContain("基準値欄D5（H25）の10,000");
    expect(t.explanation).toContain("10,000 + (0 − 10,000) × (2030 − 2013) ÷ (2050 − 2013) = 5,405.4");
  });

  it("near miss: no goal value, a base year the sheet lacks, no baseline year, a goal before the target", () => {
    expectUnverifiable(co2("5,400t", "基準年と2050年の目標を直線で結んだ2030年の値"));
    expectUnverifiable(co2("5,400t", "2010年度と2050年度の目標(0t)を直線で結んだ2030年度の値とする"));
    expectUnverifiable({ ...co2("5,400t", "基準年と2050年の目標(0t)を直線で結んだ2030年の値"), baselineYear: "" });
    expectUnverifiable(co2("5,400t", "基準年と2028年度の目標(0t)を直線で結んだ値とする"));
  });
});

describe("years written in either form (平成/令和 and 西暦) on one row", () => {
  const dated = (baselineYear: string, target: string, basis: string): RowSpec => ({
    baseline: "10,000t",
    baselineYear,
    actuals: ["8,000t", "7,800t", "7,600t", "7,500t"],
    target,
    basis,
  });

  it("reads a year the same whichever form it is in, and a bracketed restatement as one year", () => {
    expectVerdict(dated("H22", "7,000t", "平成22年度比で2030年度までに30%削減する"), "match", 7000);
    expectVerdict(dated("2010年度", "7,000t", "平成22年度(2010年度)比で令和12年度に30%削減"), "match", 7000);
    expectVerdict(latest("400人", "500人", "令和8年度に450人、2030年度に500人とする"), "match", 500);
    const range = (basis: string): RowSpec => ({
      actuals: ["100人", "200人", "300人", "400人"],
      target: "275人",
      basis,
    });
    expectVerdict(range("2021年度から令和6年度の平均から10%増加"), "match", 275);
    // A range written with each end restated stays a range (not a one-off change from R3).
    expectVerdict(range("令和3年度(2021年度)から令和6年度(2024年度)の平均から10%増加"), "match", 275);
    const co2 = dated("H25", "5,400t", "2013年度と令和32年度の目標(0t)を直線で結んだ令和12年度の値");
    expectVerdict(co2, "match", 5405.405);
    expectVerdict(
      { ...co2, basis: "平成25年度(2013年度)と2050年度の目標(0t)を直線で結んだ2030年度の値" },
      "match",
      5405.405,
    );
  });

  it("near miss: a base year the sheet lacks stays 検証不可, in either form", () => {
    expectUnverifiable(dated("H25", "9,000t", "平成22年(2010年)の値から10%削減"));
    expectUnverifiable(dated("H25", "9,000t", "2010年(平成22年)比で10%削減"));
  });
  it("a restatement naming another year is a doubt: 検証不可, both years named", () => {
    const doubt = (spec: RowSpec, written: string, restated: string) => {
      const r = computeRowTarget(buildRow(spec), R12);
      expect([spec.basis, r.target.status, r.target.computed]).toEqual([spec.basis, "unverifiable", null]);
      expect(r.target.explanation).toContain(written);
      expect(r.target.explanation).toContain(restated);
      expect(r.target.explanationEn).toContain(restated);
      expect(r.findings.map((f) => f.code)).toEqual(["BASIS_AMBIGUOUS"]);
      expect(r.findings[0].message).toContain(restated);
    };
    // The sheet has both years (R3–R6 actuals): either reading would give a verdict.
    const both = (target: string, basis: string) => latest4(["100人", "110人", "120人", "130人"], target, basis);
    doubt(both("110人", "令和3年(2022年)の実績から10%増加する"), "令和3年", "2022年");
    doubt(both("125人", "2022年度(令和5年度)比で年1%の増加を目指す"), "2022年度", "令和5年度");
    doubt(both("130人", "令和6年度(2023年度)の値を維持する"), "令和6年度", "2023年度");
    // Whatever the rule: a level reached by a clashing year is no verdict either.
    doubt(latest("400人", "500人", "令和12年(2029年)までに500人を目指す"), "令和12年", "2029年");
  });

  it("near miss: a restatement that agrees is one year, and a bracket saying more is no restatement", () => {
    expectVerdict(dated("H22", "7,000t", "平成22年度(2010年度)比で令和12年度に30%削減"), "match", 7000);
    expectVerdict(latest("400人", "500人", "令和12年(2030年)までに500人を目指す"), "match", 500);
    // 「令和6年度(2023年度実績)」: the bracket names the actual's year, not the same year again.
    expectVerdict(latest4(["", "", "400人", "420人"], "500人", "令和6年度(2023年度実績)から25%増加"), "match", 500);
    expectVerdict(
      latest4(["100人", "110人", "120人", "130人"], "130人", "令和6年度(2024年度)の値を維持する"),
      "match",
      130,
    );
  });
});

describe("what a straight line to a later goal lacks, said in words", () => {
  const co2 = (baselineYear: string, basis: string): RowSpec => ({
    indicator: "CO2排出量",
    baseline: "10,000t",
    baselineYear,
    actuals: ["8,000t", "7,800t", "7,600t", "7,500t"],
    target: "5,400t",
    basis,
  });
  const said = (spec: RowSpec) => {
    const r = computeRowTarget(buildRow(spec), R12);
    expect([r.target.status, r.target.computed, r.target.rule]).toEqual(["unverifiable", null, "linear-path"]);
    expect(r.target.explanation).not.toContain("—");
    return { explanation: r.target.explanation, findings: r.findings.map((f) => f.message).join("\n") };
  };

  it("no base year on the sheet or in the text, a goal without its value, a base year the sheet lacks", () => {
    const noYear = said(co2("", "基準年と2050年の目標(0t)を直線で結んだ2030年の値"));
    expect(noYear.explanation).toContain("直線の起点となる基準年度が根拠に書かれておらず");
    expect(noYear.findings).toContain("基準年度が根拠に書かれておらず、シートの基準年度・基準値からも読み取れません");
    const both = said(co2("", "基準年と2050年の目標を直線で結んだ2030年の値"));
    expect(both.explanation).toContain("2050年の目標値が根拠に書かれていません。また、直線の起点となる基準年度");
    const noGoal = said(co2("H25", "基準年度と2050年度の目標値を直線で結んだ値を目標とする"));
    expect(noGoal.explanation).toContain("2050年度の目標値が根拠に書かれていません");
    expect(noGoal.explanation).not.toContain("起点");
    const lacking = said(co2("H25", "平成22年度と2050年度の目標(0t)を直線で結んだ2030年度の値"));
    expect(lacking.findings).toContain("直線の起点となる基準年度（平成22年度）の値がシートにありません");
  });

  it("near miss: with the base year on the sheet and the goal written, the line is computed", () => {
    expectVerdict(co2("H25", "基準年と2050年の目標(0t)を直線で結んだ2030年の値"), "match", 5405.405);
  });
});

describe("the rule written in the target cell", () => {
  const inTarget = (baseline: string, target: string): RowSpec => ({ baseline, baselineYear: "R1", target });
  it("a level beside its rule is compared; a rule alone is computed", () => {
    expectVerdict(inTarget("2,882", "2,450\n(15%減)"), "match", 2449.7);
    expectVerdict(inTarget("2,000", "8.0%減少"), "computed", 1840);
    expectVerdict(inTarget("5,000", "基準値より8割減"), "computed", 1000);
    expectVerdict(inTarget("5,900人", "約5,900人の半減"), "computed", 2950);
  });

  it("near miss: a plain level in the target cell is no rule", () => {
    const t = run(inTarget("2,000", "1,840"));
    expect([t.status, t.rule]).toEqual(["unverifiable", null]);
  });
});

describe("where else the rule lives, and what is not a goal", () => {
  it("a bracketed (考え方) in the indicator cell", () => {
    const spec = (indicator: string, target: string): RowSpec => ({ indicator, ...latest("100人", target, "") });
    expectVerdict(spec("来訪者数（考え方）R6の1.2倍", "120人"), "match", 120);
    expectVerdict(spec("会員数(考え方)R6から20%の増加", "130人"), "mismatch", 120);
    expectVerdict(spec("利用者数（算出根拠）：現状比で90%", "90人"), "match", 90);
  });

  it("a past fact beside a goal is set aside; alone it gives no rule", () => {
    expectVerdict(latest("100人", "110人", "実績は90人となりました。R6から10%の増加を目指す。"), "match", 110);
    expectVerdict(latest("100人", "120人", "R5は80人でした。R6の1.2倍を目標とする。"), "match", 120);
    expectUnverifiable(latest("100人", "150人", "R6の実績は150人となりました。"));
  });

  it("a base year the sheet lacks is missing data, never the latest actual", () => {
    expectUnverifiable(latest("1,000t", "900t", "平成12年(2000年)比で10%削減"));
    expectUnverifiable(latest("1,000t", "900t", "H22年度比で10%削減する"));
  });

  it("near miss: 「N年間でM人」 is a total over the span, not a step", () => {
    expectUnverifiable(latest("400人", "2,000人", "5年間で2,000人"));
  });
});

describe("a sentence setting two indicators", () => {
  const basis = "R12年度末までに、地域移行者を14人、入所者を5人削減して380人とする";
  it("each row reads the clause about its own indicator", () => {
    expectVerdict({ indicator: "施設入所者数", ...latest("400人", "380人", basis) }, "match", 380);
    expectVerdict({ indicator: "地域移行者数", ...latest("10人", "14人", basis) }, "match", 14);
    expectVerdict({ indicator: "地域移行者数", ...latest("10人", "380人", basis) }, "mismatch", 14);
  });
});
