import type { Scan } from "../tokens";
import { common, gap, isKw, isNum, textNumber } from "../scan";
import { evaluated, inRowUnits } from "../eval-helpers";
import { fmt } from "../numbers";
import type { Evaluation, RuleData, RuleOf } from "../types";

/** 施設入所者(1,299人)のうち7%以上: a share of a number written in the text. */
export function matchShareOf(scan: Scan): RuleOf<"share-of"> | null {
  const toks = scan.tokens;
  for (let i = 0; i + 2 < toks.length; i++) {
    const [whole, of, pct] = [toks[i], toks[i + 1], toks[i + 2]];
    if (!isNum(whole) || whole.kind !== "count" || whole.counter === "") continue;
    if (!isKw(of, "of") || gap(scan, whole, of).trim().length > 1) continue;
    if (!isNum(pct) || pct.kind !== "percent" || gap(scan, of, pct).trim().length > 2) continue;
    return { kind: "share-of", whole: textNumber(whole), percent: pct.value, ...common(scan, pct) };
  }
  return null;
}

export function evaluateShareOf(rule: RuleOf<"share-of">, data: RuleData): Evaluation {
  const whole = inRowUnits(rule.whole, data);
  const value = (whole * rule.percent) / 100;
  return evaluated(
    value,
    { ja: `${rule.whole.text}の${fmt(rule.percent)}%`, en: `${fmt(rule.percent)}% of ${rule.whole.text}` },
    `${fmt(whole)} × ${fmt(rule.percent)}% = ${fmt(value, 3)}`,
    { unitWritten: rule.whole.counter },
  );
}
