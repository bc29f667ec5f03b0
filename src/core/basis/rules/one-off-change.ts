import type { Scan } from "../tokens";
import { common, kwAfter, resultBound } from "../scan";
import { rolesOf } from "../roles";
import { baseWords, evaluated, fromText, noBase, pointsAlternative, show, signWord } from "../eval-helpers";
import { factorOf, fmt } from "../numbers";
import type { Direction, Evaluation, RuleCommon, RuleData, RuleDef } from "../types";

export type OneOffChangeRule = RuleCommon & {
  kind: "one-off-change";
  percent: number;
  direction: Direction;
  /** 「5ポイント向上」: the change is in points, added to the base, not a percent of it. */
  points?: boolean;
};

/**
 * 「R5は10%増加した」「10%減少しており、」「10%増加したため」: the change word closes its clause in a
 * past or ongoing form, a fact the text reports, not a change to make; so does a change that
 * names a past outcome (「10%増加した実績を維持する」「5%削減した結果」). 「10%増やした値」 (the
 * value increased by 10%) names the goal and is read.
 */
const PAST_FACT =
  /^(?:さ?せ|し)(?:(?:た(?:ため|ので|が|けど|けれど)?|ました|ており|ています|てきた)\s?(?:[、,。]|$)|た(?:実績(?!値)|結果))/;

/** R6の現状から約10%の増加 / 30%の増加 / 25%以上減らす (no 年/毎年): base × (1 ± p), once. */
export function matchOneOffChange(scan: Scan): OneOffChangeRule | null {
  // 「75%に向上」「60%まで引き上げ」 are levels (the role stage says so), not a change of 75%.
  for (const { role, token: t, at: i, yearly } of rolesOf(scan).numbers) {
    if (role !== "rate" || yearly || (t.kind !== "percent" && t.kind !== "points") || t.paren) continue;
    const word = kwAfter(scan, i, ["inc", "dec"]);
    if (word === null || PAST_FACT.test(scan.text.slice(word.end))) continue;
    const direction = word.k === "dec" ? -1 : 1;
    const bound = resultBound(t.bound, direction);
    const points = t.kind === "points" ? { points: true } : {};
    return {
      kind: "one-off-change",
      percent: t.value,
      direction,
      ...points,
      ...common(scan, t),
      ...(bound ? { bound } : {}),
    };
  }
  return null;
}

export function evaluateOneOffChange(rule: OneOffChangeRule, data: RuleData): Evaluation {
  if (!data.base) return noBase();
  const base = data.base;
  // A decrease of a population on an indicator that counts the decrease (減少数).
  if (data.delta && rule.direction === -1 && !rule.points) return evaluateAmountOfChange(rule, data);
  if (rule.points) return evaluatePoints(rule, data);
  const f = factorOf(rule.percent, rule.direction);
  const value = base.value * f;
  const word = signWord(rule.direction);
  const b = baseWords(base, data);
  const pct = fromText(`${fmt(rule.percent)}%`);
  return evaluated(
    value,
    {
      ja: `${b.ja}から${pct.ja}の${word.ja}`,
      en: `from ${b.en}, a one-off ${word.en} of ${pct.en}`,
    },
    `${b.shown} × ${fmt(f, 6)} = ${show(value, data)}`,
    { alternatives: data.percentIndicator ? [pointsAlternative(base.value + rule.direction * rule.percent)] : [] },
  );
}

/**
 * The indicator counts the change itself (減少数): the rate gives the amount, base × p, and a
 * 「4%以上削減」 asks for at least that amount (the bound is not turned round as for a level).
 */
function evaluateAmountOfChange(rule: OneOffChangeRule, data: RuleData): Evaluation {
  const base = data.base!;
  const value = (base.value * rule.percent) / 100;
  const word = signWord(rule.direction);
  const b = baseWords(base, data);
  const bound = rule.direction === -1 ? resultBound(rule.bound, -1) : rule.bound;
  const pct = fromText(`${fmt(rule.percent)}%`);
  return evaluated(
    value,
    {
      ja: `${b.ja}の${pct.ja}（指標は${word.ja}数）`,
      en: `${pct.en} of ${b.en} (the indicator counts the ${word.en})`,
    },
    `${b.shown} × ${fmt(rule.percent)}% = ${show(value, data)}`,
    bound ? { bound } : {},
  );
}

/** 「R6から5ポイント向上」: the points added to the base (64.8% + 5 = 69.8%). */
function evaluatePoints(rule: OneOffChangeRule, data: RuleData): Evaluation {
  const base = data.base!;
  const value = base.value + rule.direction * rule.percent;
  const word = signWord(rule.direction);
  const b = baseWords(base, data);
  const pts = { ja: fromText(`${fmt(rule.percent)}ポイント`).ja, en: fromText(`${fmt(rule.percent)} points`).en };
  return evaluated(
    value,
    {
      ja: `${b.ja}から${pts.ja}の${word.ja}`,
      en: `from ${b.en}, ${word.en} of ${pts.en}`,
    },
    `${b.shown} ${rule.direction === 1 ? "+" : "−"} ${fmt(rule.percent)} = ${show(value, data)}`,
  );
}

export const oneOffChangeRule: RuleDef<OneOffChangeRule> = {
  kind: "one-off-change",
  match: matchOneOffChange,
  evaluate: evaluateOneOffChange,
  explain: { ja: "基準からの増減率", en: "a one-off change from the base" },
  label: { ja: "基準値から○%増減", en: "% change from the base" },
};
