import type { Scan } from "../tokens";
import { common, isKw, isNum, textNumber } from "../scan";
import { rolesOf } from "../roles";
import { evaluated, inRowUnits, fromText } from "../eval-helpers";
import { fmt } from "../numbers";
import type { Evaluation, RuleCommon, RuleData, RuleDef, TextNumber } from "../types";

export type PeriodTotalRule = RuleCommon & {
  kind: "period-total";
  /** The span the total is counted over (5 for 「5年間で2,000人」). */
  years: number;
  total: TextNumber;
};

/**
 * 「5年間で2,000人」「5か年の累計で300件」: a total over the period. Whether the row's target is
 * that total or a yearly value (2,000 ÷ 5) the row says — its unit (人/年), its name (累計, 年間);
 * when it does not, the row is 検証不可 rather than a guess. A change after the number
 * (「5年間で2,000人増加」) is a change, left to the change rules.
 */
export function matchPeriodTotal(scan: Scan): PeriodTotalRule | null {
  for (const period of rolesOf(scan).numbers) {
    if (period.role !== "period" || period.use !== "total" || period.of === undefined) continue;
    const total = scan.tokens[period.of];
    if (!isNum(total) || total.sign || total.from || total.perYear) continue;
    if (isKw(scan.tokens[period.of + 1], "inc", "dec", "avg")) continue;
    const { baseYear: _named, textBase: _from, periods: _n, ...rest } = common(scan, total);
    return { kind: "period-total", years: period.token.value, total: textNumber(total), ...rest };
  }
  return null;
}

export function evaluatePeriodTotal(rule: PeriodTotalRule, data: RuleData): Evaluation {
  const total = inRowUnits(rule.total, data);
  const n = rule.years;
  const written = fromText(rule.total.text);
  if (data.counted === "total") {
    return evaluated(
      total,
      {
        ja: `${n}年間の累計${written.ja}（目標値は累計）`,
        en: `the total over ${n} years, ${written.en} (the target is that total)`,
      },
      rule.total.text,
      { unitWritten: rule.total.counter },
    );
  }
  if (data.counted === "year") {
    const value = total / n;
    return evaluated(
      value,
      {
        ja: `${n}年間の累計${written.ja}を1年あたりに（目標値は1年あたり）`,
        en: `the total over ${n} years, ${written.en}, per year (the target is yearly)`,
      },
      `${fmt(total)} ÷ ${n} = ${fmt(value, 6)}`,
      { unitWritten: rule.total.counter },
    );
  }
  return {
    ok: false,
    reason: "unclear",
    missing: [],
    detail: {
      ja: `${written.ja}は${n}年間の累計ですが、目標値が累計か1年あたりかが指標名や単位から分かりません`,
      en: `${written.en} is a total over ${n} years, and neither the indicator's name nor its unit says whether the target is that total or a yearly value`,
    },
  };
}

export const periodTotalRule: RuleDef<PeriodTotalRule> = {
  kind: "period-total",
  match: matchPeriodTotal,
  evaluate: evaluatePeriodTotal,
  explain: { ja: "期間の累計", en: "a total over the period" },
  label: { ja: "期間の累計○", en: "a total over the period" },
};
