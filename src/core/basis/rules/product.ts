import type { NumToken, Scan } from "../tokens";
import { common, gap, isKw, isNum, textNumber } from "../scan";
import { evaluated } from "../eval-helpers";
import { fmt } from "../numbers";
import type { Evaluation, RuleCommon, RuleData, RuleDef, TextNumber } from "../types";

export type ProductRule = RuleCommon & { kind: "product"; factors: TextNumber[] };

/** 平均従業員数8人×誘致企業2社/年: a product of numbers written in the text. */
export function matchProduct(scan: Scan): ProductRule | null {
  const toks = scan.tokens;
  for (let i = 0; i < toks.length; i++) {
    const first = toks[i];
    if (!isNum(first) || first.kind !== "count") continue;
    const factors: NumToken[] = [first];
    let j = i;
    for (;;) {
      const times = toks[j + 1];
      const next = toks[j + 2];
      if (!isKw(times, "times") || gap(scan, toks[j], times).trim().length > 0) break;
      if (!isNum(next) || next.kind !== "count" || gap(scan, times, next).length > 10) break;
      factors.push(next);
      j += 2;
    }
    if (factors.length >= 2) return { kind: "product", factors: factors.map(textNumber), ...common(scan, first) };
  }
  return null;
}

export function evaluateProduct(rule: ProductRule, data: RuleData): Evaluation {
  // The first factor carries the row's counter (8人 × 2社/年 → 人/年); its scale converts.
  const [head, ...rest] = rule.factors;
  const value = rest.reduce((v, f) => v * f.value, (head.value * head.scale) / (data.rowScale || 1));
  return evaluated(
    value,
    {
      ja: `根拠の数値の積（${rule.factors.map((f) => f.text).join("×")}）`,
      en: `the product of the numbers in the basis (${rule.factors.map((f) => f.text).join(" × ")})`,
    },
    `${rule.factors.map((f) => fmt(f.value)).join(" × ")} = ${fmt(value)}`,
    { unitWritten: head.counter },
  );
}

export const productRule: RuleDef<ProductRule> = {
  kind: "product",
  match: matchProduct,
  evaluate: evaluateProduct,
  explain: { ja: "数値の積", en: "a product of numbers" },
  label: { ja: "数値の積", en: "product of numbers" },
};
