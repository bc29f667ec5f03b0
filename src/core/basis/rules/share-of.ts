import type { NumToken, Scan } from "../tokens";
import { common, directionAfter, gap, isKw, isNum, textNumber } from "../scan";
import { rolesOf } from "../roles";
import { baseWords, evaluated, inRowUnits, noBase, fromText } from "../eval-helpers";
import { fmt } from "../numbers";
import type { Evaluation, RuleCommon, RuleData, RuleDef, TextNumber } from "../types";

export type ShareOfRule = RuleCommon & {
  kind: "share-of";
  /** The population as written; absent when the text names it without its number (the row's base). */
  whole?: TextNumber;
  percent: number;
  /** The count the text works the share out to (6%にあたる9人). */
  count?: TextNumber;
  /** A count added to the share (未達成分4人を追加). */
  plus?: TextNumber;
};

/**
 * A share of a population: 「施設入所者(1,299人)のうち7%以上」「入所者数(640人)の3パーセント
 * である19人」, or of the population in the row's own base column when the text names it without
 * its number: 「施設入所者数の12%以上」「1.6%にあたる3人以上」「4.2%(11人)以上」. The count the
 * text works out (19人) is kept as the author's reading; a count added to it (前期計画の未達成分
 * 4人を追加し) is added.
 */

export function matchShareOf(scan: Scan): ShareOfRule | null {
  const roles = rolesOf(scan).numbers;
  for (const { role, token: pct, at, against } of roles) {
    if (role !== "rate" || pct.kind !== "percent") continue;
    // The role stage has placed the population before the rate and the count worked out after it.
    const whole = roles.find((n) => n.of === at && n.role === "population")?.token;
    const count = roles.find((n) => n.of === at && n.role === "worked")?.token;
    if (!whole && !count && against !== "named") continue;
    // A rate followed by a change word is a change of the base, not a share of it.
    if (!count && directionAfter(scan, at)) continue;
    const bounded = count?.bound ? count : pct;
    const plus = addedCount(scan, at);
    return {
      kind: "share-of",
      ...(whole ? { whole: textNumber(whole) } : {}),
      percent: pct.value,
      ...(count ? { count: textNumber(count) } : {}),
      ...(plus ? { plus: textNumber(plus) } : {}),
      ...common(scan, bounded),
    };
  }
  return null;
}

/** 未達成分4人を追加し: a count after the rate, added to the share. */
function addedCount(scan: Scan, i: number): NumToken | null {
  for (let j = i + 1; j + 1 < scan.tokens.length; j++) {
    const [n, add] = [scan.tokens[j], scan.tokens[j + 1]];
    if (isKw(n, "stop")) return null;
    if (isNum(n) && n.kind === "count" && isKw(add, "add") && gap(scan, n, add).trim() === "") return n;
  }
  return null;
}

function wholeOf(rule: ShareOfRule, data: RuleData): { value: number; ja: string; en: string; shown: string } | null {
  if (rule.whole) {
    const value = inRowUnits(rule.whole, data);
    return {
      value,
      ...fromText(rule.whole.text),
      shown: fmt(value),
    };
  }
  if (!data.base) return null;
  const b = baseWords(data.base, data);
  return { value: data.base.value, ja: b.ja, en: b.en, shown: b.shown };
}

export function evaluateShareOf(rule: ShareOfRule, data: RuleData): Evaluation {
  const pct = fromText(`${fmt(rule.percent)}%`);
  // 「利用者の80%以上が満足」 on a percentage indicator: the rate is the level, not a share of it.
  if (data.percentIndicator && !rule.whole && !rule.count) {
    return evaluated(
      rule.percent,
      { ja: `目指す水準${pct.ja}`, en: `the level to reach, ${pct.en}` },
      `${fmt(rule.percent)}%`,
    );
  }
  const whole = wholeOf(rule, data);
  if (!whole) return noBase();
  const share = (whole.value * rule.percent) / 100;
  const plus = rule.plus ? inRowUnits(rule.plus, data) : 0;
  const value = share + plus;
  const plusWords = rule.plus ? fromText(rule.plus.text) : null;
  const added = plusWords ? { ja: `に${plusWords.ja}を加えた値`, en: ` plus ${plusWords.en}` } : { ja: "", en: "" };
  const formula = `${whole.shown} × ${fmt(rule.percent)}% = ${fmt(share, 3)}${rule.plus ? ` + ${fmt(plus)} = ${fmt(value, 3)}` : ""}`;
  // The count the text works the share out to is shown beside it: a number the reading used.
  const worked = rule.count
    ? { ja: `（計算すると${fromText(rule.count.text).ja}）`, en: ` (worked out as ${fromText(rule.count.text).en})` }
    : { ja: "", en: "" };
  return evaluated(
    value,
    {
      ja: `${whole.ja}の${pct.ja}${worked.ja}${added.ja}`,
      en: `${pct.en} of ${whole.en}${worked.en}${added.en}`,
    },
    formula,
    {
      unitWritten: rule.whole?.counter ?? rule.count?.counter,
      alternatives: rule.count ? [textCount(rule.count, data)] : [],
    },
  );
}

function textCount(
  count: TextNumber,
  data: RuleData,
): { kind: "text-value"; label: { ja: string; en: string }; value: number } {
  return {
    kind: "text-value",
    label: {
      ja: `${fromText(count.text).ja}（計算済みの人数）`,
      en: `the count worked out, ${fromText(count.text).en}`,
    },
    value: inRowUnits(count, data),
  };
}

export const shareOfRule: RuleDef<ShareOfRule> = {
  kind: "share-of",
  match: matchShareOf,
  evaluate: evaluateShareOf,
  explain: { ja: "母数に対する割合", en: "a share of a population" },
  label: { ja: "全体の○%", en: "percentage of a whole" },
};
