import { RULES, ruleDef } from "../../../src/core/basis/registry";
import { parseBasis } from "../../../src/core/basis/parse";
import type { RuleKind } from "../../../src/core/basis/types";

/** Issue 14, point 5: one ordered registry of {kind, match, evaluate, explain} for parsing and evaluation. */
const KINDS: Record<RuleKind, true> = {
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
  maintain: true,
  "share-of": true,
  product: true,
  "past-peak": true,
};

describe("the rule registry", () => {
  it("defines every rule kind, each with words in both languages", () => {
    for (const kind of Object.keys(KINDS) as RuleKind[]) {
      const def = ruleDef(kind);
      expect([kind, def.kind]).toEqual([kind, kind]);
      expect(def.explain.ja).not.toBe("");
      expect(def.explain.en).not.toBe("");
    }
    expect(new Set(RULES.map((d) => d.kind))).toEqual(new Set(Object.keys(KINDS)));
  });

  it("is tried in order: a written formula before the product its 「×」 would otherwise give", () => {
    expect(parseBasis("12,300人×(1+3%)6=14,700人")).toMatchObject({ kind: "compound-growth", periods: 6 });
    expect(parseBasis("平均従業員数8人×誘致企業2社/年")).toMatchObject({ kind: "product" });
  });
});
