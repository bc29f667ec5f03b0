import { computeRowTarget } from "../../../src/core/targets/row-target";
import { buildRow, R12, type RowSpec } from "./row-builder";

/** Rows written for these tests (not from the seeds): every rule kind through computeRowTarget. */

const run = (spec: RowSpec) => computeRowTarget(buildRow(spec), R12);
const keys = (spec: RowSpec) => run(spec).findings.map((f) => f.messageKey);

describe("computeRowTarget on rows of other municipalities", () => {
  it("a decrease with a bound: 205 → ≤ 153.75, so 150 matches and 160 does not", () => {
    const basis = "R6比で25パーセント以上減らします";
    expect(run({ actuals: ["", "", "", "205t"], target: "150t", basis }).target.status).toBe("match");
    expect(run({ actuals: ["", "", "", "205t"], target: "160t", basis }).target.status).toBe("mismatch");
  });

  it("a yearly compound decrease: 1,000 × 0.98⁶ = 885.8 → 890 matches, 900 does not", () => {
    const basis = "毎年2%の削減を目指す";
    expect(run({ actuals: ["", "", "", "1,000件"], target: "890件", basis }).target.status).toBe("match");
    expect(run({ actuals: ["", "", "", "1,000件"], target: "900件", basis }).target.status).toBe("mismatch");
  });

  it("a bound in the target cell: 現状維持 of 96.0 with 96.0以上 matches; 97.0以上 does not", () => {
    expect(run({ actuals: ["", "", "", "96.0%"], target: "96.0以上", basis: "現状維持" }).target.status).toBe("match");
    expect(run({ actuals: ["", "", "", "96.0%"], target: "97.0以上", basis: "現状維持" }).target.status).toBe(
      "mismatch",
    );
  });

  it("a share of a number in the text with 以上: 1,299 × 7% = 90.93 → 91 matches, 90 does not", () => {
    const basis = "施設入所者(1,299人)のうち7%以上の地域生活への移行";
    expect(run({ actuals: ["", "", "", "60人"], target: "91人", basis }).target.status).toBe("match");
    expect(run({ actuals: ["", "", "", "60人"], target: "95人", basis }).target.status).toBe("match");
    expect(run({ actuals: ["", "", "", "60人"], target: "90人", basis }).target.status).toBe("mismatch");
  });

  it("a product: 8人 × 2社/年 = 16人/年", () => {
    const r = run({ actuals: ["", "", "", "10人/年"], target: "16人/年", basis: "平均従業員数8人×誘致企業2社/年" });
    expect(r.target.status).toBe("match");
    expect(
      run({ actuals: ["", "", "", "10人/年"], target: "18人/年", basis: "平均従業員数8人×誘致企業2社/年" }).target
        .status,
    ).toBe("mismatch");
  });

  it("a past peak with a Western year: 85% matches 85.0%", () => {
    const basis = "過去最高の定着率(2020年度:85%)を目指す";
    expect(run({ actuals: ["", "", "", "80.5%"], target: "85.0%", basis }).target.status).toBe("match");
  });

  it("a past average rate: 1,000 × 0.94⁶ = 689.9 → 690 matches", () => {
    const basis = "H18~H23までの平均減少率約6%を維持";
    expect(run({ actuals: ["", "", "", "1,000人"], target: "690人", basis }).target.status).toBe("match");
  });

  it("one step every two years: 10 + 1 × 3 = 13", () => {
    expect(run({ actuals: ["", "", "", "10組織"], target: "13組織", basis: "2か年1組織の増加" }).target.status).toBe(
      "match",
    );
  });

  it("a level to reach in another scale: 23万人を目指す against 230,000人", () => {
    expect(
      run({ actuals: ["", "", "", "210,000人"], target: "230,000人", basis: "23万人を目指す" }).target.status,
    ).toBe("match");
  });

  it("a multiple whose written count disagrees with base × k is flagged as ambiguous", () => {
    const r = run({ actuals: ["", "", "", "250人"], target: "500人", basis: "約2倍(600人)を目指す" });
    expect(r.target.status).toBe("match");
    expect(r.findings.map((f) => f.messageKey)).toEqual(["BASIS_AMBIGUOUS.text-value"]);
    expect(keys({ actuals: ["", "", "", "300人"], target: "600人", basis: "約2倍(600人)を目指す" })).toEqual([]);
  });

  it("a path that departs from its rule is flagged", () => {
    expect(
      keys({
        actuals: ["", "6.0%", "6.4%", "7.6%"],
        target: "12.4%",
        basis: "R4～R6の増の平均0.8ポイント 8.4⇒9.2⇒10.1⇒10.8⇒11.6⇒12.4",
      }),
    ).toEqual(["BASIS_AMBIGUOUS.path"]);
  });

  it("a rule number in another unit than the row's is flagged (年間2件 on a 人 row)", () => {
    expect(keys({ actuals: ["", "", "", "12人"], target: "24人", basis: "年間2件の増加" })).toEqual([
      "BASIS_UNIT_MISMATCH",
    ]);
    expect(keys({ actuals: ["", "", "", "12件"], target: "24件", basis: "年間2件の増加" })).toEqual([]);
  });

  it("a named base year the sheet lacks → unverifiable with BASIS_DATA_MISSING.base", () => {
    const r = run({ actuals: ["100人", "", "", "120人"], target: "130人", basis: "R5の現状から年1%の増加" });
    expect(r.target.status).toBe("unverifiable");
    expect(r.findings.map((f) => [f.messageKey, f.params.year])).toEqual([["BASIS_DATA_MISSING.base", "R5"]]);
  });

  it("no target year → unverifiable with BASIS_DATA_MISSING.target-year", () => {
    const r = computeRowTarget(
      buildRow({ actuals: ["", "", "", "100人"], target: "110人", basis: "年1%の増加", targetYear: null }),
      {
        planTargetYear: null,
      },
    );
    expect(r.target.status).toBe("unverifiable");
    expect(r.findings.map((f) => f.messageKey)).toEqual(["BASIS_DATA_MISSING.target-year"]);
  });

  it("uses the baseline when no actual is on the sheet", () => {
    const r = run({ baseline: "100人", baselineYear: "R6", target: "106人", basis: "年1%の増加" });
    expect(r.target.status).toBe("match");
  });

  it("starts from the latest year when the baseline's year comes before the actuals", () => {
    const spec = { baseline: "50人", baselineYear: "R2", actuals: ["60人", "", "", ""], basis: "年1%の増加" };
    expect(run(spec).target.computed?.value).toBe(Number((60 * 1.01 ** 9).toPrecision(12)));
  });

  it("nothing stated → computed, with the value to write in the row's text form", () => {
    const r = run({ actuals: ["", "", "", "17,842人/年"], basis: "R6の現状から年1%の増加を目指す。" });
    expect(r.target.status).toBe("computed");
    expect(r.target.fill).toMatchObject({ cell: "N5", value: "18,940人/年", exact: 18939.642527 });
  });

  it("a number target cell keeps its number format", () => {
    const r = run({
      actuals: ["", "", "", "17,842人/年"],
      targetNumber: { value: 20000, numberFormat: '#,##0"人/年"' },
      basis: "年1%の増加",
    });
    expect(r.target.status).toBe("mismatch");
    // Written at the stated target's precision (the 1,000s of 20,000).
    expect(r.target.fill).toMatchObject({ cell: "N5", value: 19000, numberFormat: '#,##0"人/年"' });
  });

  it("rounding words set the written value: 小数点以下切捨て", () => {
    const r = run({ actuals: ["", "", "", "27人"], basis: "R6年度実績×伸び率(1.227)(小数点以下切捨て)" });
    expect(r.target.fill?.value).toBe("33人");
    expect(r.target.computed?.value).toBe(33);
  });

  it("a % rule on a % indicator with nothing stated notes the points reading (info)", () => {
    const r = run({ actuals: ["", "", "", "64.8%"], basis: "5%増加" });
    expect(r.target.status).toBe("computed");
    expect(r.findings.map((f) => [f.messageKey, f.severity])).toEqual([["BASIS_AMBIGUOUS.points", "info"]]);
  });

  it("a stated value that matches only as points is a mismatch naming that reading", () => {
    const r = run({ actuals: ["", "", "", "64.8%"], target: "69.8%", basis: "5%増加" });
    expect(r.target.status).toBe("mismatch");
    expect(r.findings.map((f) => f.messageKey)).toEqual(["BASIS_MISMATCH.alternative"]);
  });

  it("a multi-metric row with a blank target: each part computed and written back in place", () => {
    const r = run({ actuals: ["", "", "", "1日平均:100.0人 乗合率:30.0%"], basis: "年1%の増加" });
    expect(r.target.status).toBe("computed");
    expect(r.target.parts.map((p) => p.computed?.display)).toEqual(["106.2人", "31.8%"]);
    expect(r.target.fill?.value).toBe("1日平均:106.2人 乗合率:31.8%");
  });

  it("a target cell with words (全園) cannot be compared → unverifiable", () => {
    expect(run({ actuals: ["", "", "", "13園"], target: "全園", basis: "年1%の増加" }).target.status).toBe(
      "unverifiable",
    );
  });

  it("no basis text at all → unverifiable without a basis finding", () => {
    const r = run({ actuals: ["", "", "", "13人"], target: "15人" });
    expect(r.target.status).toBe("unverifiable");
    expect(r.findings).toEqual([]);
  });

  it("数値目標は設定しない in the basis wins over a rule in the reason", () => {
    const r = run({
      actuals: ["", "", "", "13人"],
      target: "15人",
      basis: "数値目標は設定しない",
      reason: "1件/年とする",
    });
    expect(r.findings.map((f) => f.messageKey)).toEqual(["BASIS_UNPARSED.no-target"]);
  });

  it("every finding carries ja and en messages with no placeholder left", () => {
    const r = run({ actuals: ["", "", "", "116人"], target: "290人", basis: "年間2割程度の利用者拡大を目指す" });
    for (const f of r.findings) {
      expect(f.message).not.toMatch(/\{\w+\}/);
      expect(f.messageEn).not.toMatch(/\{\w+\}/);
    }
  });
});

describe("a source (引用元) beside an empty basis", () => {
  it.each(["R1-6実績数値", "住民基本台帳（各年4月1日）", "観光地点等入込客統計調査"])(
    "「%s」 with the basis cell empty: no basis written, said on the basis cell",
    (source) => {
      const { target, findings } = run({ actuals: ["", "", "", "7,691人"], target: "12,000人", source });
      expect(target).toMatchObject({ status: "unverifiable", computed: null, basisCell: "O5" });
      expect(findings.map((f) => [f.messageKey, f.cell])).toEqual([["BASIS_UNPARSED.source-only", "O5"]]);
      expect(findings[0].message).toContain(`引用元の「${source}」`);
      expect(findings[0].message).not.toContain("読み取れませんでした");
    },
  );

  it("a source holding a rule beside an empty basis is still read (1,000 × 1.2 = 1,200 match)", () => {
    const { target } = run({
      actuals: ["", "", "", "1,000人"],
      target: "1,200人",
      source: "R6の現状から20%の増加を目指す。",
    });
    expect(target).toMatchObject({ status: "match", basisCell: "P5" });
  });

  it("near miss: a table without a basis column reads the source as its basis, as before", () => {
    const read = run({
      actuals: ["", "", "", "1,000人"],
      target: "1,200人",
      source: "R6の現状から20%の増加を目指す。",
      without: ["basis"],
    });
    expect(read.target).toMatchObject({ status: "match", basisCell: "P5" });
    const unread = run({
      actuals: ["", "", "", "1,000人"],
      target: "1,200人",
      source: "R1-6実績数値",
      without: ["basis"],
    });
    expect(unread.findings.map((f) => [f.messageKey, f.cell])).toEqual([["BASIS_UNPARSED.no-rule", "P5"]]);
  });

  it("a written basis that cannot be read is still reported on the basis cell, not the source", () => {
    const { findings } = run({
      actuals: ["", "", "", "1,000人"],
      target: "1,200人",
      basis: "増加を目指す",
      source: "R1-6実績数値",
    });
    expect(findings.map((f) => [f.messageKey, f.cell])).toEqual([["BASIS_UNPARSED.direction-only", "O5"]]);
  });

  it("no basis and no source: no basis written, no finding (unchanged)", () => {
    const { target, findings } = run({ actuals: ["", "", "", "1,000人"], target: "1,200人" });
    expect(target).toMatchObject({ status: "unverifiable", explanation: "根拠の記載がありません" });
    expect(findings).toEqual([]);
  });
});
