import type { Scan } from "../tokens";
import { common, directionAfter, resultBound } from "../scan";
import { rolesOf } from "../roles";
import {
  compoundPath,
  baseWords,
  noBase,
  evaluated,
  periodAlternatives,
  pointsAlternative,
  show,
  signWord,
  fromText,
} from "../eval-helpers";
import { factorOf, fmt, sup } from "../numbers";
import type { Bilingual, Direction, Evaluation, RuleCommon, RuleData, RuleDef } from "../types";

export type CompoundGrowthRule = RuleCommon & { kind: "compound-growth"; percent: number; direction: Direction };

/** 年1%の増加, 毎年5%削減, 前年度比3%増, 年間2割程度の拡大: base × (1 ± r)^n. */
export function matchCompoundGrowth(scan: Scan): CompoundGrowthRule | null {
  for (const { role, token: t, at: i, yearly } of rolesOf(scan).numbers) {
    if (role !== "rate" || !yearly || t.kind !== "percent" || t.paren) continue;
    const direction = directionAfter(scan, i);
    if (direction === null) continue;
    const bound = resultBound(t.bound, direction);
    return { kind: "compound-growth", percent: t.value, direction, ...common(scan, t), ...(bound ? { bound } : {}) };
  }
  return null;
}

/** The yearly rate, read from the text: 「根拠の年1%」, "1% (basis text)" (a year follows in English). */
function rateWords(rule: CompoundGrowthRule): Bilingual {
  const percent = fmt(rule.percent);
  return { ja: fromText(`年${percent}%`).ja, en: fromText(`${percent}%`).en };
}

export function evaluateCompoundGrowth(rule: CompoundGrowthRule, data: RuleData): Evaluation {
  if (rule.periods) return overStatedPeriods(rule, rule.periods, data);
  const path = compoundPath(data, rule.percent, rule.direction);
  if ("ok" in path) return path;
  const { base, n, factor: f, at } = path;
  const value = at(n);
  const word = signWord(rule.direction);
  const b = baseWords(base, data);
  const rate = rateWords(rule);
  const alternatives = periodAlternatives(n, at);
  if (data.percentIndicator) alternatives.push(pointsAlternative(base.value + rule.direction * rule.percent * n));
  return evaluated(
    value,
    {
      ja: `${b.ja}から${rate.ja}の${word.ja}を${n}年（複利）`,
      en: `from ${b.en}, ${word.en} of ${rate.en} a year compounded over ${n} years`,
    },
    `${b.shown} × ${fmt(f, 6)}${sup(n)} = ${show(value, data)}`,
    { alternatives, at },
  );
}

/**
 * 「年平均1%以上削減…(1%×3年)」: the text sets the number of years itself, over the sheet's span.
 * Compounded, with the simple sum (1% × 3 = 3%) named as the other reading.
 */
function overStatedPeriods(rule: CompoundGrowthRule, n: number, data: RuleData): Evaluation {
  if (!data.base) return noBase();
  const base = data.base;
  const f = factorOf(rule.percent, rule.direction);
  const value = base.value * f ** n;
  const word = signWord(rule.direction);
  const b = baseWords(base, data);
  const simple = base.value * (1 + (rule.direction * rule.percent * n) / 100);
  const rate = rateWords(rule);
  const percent = fmt(rule.percent);
  return evaluated(
    value,
    {
      ja: `${b.ja}から${rate.ja}の${word.ja}を根拠の示す${n}年（複利）`,
      en: `from ${b.en}, ${word.en} of ${rate.en} a year compounded over the ${n} years the basis states`,
    },
    `${b.shown} × ${fmt(f, 6)}${sup(n)} = ${show(value, data)}`,
    {
      alternatives: [
        {
          kind: "simple",
          label: {
            ja: `単純加算（${percent}%×${n}年）で計算`,
            en: `the simple sum (${percent}% × ${n})`,
          },
          value: simple,
        },
      ],
    },
  );
}

export const compoundGrowthRule: RuleDef<CompoundGrowthRule> = {
  kind: "compound-growth",
  match: matchCompoundGrowth,
  evaluate: evaluateCompoundGrowth,
  explain: { ja: "年率の増減（複利）", en: "a yearly rate, compounded" },
  label: { ja: "毎年○%増減（複利）", en: "yearly % change (compound)" },
};
