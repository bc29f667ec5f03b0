/**
 * A relative target (「30%削減」) measured against a year the sheet names beside it — 「(2000年比)」
 * under the target year, 「（2013年度比）」 in the name — or in its own words 「2000年比30%削減」.
 * Without that year's value on the sheet the finding names the year; it is never a silent
 * 検証不可 nor a computation from another year's baseline.
 */
import { checkGrid } from "../../../src/core/engine";
import { sheet } from "../rows/fixtures/grid-helpers";

const findings = (rows: string[][]) =>
  checkGrid(sheet("S", rows)).findings.map((f) => [f.code, f.messageKey, f.cell, f.params?.year ?? null]);

describe("the base year of a relative target", () => {
  it("named inside the rule, with no column of that year: BASIS_DATA_MISSING naming 2000年", () => {
    expect(
      findings([
        ["指標名", "現状値(R5)", "目標値(R12)", "目標値の設定根拠"],
        ["CO2排出量", "5,000t", "3,500t", "2000年比30%削減"],
      ]),
    ).toEqual([["BASIS_DATA_MISSING", "BASIS_DATA_MISSING.base", "D2", "2000年"]]);
  });

  it("named in the target-year cell beside a target that is the rule (「2030年⏎(2000年比)」 | 「30%削減」)", () => {
    expect(
      findings([
        ["指標名", "目標年度", "目標値"],
        ["CO2排出量", "2030年\n(2000年比)", "30%削減"],
      ]),
    ).toEqual([["BASIS_DATA_MISSING", "BASIS_DATA_MISSING.base", "C2", "2000年"]]);
  });

  it("named in the indicator, not computed from the baseline of another year", () => {
    expect(
      findings([
        ["指標名", "現状値(R5)", "目標年度", "目標値"],
        ["温室効果ガス排出量（2013年度比）", "800t", "R12", "46%削減"],
      ]),
    ).toEqual([["BASIS_DATA_MISSING", "BASIS_DATA_MISSING.base", "D2", "2013年度"]]);
  });

  it("near miss: the year's value is on the sheet, so the target is computed from it", () => {
    const report = checkGrid(
      sheet("S", [
        ["指標名", "2013年度", "R5年度", "目標年度", "目標値"],
        ["温室効果ガス排出量（2013年度比）", "1,000t", "800t", "R12", "540t(46%削減)"],
      ]),
    );
    expect([report.rows[0].target.status, report.rows[0].target.computed?.value]).toEqual(["match", 540]);
  });

  it("near miss: no year named anywhere: the base is said to be unknown", () => {
    expect(
      findings([
        ["指標名", "目標年度", "目標値"],
        ["CO2排出量", "2030年", "30%削減"],
      ]),
    ).toEqual([["BASIS_DATA_MISSING", "BASIS_DATA_MISSING.base-unknown", "C2", null]]);
  });
});
