import { gridFromRows } from "../../../src/core/grid/grid";
import { check, checkRows, CLEAN, codes, kyoseiCells } from "./builder";
import { HEADER_1, HEADER_2 } from "../../fixtures/kyosei-headers";

/** A 総合戦略-style sheet: base year and target year only in the header. */
function sousei(baseline: string, target = "9人") {
  return gridFromRows(
    "総合戦略",
    [
      ["第３期 伊那市地方創生総合戦略 重要業績評価指標（ＫＰＩ）"],
      ["事業の内容", "担当部署名", "新規/継続", "重要業績評価指標（KPI）", null, null],
      [null, null, null, "項目名", "現状値（R5）", "指標値（R11）"],
      ["集落支援員の配置", "地域創造課", "新規", "集落支援員の配置数", baseline, target],
    ],
    [{ top: 1, bottom: 1, left: 3, right: 5 }],
  );
}

describe("YEAR_MISMATCH", () => {
  it("a year note contradicting the column: 0人（R6） under 現状値（R5）", () => {
    const f = check(sousei("0人（R6）"));
    expect(codes(f)).toEqual([["YEAR_MISMATCH", "E4"]]);
    expect(f[0].severity).toBe("error");
    expect(f[0].found).toBe("R6");
    expect(f[0].expected).toBe("R5");
  });

  it("the same note naming the column's own year is fine; so is a descriptive note", () => {
    expect(codes(check(sousei("0人（R5）")))).toEqual([]);
    expect(codes(check(sousei("0人（令和5年度実績）")))).toEqual([]);
    expect(codes(check(sousei("14.6人", "11.9人（令和5年度の19市平均）")), "YEAR_MISMATCH")).toEqual([]);
  });

  it("a note in an actual column is checked against that column's year", () => {
    const f = checkRows([{ ...CLEAN, actuals: ["18,768人/年", "17,929人/年(R5)", "17,814人/年", "17,842人/年"] }]);
    expect(codes(f)).toEqual([["YEAR_MISMATCH", "I5"]]);
    expect(
      codes(checkRows([{ ...CLEAN, actuals: ["18,768人/年", "17,929人/年(R4)", "17,814人/年", "17,842人/年"] }])),
    ).toEqual([]);
  });

  it("the plan period in the title against the header's target year", () => {
    const cells = kyoseiCells(CLEAN);
    // the header names R11 as its target year; the title names the plan period
    const header1 = HEADER_1.map((c) => (c === "(3)R12指標値" ? "(3)R11指標値" : c));
    const grid = (title: string) => gridFromRows("KPI", [[title], [], header1, [...HEADER_2], cells]);
    const f = check(grid("■第3期共生ビジョン期間：令和8年度～令和12年度(5年間)"));
    expect(codes(f, "YEAR_MISMATCH")).toEqual([["YEAR_MISMATCH", "N3"]]);
    expect(f.find((x) => x.code === "YEAR_MISMATCH")?.expected).toBe("R12");
    expect(codes(check(grid("■第3期共生ビジョン期間：令和8年度～令和11年度(4年間)")), "YEAR_MISMATCH")).toEqual([]);
  });
});

/** A generic sheet with per-row years: 年度 columns that may be written 年 or 年度. */
function generic(rows: (string | null)[][]) {
  return gridFromRows("成果指標", [
    ["No.", "指標名", "単位", "現状値", "基準年度", "目標値", "目標年度", "目標値の設定根拠"],
    ...rows,
  ]);
}

describe("YEAR_MISMATCH on generic tables", () => {
  it("a row whose target year is not the plan's (plan period in the title)", () => {
    const grid = gridFromRows("成果指標", [
      ["計画期間：令和7年度～令和12年度"],
      ["No.", "指標名", "単位", "現状値", "基準年度", "目標値", "目標年度", "目標値の設定根拠"],
      ["1", "図書館利用者数", "人", "1,000", "2024年度", "1,100", "2030年度", "現状から10%の増加を目指す"],
      ["2", "公民館利用者数", "人", "2,000", "2024年度", "2,200", "2028年度", "現状から10%の増加を目指す"],
    ]);
    const f = check(grid);
    expect(codes(f)).toEqual([["YEAR_MISMATCH", "G4"]]);
    expect(f[0].messageKey).toBe("YEAR_MISMATCH.target");
    expect([f[0].found, f[0].expected]).toEqual(["R10", "R12"]);
  });

  it("without a plan period, per-row target years are legal (guide §1c)", () => {
    const f = check(
      generic([
        ["1", "図書館利用者数", "人", "1,000", "2024年度", "1,100", "2030年度", "現状から10%の増加を目指す"],
        ["2", "公民館利用者数", "人", "2,000", "2024年度", "2,200", "2028年度", "現状から10%の増加を目指す"],
      ]),
    );
    expect(codes(f)).toEqual([]);
  });

  it("年 beside 年度 is information only", () => {
    const f = check(
      generic([
        ["1", "図書館利用者数", "人", "1,000", "2024年度", "1,100", "2030年度", "現状から10%の増加を目指す"],
        ["2", "公民館利用者数", "人", "2,000", "2024年", "2,200", "2030年度", "現状から10%の増加を目指す"],
      ]),
    );
    const cal = f.filter((x) => x.messageKey === "YEAR_MISMATCH.calendar");
    expect(cal.map((x) => [x.cell, x.severity])).toEqual([["E3", "info"]]);
    const same = check(
      generic([
        ["1", "図書館利用者数", "人", "1,000", "2024年度", "1,100", "2030年度", "現状から10%の増加を目指す"],
        ["2", "公民館利用者数", "人", "2,000", "2024年度", "2,200", "2030年度", "現状から10%の増加を目指す"],
      ]),
    );
    expect(same.filter((x) => x.messageKey === "YEAR_MISMATCH.calendar")).toEqual([]);
  });

  it("a 年度 among calendar years is called a fiscal year, not a calendar one", () => {
    const f = check(
      generic([
        ["1", "図書館利用者数", "人", "1,000", "2024年", "1,100", "2030年", "現状から10%の増加を目指す"],
        ["2", "公民館利用者数", "人", "2,000", "令和6年度", "2,200", "2030年", "現状から10%の増加を目指す"],
      ]),
    );
    const mixed = f.filter((x) => x.code === "YEAR_MISMATCH");
    expect(mixed.map((x) => [x.cell, x.severity, x.messageKey])).toEqual([["E3", "info", "YEAR_MISMATCH.fiscal"]]);
    expect(mixed[0].message).toContain("「令和6年度」は「年度」");
    expect(mixed[0].message).not.toContain("暦年）で書かれて");
  });
});

describe("BASELINE_MISMATCH", () => {
  const inR6 = { ...CLEAN, baseline: "17,842人/年", baselineYear: "R6" };

  it("the baseline equals its year's actual: clean", () => {
    expect(codes(checkRows([inR6]))).toEqual([]);
  });

  it("the baseline differs from its year's actual", () => {
    const f = checkRows([{ ...inR6, baseline: "17,000人/年" }]);
    expect(codes(f)).toEqual([["BASELINE_MISMATCH", "D5"]]);
    expect(f[0].severity).toBe("warning");
    expect(f[0].expected).toBe("17,842人/年");
  });

  it("the baseline year's actual is blank", () => {
    const f = checkRows([{ ...inR6, actuals: ["18,768人/年", "17,929人/年", "17,814人/年", null] }]);
    expect(codes(f, "BASELINE_MISMATCH")).toEqual([["BASELINE_MISMATCH", "K5"]]);
  });

  it("実績なし beside a blank actual says the same thing: clean", () => {
    const row = {
      ...inR6,
      baseline: "実績なし",
      actuals: [null, null, null, null],
      basis: "年1回の実施を目指す。",
      target: "1回/年",
      indicator: "移住体験ツアーの実施回数",
      previousTarget: "1回/年",
    };
    expect(codes(checkRows([row]), "BASELINE_MISMATCH")).toEqual([]);
  });
});
