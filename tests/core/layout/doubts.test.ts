/**
 * Issue 11 points 6 and 7: a column of values is never dropped silently, a missing target year
 * is said once, and the confidence names its doubts.
 */
import { checkGrid } from "../../../src/core/engine";
import { readTables } from "../../../src/core/rows/read";
import { sheet } from "../rows/fixtures/grid-helpers";

const codes = (rows: (string | number)[][], name = "S") =>
  checkGrid(sheet(name, rows)).findings.map((f) => [f.code, f.cell]);

describe("6. never drop a column silently", () => {
  it("values under a header the reader did not understand: a finding on the header cell", () => {
    const found = codes([
      ["指標名", "現状値(R5)", "中間検証", "目標値(R9)"],
      ["図書貸出冊数", "1,000冊", "1,050冊", "1,200冊"],
      ["来館者数", "5,000人", "5,200人", "6,000人"],
    ]).filter(([c]) => c === "COLUMN_UNREAD");
    expect(found).toEqual([["COLUMN_UNREAD", "C1"]]);
  });

  it("near miss: known columns (達成率, 備考, 掲載頁) and a column of prose give none", () => {
    const found = codes([
      ["指標名", "現状値(R5)", "目標値(R9)", "達成率", "掲載頁", "所管"],
      ["図書貸出冊数", "1,000冊", "1,200冊", "83%", "12", "図書館"],
      ["来館者数", "5,000人", "6,000人", "83%", "14", "生涯学習課"],
    ]).filter(([c]) => c === "COLUMN_UNREAD");
    expect(found).toEqual([]);
  });
});

describe("2. a table without any target year says so once", () => {
  const rows = [
    ["指標名", "現状値", "目標値"],
    ["参加者数", "100人", "120人"],
    ["相談件数", "50件", "60件"],
    ["登録者数", "10人", "20人"],
  ];

  it("one TARGET_YEAR_MISSING for the table, not one per row", () => {
    expect(codes(rows).filter(([c]) => c === "TARGET_YEAR_MISSING")).toEqual([["TARGET_YEAR_MISSING", null]]);
  });

  it("near miss: a plan period in the title, or a year in each target cell, is a target year", () => {
    expect(codes([["計画期間 令和6年度～令和10年度"], ...rows]).some(([c]) => c === "TARGET_YEAR_MISSING")).toBe(false);
    const perRow = rows.map((r, i) => (i === 0 ? r : [r[0], r[1], `${r[2]}(R${8 + i})`]));
    expect(codes(perRow).some(([c]) => c === "TARGET_YEAR_MISSING")).toBe(false);
  });
});

describe("7. honest confidence", () => {
  const layoutOf = (rows: (string | number)[][], name = "S") => readTables(sheet(name, rows))[0].layout;

  it("a complete header is sure: baseline, target, a target year", () => {
    const l = layoutOf([
      ["指標名", "現状値(R5)", "目標値(R9)"],
      ["参加者数", "100人", "120人"],
    ]);
    expect([l.confidence, l.doubts]).toEqual([1, []]);
  });

  it("falls with each missing field and with two columns competing for one", () => {
    const noYear = layoutOf([
      ["指標名", "現状値", "目標値"],
      ["参加者数", "100人", "120人"],
    ]);
    expect([noYear.confidence, noYear.doubts]).toEqual([0.9, ["no-target-year"]]);
    const competing = layoutOf([
      ["指標名", "現状値(R5)", "基準値(R1)", "目標値(R9)"],
      ["参加者数", "100人", "90人", "120人"],
    ]);
    expect(competing.doubts).toContain("competing-columns");
    expect(competing.confidence).toBeLessThan(1);
  });

  it("below the 0.8 threshold when the table was inferred without a header or the names stand outside it", () => {
    const path = layoutOf([
      ["人口", "現状値 8,000人(R2年) ➡ 9,000人(R7年)"],
      ["転入者数", "現状値 300人(R2年) ➡ 400人(R7年)"],
    ]);
    expect(path.doubts).toContain("inferred-without-header");
    expect(path.confidence).toBeLessThan(0.8);
  });

  it("an indicator column guessed from its place, not named by a header word, is said so", () => {
    const guessed = layoutOf([
      ["[単位]", "基準値(R4)", "目標値(R9)"],
      ["登録者数", "100", "130"],
    ]);
    expect([guessed.confidence, guessed.doubts]).toEqual([0.6, ["indicator-guessed"]]);
    // Near miss: the same table with 指標名 over the names has nothing to doubt.
    const named = layoutOf([
      ["指標名", "基準値(R4)", "目標値(R9)"],
      ["登録者数", "100", "130"],
    ]);
    expect([named.confidence, named.doubts]).toEqual([1, []]);
  });

  it("a card read downwards from its labels is below the threshold and says it is a card", () => {
    const card = layoutOf([
      ["指標名", "市民活動団体の登録数"],
      ["基準値", "120団体(R4)"],
      ["目標値", "150団体"],
      ["目標年度", "R9"],
    ]);
    expect(card.doubts).toContain("card-layout");
    expect(card.confidence).toBeLessThan(0.8);
  });

  it("the confidence is made of its doubts alone: several doubts, each lowering it", () => {
    const l = layoutOf([
      ["[単位]", "目標値", "担当課"],
      ["登録者数", "130", "市民協働課"],
    ]);
    expect(l.doubts).toEqual(expect.arrayContaining(["indicator-guessed", "no-baseline", "no-target-year"]));
    expect(l.confidence).toBe(0.4);
  });
});
