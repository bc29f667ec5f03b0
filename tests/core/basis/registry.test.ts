import { RULE_KINDS, RULES, ruleDef } from "../../../src/core/basis/registry";
import { parseBasis } from "../../../src/core/basis/parse";

/** Issue 14, point 5: one ordered registry of {kind, match, evaluate, explain} for parsing and evaluation. */
describe("the rule registry", () => {
  it("defines every rule kind once, each with words and a label in both languages", () => {
    for (const def of RULES) {
      expect(ruleDef(def.kind).kind).toBe(def.kind);
      const words = [def.explain.ja, def.explain.en, def.label.ja, def.label.en];
      expect([def.kind, words.every((w) => w !== "")]).toEqual([def.kind, true]);
    }
    expect(RULE_KINDS).toHaveLength(20);
    expect(new Set(RULE_KINDS).size).toBe(RULE_KINDS.length);
  });

  it("speaks of a kind read two ways in that kind's own words (a written formula is compound growth)", () => {
    const [formula, general] = RULES.filter((d) => d.kind === "compound-growth");
    expect(formula.match).not.toBe(general.match);
    expect([formula.evaluate, formula.explain, formula.label]).toEqual([
      general.evaluate,
      general.explain,
      general.label,
    ]);
  });

  it("is tried in order: a written formula before the product its 「×」 would otherwise give", () => {
    expect(parseBasis("12,300人×(1+3%)6=14,700人")).toMatchObject({ kind: "compound-growth", periods: 6 });
    expect(parseBasis("平均従業員数8人×誘致企業2社/年")).toMatchObject({ kind: "product" });
  });
});
