import { annualIncrementRule } from "./rules/annual-increment";
import { averagePlusPercentRule } from "./rules/average-plus-percent";
import { compoundGrowthRule } from "./rules/compound-growth";
import { explicitPathRule } from "./rules/explicit-path";
import { fixedRule } from "./rules/fixed";
import { growthFormulaRule } from "./rules/growth-formula";
import { growthMultiplierRule } from "./rules/growth-multiplier";
import { linearPathRule } from "./rules/linear-path";
import { maintainRule } from "./rules/maintain";
import { meanYearlyChangeRule } from "./rules/mean-yearly-change";
import { multipleRule } from "./rules/multiple";
import { oneOffChangeRule } from "./rules/one-off-change";
import { pastAverageRateRule } from "./rules/past-average-rate";
import { pastPeakRule } from "./rules/past-peak";
import { periodAverageRule } from "./rules/period-average";
import { periodTotalRule } from "./rules/period-total";
import { productRule } from "./rules/product";
import { reachLevelRule } from "./rules/reach-level";
import { scheduleRule } from "./rules/schedule";
import { shareOfRule } from "./rules/share-of";
import { stepEveryRule } from "./rules/step-every";
import type { Evaluation, Rule, RuleData, RuleDef, RuleKind } from "./types";

/**
 * Every rule kind, in the order a text is tried against them: most specific first — a written
 * formula, a rule that names a range, a factor word or a product comes before the generic
 * "a number and a change word", and a bare level comes last. Parsing walks this list; evaluation
 * takes the first entry of the rule's kind. A new kind is one module and one line here.
 */
/** A definition of any one kind (its rule and evaluate agreeing on that kind). */
export type AnyRuleDef = { [K in RuleKind]: RuleDef<K> }[RuleKind];

export const RULES = [
  growthFormulaRule,
  periodAverageRule,
  periodTotalRule,
  linearPathRule,
  growthMultiplierRule,
  pastAverageRateRule,
  averagePlusPercentRule,
  meanYearlyChangeRule,
  shareOfRule,
  productRule,
  scheduleRule,
  stepEveryRule,
  compoundGrowthRule,
  annualIncrementRule,
  oneOffChangeRule,
  multipleRule,
  pastPeakRule,
  explicitPathRule,
  fixedRule,
  reachLevelRule,
  maintainRule,
] as const satisfies readonly AnyRuleDef[];

/** A kind of the Rule union with no definition here fails the type check. */
type Undefined = Exclude<RuleKind, (typeof RULES)[number]["kind"]>;
export const EVERY_KIND_DEFINED: [Undefined] extends [never] ? true : Undefined = true;

const BY_KIND = new Map<RuleKind, AnyRuleDef>();
for (const def of RULES) if (!BY_KIND.has(def.kind)) BY_KIND.set(def.kind, def);

export function ruleDef(kind: RuleKind): AnyRuleDef {
  const def = BY_KIND.get(kind);
  if (!def) throw new Error(`no rule definition for ${kind}`);
  return def;
}

/** The rule's own evaluation (a rule's kind always selects a definition of that kind). */
export function evaluateByKind(rule: Rule, data: RuleData): Evaluation {
  return (ruleDef(rule.kind).evaluate as (r: Rule, d: RuleData) => Evaluation)(rule, data);
}
