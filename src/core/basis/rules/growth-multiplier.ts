import type { Scan } from "../tokens";
import { common, isNum } from "../scan";
import { baseWords, evaluated, noBase, show } from "../eval-helpers";
import { fmt } from "../numbers";
import type { Evaluation, RuleCommon, RuleData, RuleDef } from "../types";

export type GrowthMultiplierRule = RuleCommon & { kind: "growth-multiplier"; factor: number };

/** R6年度実績×伸び率(1.136): base × g, the growth over the whole period given as a factor. */
export function matchGrowthMultiplier(scan: Scan): GrowthMultiplierRule | null {
  const toks = scan.tokens;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.t !== "kw" || t.k !== "rate" || t.word.includes("平均")) continue;
    const next = toks[i + 1];
    if (!isNum(next) || next.kind !== "count" || next.counter !== "" || next.value <= 0) continue;
    // A bare factor close after the word (伸び率(1.136)); 伸び率1.1% is a percent, not this rule.
    if (next.start - t.end > 3 || next.value > 10) continue;
    return { kind: "growth-multiplier", factor: next.value, ...common(scan, next) };
  }
  return null;
}

export function evaluateGrowthMultiplier(rule: GrowthMultiplierRule, data: RuleData): Evaluation {
  if (!data.base) return noBase();
  const base = data.base;
  const value = base.value * rule.factor;
  const b = baseWords(base, data);
  return evaluated(
    value,
    { ja: `${b.ja}に伸び率${fmt(rule.factor, 6)}を乗じる`, en: `${b.en} times the growth rate ${fmt(rule.factor, 6)}` },
    `${b.shown} × ${fmt(rule.factor, 6)} = ${show(value, data)}`,
  );
}

export const growthMultiplierRule: RuleDef<GrowthMultiplierRule> = {
  kind: "growth-multiplier",
  match: matchGrowthMultiplier,
  evaluate: evaluateGrowthMultiplier,
  explain: { ja: "伸び率を乗じる", en: "a growth multiplier" },
  label: { ja: "伸び率を掛ける", en: "growth multiplier" },
};
