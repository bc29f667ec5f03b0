import type { Bound } from "../../quantity/types";
import type { Scan } from "../tokens";
import { common, gap, isKw, isNum, textNumber } from "../scan";
import { evaluated, inRowUnits } from "../eval-helpers";
import type { Evaluation, RuleCommon, RuleData, RuleDef, TextNumber } from "../types";

export type PeriodAverageRule = RuleCommon & {
  kind: "period-average";
  /** The span the mean is taken over (3 for 「3年間平均」). */
  years: number;
  /** The level the period's mean must meet (with the common bound). */
  level: TextNumber;
};

/** Between 「3年間」 and 平均: nothing, or の. */
const SPAN_TO_AVG = /^\s?の?\s?$/;
/** Between 平均 and the level: で, 値で, を, が, として. */
const AVG_TO_LEVEL = /^\s?(?:値)?\s?(?:で|を|が|は|として|について)?\s?$/;
/** 「過去3年間の平均」「直近5か年平均」: an average of past years is a base, not the target's form. */
const PAST = /(?:過去|直近|これまで|前期)\s?の?\s?$/;

/**
 * 「3年間平均で1,200t以下」「5か年の平均値で85%以上」: the target is the mean over the period,
 * and the text's level (with its bound) is what that mean must meet. A change after the number
 * (「3年間平均で10%削減」) is a change, read by the change rules.
 */
export function matchPeriodAverage(scan: Scan): PeriodAverageRule | null {
  const toks = scan.tokens;
  for (let i = 0; i + 2 < toks.length; i++) {
    const [span, avg, level] = [toks[i], toks[i + 1], toks[i + 2]];
    if (!isNum(span) || span.kind !== "span" || span.value < 2 || !isKw(avg, "avg")) continue;
    if (!isNum(level) || (level.kind !== "count" && level.kind !== "percent")) continue;
    // 「年1%」「毎年100人」 are yearly changes; 「1,200t/年」 is a level counted per year.
    if (level.sign || level.from || (level.perYear && !level.text.endsWith("/年"))) continue;
    if (!SPAN_TO_AVG.test(gap(scan, span, avg)) || !AVG_TO_LEVEL.test(gap(scan, avg, level))) continue;
    if (PAST.test(scan.text.slice(0, span.start))) continue;
    if (isKw(toks[i + 3], "inc", "dec")) continue;
    const { baseYear: _named, textBase: _from, ...rest } = common(scan, level);
    return { kind: "period-average", years: span.value, level: textNumber(level), ...rest };
  }
  return null;
}

const BOUND_EN: Record<Bound, string> = { 以上: "at least ", 以下: "at most ", 超: "above ", 未満: "below " };

export function evaluatePeriodAverage(rule: PeriodAverageRule, data: RuleData): Evaluation {
  const value = inRowUnits(rule.level, data);
  const bound = rule.bound ?? "";
  return evaluated(
    value,
    {
      ja: `${rule.years}年間の平均で${rule.level.text}${bound}（目標値はその期間の平均）`,
      en: `the mean over ${rule.years} years ${rule.bound ? BOUND_EN[rule.bound] : "at "}${rule.level.text} (the target is that period's mean)`,
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
