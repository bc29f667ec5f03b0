import { checkGrid } from "../../../src/core/engine";
import type { RuleKind } from "../../../src/core/basis/types";
import { CONTINUING_ROWS, NEW_ROWS, consistentGrid, ruleOf } from "../../fixtures/consistent-sheet";

/**
 * Acceptance: a consistent sheet (tests/fixtures/consistent-sheet.ts) gets no error and no
 * warning, and every target on it is computed and matched. The list below is typed against the
 * basis engine's RuleKind, so a rule kind added there and missing here fails the type check.
 */
const EVERY_RULE_KIND: Record<RuleKind, true> = {
  "compound-growth": true,
  "one-off-change": true,
  multiple: true,
  "annual-increment": true,
  "step-every": true,
  "average-plus-percent": true,
  "growth-multiplier": true,
  "mean-yearly-change": true,
  "past-average-rate": true,
  "explicit-path": true,
  schedule: true,
  fixed: true,
  "reach-level": true,
  "period-average": true,
  "period-total": true,
  "linear-path": true,
  maintain: true,
  "share-of": true,
  product: true,
  "past-peak": true,
};

describe("the consistent sheet", () => {
  const report = checkGrid(consistentGrid());

  it("has at least twelve continuing rows and two new ones, read as such", () => {
    expect(CONTINUING_ROWS).toBeGreaterThanOrEqual(12);
    expect(NEW_ROWS).toBeGreaterThanOrEqual(2);
    expect(report.rows.filter((r) => r.status === "継続")).toHaveLength(CONTINUING_ROWS);
    expect(report.rows.filter((r) => r.status === "新規")).toHaveLength(NEW_ROWS);
  });

  it("covers every rule kind of the basis engine", () => {
    expect(new Set(Object.values(ruleOf))).toEqual(new Set(Object.keys(EVERY_RULE_KIND)));
  });

  it("gets no error and no warning", () => {
    expect(report.findings.filter((f) => f.severity !== "info")).toEqual([]);
  });

  it("computes and matches every target with the row's own rule", () => {
    const verdicts = report.rows.map((r) => [r.row, r.target.rule, r.target.status]);
    expect(verdicts).toEqual(report.rows.map((r) => [r.row, ruleOf[r.row], "match"]));
  });
});
