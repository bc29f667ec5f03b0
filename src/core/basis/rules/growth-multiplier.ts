import type { Scan } from "../tokens";
import { common } from "../scan";
import { rolesOf } from "../roles";
import { baseWords, evaluated, noBase, show, fromText } from "../eval-helpers";
import { fmt } from "../numbers";
import type { Evaluation, RuleCommon, RuleData, RuleDef } from "../types";

export type GrowthMultiplierRule = RuleCommon & { kind: "growth-multiplier"; factor: number };

/** R6年度実績×伸び率(1.136): base × g, the growth over the whole period given as a factor. */
export function matchGrowthMultiplier(scan: Scan): GrowthMultiplierRule | null {
  // The role stage reads a bare number just after 伸び率 as a rate given as a factor.
  for (const { role, token: t } of rolesOf(scan).numbers) {
    if (role !== "rate" || t.kind !== "count") continue;
    return { kind: "growth-multiplier", factor: t.value, ...common(scan, t) };
  }
  return null;
}

export function evaluateGrowthMultiplier(rule: GrowthMultiplierRule, data: RuleData): Evaluation {
  if (!data.base) return noBase();
  const base = data.base;
  const value = base.value * rule.factor;
  const b = baseWords(base, data);
  const g = fromText(fmt(rule.factor, 6));
  return evaluated(
    value,
    { ja: `${b.ja}に伸び率（${g.ja}）を乗じる`, en: `${b.en} times the growth rate ${g.en}` },
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
