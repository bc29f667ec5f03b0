/**
 * 今年度実績値, 前年度実績 and the like are actual columns: of the document's year (a label above
 * the table, the sheet's name), or the year before. Never dropped, never taken for a target.
 */
import { matchHeader } from "../../../src/core/layout/headers";
import { checkGrid } from "../../../src/core/engine";
import { readTables } from "../../../src/core/rows/read";
import { sheet } from "../rows/fixtures/grid-helpers";

describe("relative actual headers", () => {
  it.each([
    ["今年度実績値", 0],
    ["本年度の実績", 0],
    ["当該年度実績", 0],
    ["前年度実績", 1],
    ["昨年度末実績見込", 1],
  ])("%s → an actual %i year(s) before the document's", (text, back) => {
    expect(matchHeader(text)).toEqual({ kind: "relative-actual", yearsBack: back });
  });

  it.each(["今年度目標値", "実績値の把握方法", "前年度比", "R5年度実績"])("near miss: %s is something else", (text) => {
    expect(matchHeader(text)?.kind).not.toBe("relative-actual");
  });
});

describe("a table with 前年度実績 / 今年度実績値 columns", () => {
  const rows = [
    ["指標名", "基準値(R1)", "前年度実績", "今年度実績値", "目標値(R7)"],
    ["図書貸出冊数", "1,000冊", "1,050冊", "1,080冊", "1,200冊"],
    ["来館者数", "5,000人", "5,100人", "5,150人", "6,000人"],
  ];

  it("the sheet's name gives the year: actuals of R4 and R5", () => {
    const [t] = readTables(sheet("進捗(R5)", rows));
    expect(t.layout.actuals.map((a) => [a.col, a.year.label])).toEqual([
      [2, "R4"],
      [3, "R5"],
    ]);
    expect(t.rows[0].actuals.map((a) => a.cell?.text)).toEqual(["1,050冊", "1,080冊"]);
  });

  it("a label above the table gives it too", () => {
    const [t] = readTables(sheet("S", [["令和4年度 進捗状況"], ...rows]));
    expect(t.layout.actuals.map((a) => a.year.label)).toEqual(["R3", "R4"]);
  });

  it("near miss: no year anywhere: known columns (no COLUMN_UNREAD, no shift), not guessed actuals", () => {
    const report = checkGrid(sheet("S", rows));
    expect(report.findings.filter((f) => f.code === "COLUMN_UNREAD" || f.code === "COLUMN_SHIFT")).toEqual([]);
    const [t] = readTables(sheet("S", rows));
    expect([t.layout.actuals, t.layout.otherCols]).toEqual([[], [2, 3]]);
  });
});

describe("a second column saying a field another one has", () => {
  it("stays in place: 年度当初値 beside 基準値 is no shifted cell", () => {
    const report = checkGrid(
      sheet("S", [
        ["指標名", "基準値(R1)", "年度当初値", "目標値(R7)"],
        ["図書貸出冊数", "1,000冊", "1,050冊", "1,200冊"],
      ]),
    );
    expect(report.findings.filter((f) => f.code === "COLUMN_SHIFT")).toEqual([]);
    expect(report.tables[0].doubts).toContain("competing-columns");
  });
});
