import type { Scan } from "../tokens";
import { common, isNum, textNumber } from "../scan";
import { evaluated, inRowUnits, show } from "../eval-helpers";
import type { Evaluation, RuleCommon, RuleData, RuleDef, TextNumber } from "../types";
import type { FiscalYear } from "../../years/types";

export type PastPeakRule = RuleCommon & { kind: "past-peak"; lowest: boolean; value?: TextNumber; year?: FiscalYear };

/** 過去最高の定着率(2020年度:85%)を目指す, 過去最低を下回る: the best (or lowest) past value. */
export function matchPastPeak(scan: Scan): PastPeakRule | null {
  const toks = scan.tokens;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.t !== "kw" || (t.k !== "peak" && t.k !== "low")) continue;
    const rule: PastPeakRule = { kind: "past-peak", lowest: t.k === "low", ...common(scan) };
    // A value written close after the word, possibly after its year: (2020年度:85%).
    for (let j = i + 1; j < toks.length && toks[j].start - t.end <= 16; j++) {
      const n = toks[j];
      if (n.t === "year") rule.year = n.year;
      if (isNum(n) && (n.kind === "count" || n.kind === "percent")) {
        rule.value = textNumber(n);
        break;
      }
      if (n.t === "kw" && n.k === "stop") break;
    }
    return rule;
  }
  return null;
}

export function evaluatePastPeak(rule: PastPeakRule, data: RuleData): Evaluation {
  const word = rule.lowest ? { ja: "過去最低", en: "lowest past value" } : { ja: "過去最高", en: "best past value" };
  if (rule.value) {
    const value = inRowUnits(rule.value, data);
    const when = rule.year ? `（${rule.year.label}）` : "";
    return evaluated(
      value,
      {
        ja: `根拠に書かれた${word.ja}${when}の${rule.value.text}`,
        en: `the ${word.en}${rule.year ? ` (${rule.year.label})` : ""} written in the basis, ${rule.value.text}`,
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
