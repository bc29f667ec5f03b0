import type { NumToken, Scan } from "../tokens";
import { common } from "../scan";
import { rolesOf } from "../roles";
import { baseWords, compoundPath, evaluated, periodAlternatives, show, fromText } from "../eval-helpers";
import { fmt, sup } from "../numbers";
import type { Direction, Evaluation, RuleCommon, RuleData, RuleDef } from "../types";
import type { FiscalYear } from "../../years/types";

export type PastAverageRateRule = RuleCommon & {
  kind: "past-average-rate";
  from: FiscalYear;
  to: FiscalYear;
  percent: number;
  direction: Direction;
};

/** H18~H23までの平均減少率約6%: the past mean yearly rate (the role stage's), compounded from the base. */
export function matchPastAverageRate(scan: Scan): PastAverageRateRule | null {
  for (const { over, of, direction, end } of rolesOf(scan).means) {
    if (of !== "rate" || !("from" in over)) continue;
    const num = scan.tokens[end + 1] as NumToken;
    return {
      kind: "past-average-rate",
      from: over.from,
      to: over.to,
      percent: num.value,
      direction: direction ?? 1,
      ...common(scan, num),
    };
  }
  return null;
}

export function evaluatePastAverageRate(rule: PastAverageRateRule, data: RuleData): Evaluation {
  const path = compoundPath(data, rule.percent, rule.direction);
  if ("ok" in path) return path;
  const { base, n, factor: f, at } = path;
  const value = at(n);
  const b = baseWords(base, data);
  const word = rule.direction === 1 ? { ja: "増加率", en: "growth" } : { ja: "減少率", en: "decline" };
  const rate = fromText(`${fmt(rule.percent)}%`);
  return evaluated(
    value,
    {
      ja: `${rule.from.label}～${rule.to.label}の平均${word.ja}（${rate.ja}）を${b.ja}から${n}年続ける`,
      en: `the ${rule.from.label}–${rule.to.label} mean ${word.en} of ${rate.en} a year, from ${b.en} over ${n} years`,
    },
    `${b.shown} × ${fmt(f, 6)}${sup(n)} = ${show(value, data)}`,
    { alternatives: periodAlternatives(n, at), at },
  );
}

export const pastAverageRateRule: RuleDef<PastAverageRateRule> = {
  kind: "past-average-rate",
  match: matchPastAverageRate,
  evaluate: evaluatePastAverageRate,
  explain: { ja: "過去の平均伸び率", en: "the past average rate" },
  label: { ja: "過去の平均伸び率を延長", en: "past mean growth rate, extended" },
};
