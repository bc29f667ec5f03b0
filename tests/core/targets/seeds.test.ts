import { computeRowTarget } from "../../../src/core/targets/row-target";
import { buildRow, R12, type RowSpec } from "./row-builder";

/** The seed rows (共生ビジョン KPI table) with the verdicts guide §4's conventions give. */

const run = (spec: RowSpec) => computeRowTarget(buildRow(spec), R12);
const codes = (spec: RowSpec) => run(spec).findings.map((f) => f.messageKey);

describe("seed rows", () => {
  it("伊那本線: 17,842 × 1.01⁶ = 18,939.6 → 19,000 match; fills 18,940人/年", () => {
    const { target, findings } = run({
      actuals: ["18,768人/年", "17,929人/年", "17,814人/年", "17,842人/年"],
      target: "19,000人/年",
      basis: "R6の現状から年1%の増加を目指す。",
      source: "運行実績",
    });
    expect(target).toMatchObject({ status: "match", rule: "compound-growth", basisCell: "O5" });
    expect(target.computed?.value).toBeCloseTo(18939.6, 1);
    expect(target.computed?.display).toBe("18,940人/年");
    expect(target.explanation).toContain("17,842 × 1.01⁶ = 18,939.6 → 19,000");
    expect(target.explanationEn).toContain("17,842 × 1.01⁶ = 18,939.6 → 19,000");
    // 一致: nothing to write (issue 12.1).
    expect(target.fill).toBeUndefined();
    expect(findings).toEqual([]);
  });

  it("writes the whole explanation: formula, comparison, the matching reading and the points reading", () => {
    const { target } = run({
      actuals: ["60.1%", "62.0%", "63.5%", "64.8%"],
      target: "70.8%",
      basis: "R6の現状から年1%の増加を目指す。",
    });
    expect(target.explanation).toBe(
      "実績欄K5（R6）の64.8から根拠の年1%の増加を6年（複利）: 64.8 × 1.01⁶ = 68.79 → 68.8（目標値70.8%と不一致。目標値の書き方に合わせ0.1の位に丸めて比較）" +
        "。ポイント（加算）として計算なら70.8%で一致。ポイントとして読むと70.8%",
    );
    expect(target.explanationEn).toBe(
      "from 64.8 from the actual cell K5 (R6), increase of 1% (basis text) a year compounded over 6 years: 64.8 × 1.01⁶ = 68.79 → 68.8 " +
        "(does not match the stated 70.8%; compared at the stated precision (nearest 0.1))" +
        "; matches with read as percentage points (70.8%); read as percentage points: 70.8%",
    );
  });

  it("乗合タクシー: parts 129.8 match, 38.6 match, 163.4 vs 163.7 mismatch", () => {
    const { target, findings } = run({
      actuals: [
        "88.9件 37.7%",
        "111.7件 41.2%",
        "乗合タクシー 1日平均:123.4人 乗合率:33.8% 運賃補助 1日平均:125.3件",
        "乗合タクシー 1日平均:122.3人 乗合率:36.4% 運賃補助 1日平均:153.9件",
      ],
      target: "乗合タクシー ・1日平均:129.8人 ・乗合率:38.6% 運賃補助 ・1日平均:163.7件",
      basis: "R6の現状から年1%の増加を目指す。",
    });
    expect(target.status).toBe("mismatch");
    expect(target.parts.map((p) => [p.status, p.computed?.display])).toEqual([
      ["match", "129.8人"],
      ["match", "38.6%"],
      ["mismatch", "163.4件"],
    ]);
    expect(findings.map((f) => f.code)).toEqual(["BASIS_MISMATCH"]);
    expect(findings[0].message).toContain("運賃補助 1日平均");
    expect(target.fill?.value).toBe("乗合タクシー ・1日平均:129.8人 ・乗合率:38.6% 運賃補助 ・1日平均:163.4件");
  });

  it("子育て拠点: the rule is in the source cell; 58,000 vs 57,000 mismatch; 千円未満切捨て on 人 flagged", () => {
    const { target, findings } = run({
      baseline: "62,233人/年",
      baselineYear: "R1",
      actuals: ["35,341人/年", "36,123人/年", "45,546人/年", "51,416人/年"],
      target: "57,000人/年",
      basis: "実績の伸び率",
      source: "R6年度実績×伸び率(1.136)(千円未満切捨て)",
    });
    expect(target).toMatchObject({ status: "mismatch", rule: "growth-multiplier", basisCell: "P5" });
    expect(target.computed).toEqual({ value: 58000, display: "58,000人/年" });
    expect(findings.map((f) => f.messageKey).sort()).toEqual(["BASIS_MISMATCH", "BASIS_UNIT_MISMATCH.rounding"]);
  });

  it("買物: 116 × 1.2⁶ = 346.4 vs 290 mismatch, matching only with 5 periods", () => {
    const { target, findings } = run({
      actuals: ["68人", "68人", "97人", "116人"],
      target: "290人",
      basis:
        "令和7年度の市内全域へのサービスエリア拡大、令和8年度以降スマートフォン注文、置き配等利便性向上により年間2割程度の利用者拡大を目指す。",
    });
    expect(target.status).toBe("mismatch");
    expect(target.computed?.value).toBeCloseTo(346.4, 1);
    expect(target.alternatives).toEqual([
      { label: "5期間で計算", labelEn: "5 periods instead of 6", value: expect.closeTo(288.6, 1), display: "289人" },
    ]);
    expect(findings.map((f) => f.messageKey)).toEqual(["BASIS_MISMATCH.alternative"]);
    expect(findings[0].messageEn).toContain("5 periods instead of 6");
  });

  it("病児保育: 7.6 + 0.8 × 6 = 12.4 match, the written path consistent", () => {
    const { target, findings } = run({
      baseline: "14%",
      baselineYear: "R1",
      actuals: ["12.0%", "6.0%", "6.4%", "7.6%"],
      target: "12.4%",
      basis: "R4～R6の増の平均0.8ポイントについて、毎年増を目指す。 8.4⇒9.2⇒10.0⇒10.8⇒11.6⇒12.4",
      source: "過去の実績",
    });
    expect(target).toMatchObject({ status: "match", rule: "mean-yearly-change" });
    expect(target.computed).toEqual({ value: 12.4, display: "12.4%" });
    expect(target.explanation).toContain("7.6 + 0.8 × 6 = 12.4");
    expect(target.explanation).toContain("計算と一致");
    expect(findings).toEqual([]);
  });

  it("助成制度: mean(R3–R6) × 1.1 = 130.625 vs 137 mismatch, R2 reported missing", () => {
    const { target, findings } = run({
      baseline: "186億円/年",
      baselineYear: "R1",
      actuals: ["102億円/年", "97億円/年", "113億円/年", "163億円/年"],
      target: "137億円/年",
      basis: "R2年度からR6年度の平均値+10%で算出",
      source: "産業振興KPI管理表",
    });
    expect(target).toMatchObject({ status: "mismatch", rule: "average-plus-percent" });
    expect(target.computed).toEqual({ value: expect.closeTo(130.625, 9), display: "131億円/年" });
    const missing = findings.find((f) => f.code === "BASIS_DATA_MISSING")!;
    expect(missing.params).toMatchObject({ years: "R2", used: "R3・R4・R5・R6" });
    expect(findings.map((f) => f.code).sort()).toEqual(["BASIS_DATA_MISSING", "BASIS_MISMATCH"]);
  });

  it("ファミリーサポート: 27 × 1.227 = 33.1 → 33 match", () => {
    const { target } = run({
      actuals: ["22人/年", "13人/年", "10人/年", "27人/年"],
      target: "33人/年",
      basis: "実績の伸び率",
      source: "R6年度実績×伸び率(1.227)",
    });
    expect(target.status).toBe("match");
    expect(target.computed?.value).toBeCloseTo(33.129, 9);
  });

  it("介護保険/電子@連絡帳: 64.8% × 1.05 = 68.04 → 68.0% match; points reading 69.8% listed", () => {
    const { target, findings } = run({
      status: "変更",
      baseline: "実績なし",
      baselineYear: "R1",
      actuals: ["41.1%", "56.0%", "62.4%", "64.8%(R6年度から3市町村平均)"],
      target: "68.0%",
      basis: "登録医療機関及び介護保険事業所登録割合(3市町村平均)から5%増加。",
    });
    expect(target.status).toBe("match");
    expect(target.alternatives).toEqual([
      {
        label: "ポイント（加算）として計算",
        labelEn: "read as percentage points",
        value: expect.closeTo(69.8, 9),
        display: "69.8%",
      },
    ]);
    expect(findings).toEqual([]);
  });

  it("オンライン診療: 12 + 2 × 6 = 24 match (医療機関 is 機関)", () => {
    const { target, findings } = run({
      actuals: ["8機関", "10機関", "10機関", "12機関"],
      target: "24機関",
      basis: "実績ベースで年間2医療機関の増加を目指す。",
    });
    expect(target.status).toBe("match");
    expect(findings).toEqual([]);
  });

  it.each([
    ["約10%", "124件/年", "140件/年", 136.4],
    ["30%", "100件/年", "130件/年", 130],
    ["約25%", "193人/年", "240人/年", 241.25],
  ])("空き家: R6の現状から%sの増加 on %s → %s match", (pct, base, stated, value) => {
    const { target } = run({
      actuals: ["", "", "", base],
      target: stated,
      basis: `過去の実績を踏まえR6の現状から${pct}の増加を目指す。`,
    });
    expect(target.status).toBe("match");
    expect(target.computed?.value).toBeCloseTo(value, 9);
  });

  it("LINE (realigned): 7,691 × 1.5 = 11,536.5 → 12,000 match at the 1,000 place", () => {
    const { target } = run({
      baseline: "4,200人",
      actuals: ["4,700人", "5,838人", "", "7,691人"],
      target: "12,000人",
      basis: "過去の実績を踏まえR6の現状から1.5倍の増加を目指す。",
      source: "R1-6実績数値",
    });
    expect(target.status).toBe("match");
    expect(target.computed?.value).toBe(11536.5);
  });

  it("LINE as the PDF shifted it, flagged by the realignment stage: not computed (no number from the wrong columns)", () => {
    const spec = {
      statusText: "過去の実績を踏まえR6の現状から1.5倍の増加を目指す。",
      status: null,
      actuals: ["7,691人", "継続", "", "12,000人"],
      reason: "R1-6実績数値",
    };
    const { target, findings } = computeRowTarget(buildRow(spec), R12, true);
    expect(target).toMatchObject({ status: "unverifiable", computed: null });
    expect(findings).toEqual([]);
  });

  it("サービス利用者数: 1,503 + 100 × 6 = 2,103 vs 2,000 (程度: ±100) mismatch; 5 periods would match", () => {
    const { target, findings } = run({
      actuals: ["", "852人/年", "880人/年", "1,503人/年"],
      target: "2,000人/年",
      basis:
        "実績から飛躍的な利用者数増は見込めないものの、箕輪町、南箕輪村での活用も念頭に置きながら、毎年100人程度の利用者増を見込む。",
    });
    expect(target.status).toBe("mismatch");
    expect(target.computed?.value).toBe(2103);
    expect(target.alternatives?.[0]).toMatchObject({ value: 2003, display: "2,003人/年" });
    expect(findings.map((f) => f.messageKey)).toEqual(["BASIS_MISMATCH.alternative"]);
  });

  it("移住体験ツアー: the schedule's R12 value 3 → 3回/年 match", () => {
    const { target } = run({
      baseline: "実績なし",
      baselineYear: "R6",
      target: "3回/年",
      basis: "R8とR9に各1回、R10とR11に各2回、R12に3回の実施を見込む。",
    });
    expect(target).toMatchObject({ status: "match", rule: "schedule" });
  });

  it("産業立地数: a source name in the basis cell, the value set in the reason → 2 match", () => {
    const { target, findings } = run({
      actuals: ["3件/年", "5件/年", "5件/年", "7件/年"],
      target: "2件/年",
      basis: "産業振興KPI管理表",
      reason:
        "現状、企業誘致が可能な区画は1区画であること、新たな工業団地の造成を令和8年度から着手し、完成に最低2年かかることを考慮し、目標値を2件とする。",
    });
    expect(target).toMatchObject({ status: "match", rule: "fixed", basisCell: "M5" });
    expect(findings).toEqual([]);
  });

  it("ふるさと融資実行数: 「…1件/年とする」 in the reason → 1 match", () => {
    expect(
      run({
        actuals: ["0件/年", "0件/年", "1件/年", "0件/年"],
        target: "1件/年",
        basis: "産業振興KPI管理表",
        reason: "過去の実績値が1件のみのため1件/年とする。",
      }).target.status,
    ).toBe("match");
  });

  it("合同職員研修: 4回/年から3回/年へと変更 → 3 match", () => {
    expect(
      run({
        actuals: ["4回/年", "5回/年", "4回/年", "4回/年"],
        target: "3回/年",
        basis: "コアメンバーの負担等を考慮しこれまでの4回/年から3回/年へと変更する。",
      }).target.status,
    ).toBe("match");
  });

  it.each([
    ["放送番組数", "全体で毎年数件程度の増加を目指す。"],
    ["ツールの運用", "現状、定期的に開催している部会や担当者会議の実施回数を参考とし、目標回数の実施を目指す。"],
  ])("%s: vague → unverifiable with BASIS_UNPARSED", (_name, basis) => {
    const { target, findings } = run({ actuals: ["", "60件/年", "60件/年", "60件/年"], target: "80件/年", basis });
    expect(target.status).toBe("unverifiable");
    expect(findings.map((f) => [f.messageKey, f.severity, f.cell])).toEqual([
      ["BASIS_UNPARSED.vague", "warning", "O5"],
    ]);
  });

  it("削除 rows → not-applicable without basis findings", () => {
    expect(codes({ status: "削除", actuals: ["444件/年"], basis: "増加を目指す" })).toEqual([]);
    expect(run({ status: "削除", actuals: ["444件/年"] }).target.status).toBe("not-applicable");
  });

  it("総合戦略 layout (no basis column) → not-applicable", () => {
    const { target } = run({
      layout: "sousei-strategy",
      baseline: "13人/年",
      target: "20人/年",
      without: ["basis", "source", "reason"],
    });
    expect(target.status).toBe("not-applicable");
  });
});
