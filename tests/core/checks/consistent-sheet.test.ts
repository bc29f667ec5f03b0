import { checkGrid } from "../../../src/core/engine";
import { RULE_KINDS } from "../../../src/core/basis/registry";
import { CONTINUING_ROWS, NEW_ROWS, consistentGrid, ruleOf } from "../../fixtures/consistent-sheet";

/**
 * Acceptance: a consistent sheet (tests/fixtures/consistent-sheet.ts) gets no error and no
 * warning, and every target on it is computed and matched. Its rows must exercise every kind in
 * the basis engine's registry, so a rule kind added there and missing here fails.
 */
describe("the consistent sheet", () => {
  const report = checkGrid(consistentGrid());

  it("has at least twelve continuing rows and two new ones, read as such", () => {
    expect(CONTINUING_ROWS).toBeGreaterThanOrEqual(12);
    expect(NEW_ROWS).toBeGreaterThanOrEqual(2);
    expect(report.rows.filter((r) => r.status === "継続")).toHaveLength(CONTINUING_ROWS);
    expect(report.rows.filter((r) => r.status === "新規")).toHaveLength(NEW_ROWS);
  });

  it("covers every rule kind of the basis engine", () => {
    expect(new Set(Object.values(ruleOf))).toEqual(new Set(RULE_KINDS));
  });

  it("gets no error and no warning", () => {
    expect(report.findings.filter((f) => f.severity !== "info")).toEqual([]);
  });

  it("computes and matches every target with the row's own rule", () => {
    const verdicts = report.rows.map((r) => [r.row, r.target.rule, r.target.status]);
    expect(verdicts).toEqual(report.rows.map((r) => [r.row, ruleOf[r.row], "match"]));
  });
});
