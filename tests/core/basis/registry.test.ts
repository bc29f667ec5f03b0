import { EVERY_KIND_DEFINED, RULES, ruleDef } from "../../../src/core/basis/registry";
import { parseBasis } from "../../../src/core/basis/parse";

/** Issue 14, point 5: one ordered registry of {kind, match, evaluate, explain} for parsing and evaluation. */
describe("the rule registry", () => {
  it("defines every rule kind (checked by the type of EVERY_KIND_DEFINED), each with words in both languages", () => {
    expect(EVERY_KIND_DEFINED).toBe(true);
    for (const def of RULES) {
      expect(ruleDef(def.kind).kind).toBe(def.kind);
      expect([def.kind, def.explain.ja !== "", def.explain.en !== ""]).toEqual([def.kind, true, true]);
    }
    expect(new Set(RULES.map((d) => d.kind)).size).toBe(20);
  });

  it("is tried in order: a written formula before the product its 「×」 would otherwise give", () => {
    expect(parseBasis("12,300人×(1+3%)6=14,700人")).toMatchObject({ kind: "compound-growth", periods: 6 });
    expect(parseBasis("平均従業員数8人×誘致企業2社/年")).toMatchObject({ kind: "product" });
  });
});
