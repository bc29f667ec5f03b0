import type { Scan } from "../tokens";
import { common, textNumber } from "../scan";
import { withRole } from "../roles";
import { evaluated, fromText } from "../eval-helpers";
import { fmt } from "../numbers";
import type { Evaluation, RuleCommon, RuleData, RuleDef, TextNumber } from "../types";

export type ProductRule = RuleCommon & { kind: "product"; factors: TextNumber[] };

/** 平均従業員数8人×誘致企業2社/年: a product of numbers written in the text (the role stage's factors). */
export function matchProduct(scan: Scan): ProductRule | null {
  const factors = withRole(scan, "factor");
  const first = factors[0];
  if (!first) return null;
  const product = factors.filter((n) => n.of === first.at).map((n) => n.token);
  return { kind: "product", factors: product.map(textNumber), ...common(scan, first.token) };
}

export function evaluateProduct(rule: ProductRule, data: RuleData): Evaluation {
  // The first factor carries the row's counter (8人 × 2社/年 → 人/年); its scale converts.
  const [head, ...rest] = rule.factors;
  const value = rest.reduce((v, f) => v * f.value, (head.value * head.scale) / (data.rowScale || 1));
  return evaluated(
    value,
    {
      ja: `数値の積（${fromText(rule.factors.map((f) => f.text).join("×")).ja}）`,
      en: `the product of ${fromText(rule.factors.map((f) => f.text).join("×")).en}`,
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
