import type { Scan } from "../tokens";
import { common, directionAfter, isNum, kwBefore, resultBound, textNumber } from "../scan";
import { baseAndPeriods, baseWords, evaluated, inRowUnits, periodAlternatives, show, signWord } from "../eval-helpers";
import { fmt } from "../numbers";
import type { Evaluation, RuleData, RuleDef, RuleOf } from "../types";

/** 年間2医療機関の増加, 毎年100人程度の利用者増, 50人/年の削減: base ± d × n. */
export function matchAnnualIncrement(scan: Scan): RuleOf<"annual-increment"> | null {
  for (let i = 0; i < scan.tokens.length; i++) {
    const t = scan.tokens[i];
    if (!isNum(t) || t.kind !== "count" || t.paren) continue;
    if (!t.perYear && !kwBefore(scan, i, ["yearly"], 3)) continue;
    const direction = directionAfter(scan, i);
    if (direction === null) continue;
    const bound = resultBound(t.bound, direction);
    return {
      kind: "annual-increment",
      step: textNumber(t),
      direction,
      ...common(scan, t),
      ...(bound ? { bound } : {}),
    };
  }
  return null;
}

export function evaluateAnnualIncrement(rule: RuleOf<"annual-increment">, data: RuleData): Evaluation {
  const bn = baseAndPeriods(data);
  if ("ok" in bn) return bn;
  const { base, n } = bn;
  const d = inRowUnits(rule.step, data);
  const at = (k: number) => base.value + rule.direction * d * k;
  const value = at(n);
  const op = rule.direction === 1 ? "+" : "−";
  const b = baseWords(base, data);
  const w = signWord(rule.direction);
  return evaluated(
    value,
    {
      ja: `${b.ja}から毎年${rule.step.text}の${w.ja}を${n}年`,
      en: `from ${b.en}, ${w.en} of ${rule.step.text} a year over ${n} years`,
    },
    `${b.shown} ${op} ${fmt(d)} × ${n} = ${show(value, data)}`,
    { alternatives: periodAlternatives(n, at), unitWritten: rule.step.counter, at },
  );
}

export const annualIncrementRule: RuleDef<"annual-increment"> = {
  kind: "annual-increment",
  match: matchAnnualIncrement,
  evaluate: evaluateAnnualIncrement,
  explain: { ja: "毎年一定数の増減", en: "a fixed amount each year" },
};
