import type { Scan } from "../tokens";
import { common, directionAfter, resultBound, textNumber } from "../scan";
import { rolesOf } from "../roles";
import {
  baseAndPeriods,
  baseWords,
  evaluated,
  inRowUnits,
  noBase,
  periodAlternatives,
  show,
  signWord,
  fromText,
} from "../eval-helpers";
import { fmt } from "../numbers";
import type { Direction, Evaluation, RuleCommon, RuleData, RuleDef, TextNumber } from "../types";

export type AnnualIncrementRule = RuleCommon & {
  kind: "annual-increment";
  step: TextNumber;
  direction: Direction;
  /** 「500人増加させる」: the amount once, not each year. */
  once?: boolean;
};

/**
 * 年間2医療機関の増加, 毎年100人程度の利用者増, 50人/年の削減: base ± d × n; and an amount of change
 * once, as the role stage places it — 「R6から500人増加させる」「12,400キロリットル削減」: base ± d.
 */
export function matchAnnualIncrement(scan: Scan): AnnualIncrementRule | null {
  for (const { role, token: t, at: i } of rolesOf(scan).numbers) {
    if (t.kind !== "count" || t.paren || (role !== "step" && role !== "change")) continue;
    const direction = directionAfter(scan, i, role === "change" ? 8 : undefined);
    if (direction === null) continue;
    const bound = resultBound(t.bound, direction);
    return {
      kind: "annual-increment",
      step: textNumber(t),
      direction,
      ...(role === "change" ? { once: true } : {}),
      ...common(scan, t),
      ...(bound ? { bound } : {}),
    };
  }
  return null;
}

export function evaluateAnnualIncrement(rule: AnnualIncrementRule, data: RuleData): Evaluation {
  if (rule.once) return evaluateOnce(rule, data);
  const bn = baseAndPeriods(data);
  if ("ok" in bn) return bn;
  const { base, n } = bn;
  const d = inRowUnits(rule.step, data);
  const at = (k: number) => base.value + rule.direction * d * k;
  const value = at(n);
  const op = rule.direction === 1 ? "+" : "−";
  const b = baseWords(base, data);
  const w = signWord(rule.direction);
  const step = fromText(rule.step.text);
  return evaluated(
    value,
    {
      ja: `${b.ja}から${fromText(`毎年${rule.step.text}`).ja}の${w.ja}を${n}年`,
      en: `from ${b.en}, ${w.en} of ${step.en} a year over ${n} years`,
    },
    `${b.shown} ${op} ${fmt(d)} × ${n} = ${show(value, data)}`,
    { alternatives: periodAlternatives(n, at), unitWritten: rule.step.counter, at },
  );
}

export const annualIncrementRule: RuleDef<AnnualIncrementRule> = {
  kind: "annual-increment",
  match: matchAnnualIncrement,
  evaluate: evaluateAnnualIncrement,
  explain: { ja: "毎年一定数の増減", en: "a fixed amount each year" },
  label: { ja: "毎年○ずつ増減", en: "fixed yearly step" },
};

function evaluateOnce(rule: AnnualIncrementRule, data: RuleData): Evaluation {
  if (!data.base) return noBase();
  const d = inRowUnits(rule.step, data);
  const value = data.base.value + rule.direction * d;
  const b = baseWords(data.base, data);
  const w = signWord(rule.direction);
  const step = fromText(rule.step.text);
  return evaluated(
    value,
    { ja: `${b.ja}から${step.ja}の${w.ja}`, en: `from ${b.en}, ${w.en} of ${step.en}` },
    `${b.shown} ${rule.direction === 1 ? "+" : "−"} ${fmt(d)} = ${show(value, data)}`,
    { unitWritten: rule.step.counter },
  );
}
