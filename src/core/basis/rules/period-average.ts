import type { Bound } from "../../quantity/types";
import type { Scan } from "../tokens";
import { common, directionAfter, isKw, isNum, textNumber } from "../scan";
import { rolesOf } from "../roles";
import { evaluated, inRowUnits, fromText } from "../eval-helpers";
import type { Direction, Evaluation, NotEvaluated, RuleCommon, RuleData, RuleDef, TextNumber } from "../types";

export type PeriodAverageRule = RuleCommon & {
  kind: "period-average";
  /** The span the mean is taken over (3 for 「3年間平均」). */
  years: number;
  /** The level the period's mean must meet (with the common bound), or the yearly change averaged. */
  level: TextNumber;
  /** Set when `level` is a yearly change (年1%の増加) whose mean over the period is the goal. */
  yearly?: Direction;
};

/**
 * 「3年間平均で1,200t以下」「5か年の平均値で85%以上」: the target is the mean over the period,
 * and the text's level (with its bound) is what that mean must meet. A yearly rate in its place
 * (「3年間平均で年1%以上の増加」) is read as such — a mean of yearly changes, which fixes no single
 * year's value, so it is never taken for compound growth. A one-off change after the number
 * (「3年間平均で10%削減」) is a change, read by the change rules.
 */
export function matchPeriodAverage(scan: Scan): PeriodAverageRule | null {
  for (const period of rolesOf(scan).numbers) {
    if (period.role !== "period" || period.use !== "mean" || period.of === undefined) continue;
    const value = scan.tokens[period.of];
    if (!isNum(value) || (value.kind !== "count" && value.kind !== "percent") || value.sign || value.from) continue;
    const { baseYear: _named, textBase: _from, ...rest } = common(scan, value);
    // 「年1%」「毎年100人」 with a change word: a yearly change averaged over the period.
    if (value.perYear && !value.text.endsWith("/年")) {
      const yearly = directionAfter(scan, period.of);
      if (yearly === null) continue;
      return { kind: "period-average", years: period.token.value, level: textNumber(value), yearly, ...rest };
    }
    if (isKw(scan.tokens[period.of + 1], "inc", "dec")) continue;
    return { kind: "period-average", years: period.token.value, level: textNumber(value), ...rest };
  }
  return null;
}

const BOUND_EN: Record<Bound, string> = { 以上: "at least ", 以下: "at most ", 超: "above ", 未満: "below " };

export function evaluatePeriodAverage(rule: PeriodAverageRule, data: RuleData): Evaluation {
  if (rule.yearly) return yearlyMean(rule, rule.yearly);
  const value = inRowUnits(rule.level, data);
  const bound = rule.bound ?? "";
  const level = fromText(rule.level.text);
  return evaluated(
    value,
    {
      ja: `${rule.years}年間の平均で${level.ja}${bound}（目標値はその期間の平均）`,
      en: `the mean over ${rule.years} years ${rule.bound ? BOUND_EN[rule.bound] : "at "}${level.en} (the target is that period's mean)`,
    },
    rule.level.text,
    { unitWritten: rule.level.counter },
  );
}

export const periodAverageRule: RuleDef<PeriodAverageRule> = {
  kind: "period-average",
  match: matchPeriodAverage,
  evaluate: evaluatePeriodAverage,
  explain: { ja: "期間平均の目標", en: "a target for the period's mean" },
  label: { ja: "期間平均で○", en: "a level for the period's mean" },
};

/**
 * A mean of yearly changes over the period: the years may differ as long as their mean meets
 * the rate, so no single value at the target year follows from it — said, not guessed.
 */
function yearlyMean(rule: PeriodAverageRule, direction: Direction): NotEvaluated {
  const change = `年${rule.level.text}${rule.bound ?? ""}の${direction === 1 ? "増加" : "減少"}`;
  const en = `a ${direction === 1 ? "rise" : "fall"} of ${rule.level.text}${rule.bound ? ` (${BOUND_EN[rule.bound].trim()})` : ""}`;
  return {
    ok: false,
    reason: "unclear",
    missing: [],
    detail: {
      ja: `根拠は${rule.years}年間の平均で${change}を求めています。年ごとの変化の平均なので、目標年度の値は一つに決まりません（毎年の複利とは読みません）`,
      en: `the basis asks for ${en} a year on average over ${rule.years} years; a mean of yearly changes fixes no single value at the target year (not read as compound growth)`,
    },
  };
}
