import type { KwToken, Scan } from "../tokens";
import { common, isKw, textNumber } from "../scan";
import { rolesOf } from "../roles";
import { evaluated, inRowUnits, show, fromText } from "../eval-helpers";
import type { Evaluation, RuleCommon, RuleData, RuleDef, TextNumber } from "../types";
import type { FiscalYear } from "../../years/types";

export type PastPeakRule = RuleCommon & { kind: "past-peak"; lowest: boolean; value?: TextNumber; year?: FiscalYear };

/** 過去最高の定着率(2020年度:85%)を目指す, 過去最低を下回る: the best (or lowest) past value. */
export function matchPastPeak(scan: Scan): PastPeakRule | null {
  const word = scan.tokens.find((t): t is KwToken => isKw(t, "peak", "low"));
  if (!word) return null;
  const rule: PastPeakRule = { kind: "past-peak", lowest: word.k === "low", ...common(scan) };
  // The past value the role stage placed close after the word, in its sentence, maybe after its
  // year: (2020年度:85%).
  const stop = scan.tokens.find((t) => isKw(t, "stop") && t.start > word.end)?.start ?? Infinity;
  const near = (t: { start: number }) => t.start > word.end && t.start - word.end <= 16 && t.start < stop;
  const { numbers, years } = rolesOf(scan);
  const value = numbers.find(
    ({ role, token: t }) => role === "level" && (t.kind === "count" || t.kind === "percent") && near(t),
  );
  if (!value) return rule;
  rule.value = textNumber(value.token);
  const year = years.filter((y) => near(y) && y.start < value.token.start).pop();
  if (year) rule.year = year.year;
  return rule;
}

export function evaluatePastPeak(rule: PastPeakRule, data: RuleData): Evaluation {
  const word = rule.lowest ? { ja: "過去最低", en: "lowest past value" } : { ja: "過去最高", en: "best past value" };
  if (rule.value) {
    const value = inRowUnits(rule.value, data);
    const when = rule.year ? `（${rule.year.label}）` : "";
    const written = fromText(rule.value.text);
    return evaluated(
      value,
      {
        ja: `${word.ja}${when}の${written.ja}`,
        en: `the ${word.en}${rule.year ? ` (${rule.year.label})` : ""}, ${written.en}`,
      },
      `${rule.value.text}`,
      { unitWritten: rule.value.counter },
    );
  }
  if (data.series.length === 0) {
    return {
      ok: false,
      reason: "no-data",
      missing: [],
      detail: { ja: "シートに実績値がありません", en: "the sheet has no values" },
    };
  }
  const pick = data.series.reduce((a, b) => (rule.lowest ? (b.value < a.value ? b : a) : b.value > a.value ? b : a));
  const years = `${data.series[0].year.label}～${data.series[data.series.length - 1].year.label}`;
  return evaluated(
    pick.value,
    {
      ja: `シートにある年度（${years}）の${word.ja}（${pick.year.label}）`,
      en: `the ${word.en} among the years on the sheet (${years}): ${pick.year.label}`,
    },
    `${pick.year.label}: ${show(pick.value, data)}`,
  );
}

export const pastPeakRule: RuleDef<PastPeakRule> = {
  kind: "past-peak",
  match: matchPastPeak,
  evaluate: evaluatePastPeak,
  explain: { ja: "過去最高（最低）の値", en: "the past peak (or low)" },
  label: { ja: "過去の最高（最低）値", en: "past peak (or low)" },
};
