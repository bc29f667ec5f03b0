import { parseQuantity } from "../../../src/core/quantity/parse";
import { computeRowTarget } from "../../../src/core/targets/row-target";
import { fiscalYear } from "../../../src/core/years/era";
import type { IndicatorRow } from "../../../src/core/rows/types";
import { buildRow, R12, type RowSpec } from "./row-builder";

/**
 * Issue 15, point 7: a basis that does not name its base year starts from the plan's base year —
 * on a table carrying the previous plan (計画策定時 R1 → 目標 R7), the latest actual before R7 —
 * so an actual column added later (R7) does not move the verdict; when the reading on another
 * year matches the stated value, the explanation says so.
 */

function withPreviousPlan(spec: RowSpec, r7?: string): IndicatorRow {
  const row = buildRow({ baseline: "90人", baselineYear: "R1", ...spec });
  row.previousTarget = parseQuantity("120人");
  row.previousTargetYear = fiscalYear(2025);
  if (r7 !== undefined) {
    const cell = { address: "L5", row: 4, col: 11, text: r7, value: r7 };
    row.actuals = [...row.actuals, { year: fiscalYear(2025), cell, value: parseQuantity(r7) }];
  }
  return row;
}

const spec: RowSpec = { actuals: ["95人", "98人", "99人", "100人"], target: "106人", basis: "年1%の増加を目指す" };

describe("the plan's base year", () => {
  it("is R6 on a table carrying the previous plan, and stays R6 when an R7 column is added", () => {
    const before = computeRowTarget(withPreviousPlan(spec), R12).target;
    const after = computeRowTarget(withPreviousPlan(spec, "130人"), R12).target;
    expect(before.status).toBe("match");
    expect(before.explanation).toContain("実績欄K5（R6）の100");
    expect(after).toEqual(before);
  });

  it("never starts from an actual at or after the target year", () => {
    const t = computeRowTarget(buildRow({ ...spec, targetYear: "R6" }), R12).target;
    expect(t.explanation).not.toContain("（R6）の100");
  });

  it("names another year's reading when only it matches the stated value", () => {
    const t = computeRowTarget(withPreviousPlan({ ...spec, target: "104人" }), R12).target;
    expect(t.status).toBe("mismatch");
    expect(t.alternatives?.map((a) => a.label)).toEqual(["R3の値（H5）を基準にした計算"]);
    expect(t.explanation).toContain("R3の値（H5）を基準にした計算なら104人で一致");
  });

  it("a year named in the text wins over the plan's base year", () => {
    const t = computeRowTarget(withPreviousPlan({ ...spec, basis: "R4の現状から年1%の増加を目指す" }), R12).target;
    expect(t.explanation).toContain("実績欄I5（R4）の98");
  });
});
