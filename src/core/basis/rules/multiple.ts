import type { NumToken, Scan } from "../tokens";
import { common, gap, isKw, isNum, textNumber } from "../scan";
import { baseWords, evaluated, inRowUnits, noBase, show } from "../eval-helpers";
import { fmt } from "../numbers";
import type { Evaluation, RuleData, RuleOf, TextNumber } from "../types";

/**
 * R6の現状から1.5倍の増加, 倍増, 半減, 約2倍(600人), 約747人(1.2倍)増加: base × k. A count
 * written next to the factor is the author's own result, kept to check against.
 */
export function matchMultiple(scan: Scan): RuleOf<"multiple"> | null {
  const toks = scan.tokens;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (isNum(t) && t.kind === "times" && t.value > 0) {
      const textValue = adjacentCount(scan, i);
      return {
        kind: "multiple",
        factor: t.value,
        ...common(scan, t),
        ...(textValue ? { textValue: textValue.tn } : {}),
        ...(textValue?.approx ? { approx: true } : {}),
      };
    }
    if (isKw(t, "double", "half")) return { kind: "multiple", factor: t.k === "double" ? 2 : 0.5, ...common(scan) };
  }
  return null;
}

/** 約2倍(600人) → 600人 after; 約747人(1.2倍) → 747人 before. */
function adjacentCount(scan: Scan, i: number): { tn: TextNumber; approx: boolean } | null {
  const toks = scan.tokens;
  const near = (n: NumToken | undefined, a: number, b: number) =>
    n && n.kind === "count" && n.counter !== "" && /^\s?\(?\s?$/.test(gap(scan, toks[a], toks[b])) ? n : null;
  const after = isNum(toks[i + 1]) ? near(toks[i + 1] as NumToken, i, i + 1) : null;
  const before = isNum(toks[i - 1]) ? near(toks[i - 1] as NumToken, i - 1, i) : null;
  const n = after ?? before;
  return n ? { tn: textNumber(n), approx: n.approx } : null;
}

export function evaluateMultiple(rule: RuleOf<"multiple">, data: RuleData): Evaluation {
  const textValue = rule.textValue ? inRowUnits(rule.textValue, data) : null;
  if (!data.base) {
    if (textValue === null) return noBase();
    return evaluated(
      textValue,
      { ja: `根拠に書かれた値${rule.textValue!.text}`, en: `the value written in the basis, ${rule.textValue!.text}` },
      `${fmt(textValue)}`,
      { unitWritten: rule.textValue!.counter },
    );
  }
  const base = data.base;
  const value = base.value * rule.factor;
  const b = baseWords(base, data);
  return evaluated(
    value,
    { ja: `${b.ja}の${fmt(rule.factor)}倍`, en: `${fmt(rule.factor)} times ${b.en}` },
    `${b.shown} × ${fmt(rule.factor)} = ${show(value, data)}`,
    textValue === null
      ? {}
      : {
          alternatives: [
            {
              kind: "text-value",
              label: { ja: "根拠に書かれた値", en: "the value written in the basis" },
              value: textValue,
            },
          ],
          unitWritten: rule.textValue!.counter,
        },
  );
}
