import type { Scan } from "../tokens";
import { common, isKw, isNum, textNumber } from "../scan";
import { rolesOf } from "../roles";
import {
  baseAndPeriods,
  baseWords,
  evaluated,
  inRowUnits,
  periodAlternatives,
  show,
  signWord,
  fromText,
} from "../eval-helpers";
import { fmt } from "../numbers";
import type { Direction, Evaluation, RuleCommon, RuleData, RuleDef, TextNumber } from "../types";

export type StepEveryRule = RuleCommon & { kind: "step-every"; step: TextNumber; every: number; direction: Direction };

/** 2か年1組織, 3年ごとに1校: one step every N years → base ± d × ⌊n / N⌋. */
export function matchStepEvery(scan: Scan): StepEveryRule | null {
  const toks = scan.tokens;
  // The role stage tells a step every span from a total over it (「5年間で2,000人」).
  for (const { role, use, token: span, at: i } of rolesOf(scan).numbers) {
    if (role !== "period" || use !== "every" || span.value < 1) continue;
    const step = toks[i + 1];
    if (!isNum(step)) continue;
    const dec = toks.slice(i + 2, i + 5).some((t) => isKw(t, "dec"));
    return {
      kind: "step-every",
      every: span.value,
      step: textNumber(step),
      direction: dec ? -1 : 1,
      ...common(scan, step),
    };
  }
  return null;
}

export function evaluateStepEvery(rule: StepEveryRule, data: RuleData): Evaluation {
  const bn = baseAndPeriods(data);
  if ("ok" in bn) return bn;
  const { base, n } = bn;
  const d = inRowUnits(rule.step, data);
  const at = (k: number) => base.value + rule.direction * d * Math.floor(k / rule.every);
  const value = at(n);
  const steps = Math.floor(n / rule.every);
  const b = baseWords(base, data);
  const w = signWord(rule.direction);
  const step = fromText(rule.step.text);
  return evaluated(
    value,
    {
      ja: `${b.ja}から${fmt(rule.every)}年ごとに${step.ja}の${w.ja}（${n}年で${steps}回）`,
      en: `from ${b.en}, ${w.en} of ${step.en} every ${fmt(rule.every)} years (${steps} times in ${n} years)`,
    },
    `${b.shown} ${rule.direction === 1 ? "+" : "−"} ${fmt(d)} × ⌊${n} ÷ ${fmt(rule.every)}⌋ = ${show(value, data)}`,
    { alternatives: periodAlternatives(n, at), unitWritten: rule.step.counter, at },
  );
}

export const stepEveryRule: RuleDef<StepEveryRule> = {
  kind: "step-every",
  match: matchStepEvery,
  evaluate: evaluateStepEvery,
  explain: { ja: "数年ごとの増減", en: "a step every few years" },
  label: { ja: "○年ごとに増減", en: "step every few years" },
};
