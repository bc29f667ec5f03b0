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
import type { Bilingual, Evaluation, RuleData, RuleDef, RuleShape } from "./types";
import type { Scan } from "./tokens";

/**
 * What every definition in the list has, whatever its kind: its own rule type stays with it
 * (`evaluate` takes only its kind), so the list is checked against this looser shape.
 */
interface AnyRuleDef {
  kind: string;
  match: (scan: Scan) => RuleShape | null;
  evaluate: (rule: never, data: RuleData) => Evaluation;
  explain: Bilingual;
  label: Bilingual;
}

/**
 * Every rule kind, in the order a text is tried against them: most specific first — a written
 * formula, a rule that names a range, a factor word or a product comes before the generic
 * "a number and a change word", and a bare level comes last. Parsing walks this list; the
 * `Rule` union, the kinds and their labels are derived from it. A new kind is one module and
 * one line here.
 */
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

type Listed = (typeof RULES)[number];
/** A rule read from a basis text: what any matcher in the list returns. */
export type Rule = Listed extends infer D ? (D extends RuleDef<infer R> ? R : never) : never;
export type RuleKind = Rule["kind"];

/** Every kind once, in list order (a kind read two ways, as compound growth is, counted once). */
export const RULE_KINDS: readonly RuleKind[] = [...new Set(RULES.map((d) => d.kind))];

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
