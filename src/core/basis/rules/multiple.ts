import type { Scan } from "../tokens";
import { common, directionAfter, isKw, isNum, textNumber } from "../scan";
import { roleAt, rolesOf } from "../roles";
import { baseWords, evaluated, inRowUnits, noBase, show, fromText } from "../eval-helpers";
import { fmt } from "../numbers";
import type { Direction, Evaluation, RuleCommon, RuleData, RuleDef, TextNumber } from "../types";

export type MultipleRule = RuleCommon & {
  kind: "multiple";
  factor: number;
  textValue?: TextNumber;
  /** The text value is the amount of change (「約480人(1.2倍)増加」), in this direction. */
  change?: Direction;
};

/**
 * R6の現状から1.5倍の増加, 倍増, 半減, 約2倍(600人), 約747人(1.2倍)増加: base × k. A count
 * written next to the factor is the author's own result, kept to check against.
 */
export function matchMultiple(scan: Scan): MultipleRule | null {
  const toks = scan.tokens;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (isNum(t) && t.kind === "times" && t.value > 0) {
      // The count the role stage placed beside the factor: its result (約2倍(600人)), or written
      // before it and followed by a change word, the amount of change (「約480人(1.2倍)増加する」).
      const worked = rolesOf(scan).numbers.find((n) => n.role === "worked" && n.of === i);
      const change = worked?.before ? directionAfter(scan, i, 4) : null;
      return {
        kind: "multiple",
        factor: t.value,
        ...common(scan, t),
        ...(worked ? { textValue: textNumber(worked.token) } : {}),
        ...(worked?.token.approx ? { approx: true } : {}),
        ...(change ? { change } : {}),
      };
    }
    const ratio = ratioToNow(scan, i);
    if (ratio) return ratio;
    if (isKw(t, "double", "half")) return { kind: "multiple", factor: t.k === "double" ? 2 : 0.5, ...common(scan) };
  }
  return null;
}

/** 「現状比で概ね85%以下」「R6比90%」: a percentage of the current value (the role stage says so), no change word after. */
function ratioToNow(scan: Scan, i: number): MultipleRule | null {
  const n = roleAt(scan, i);
  if (!n || n.against !== "now" || n.token.sign || directionAfter(scan, i)) return null;
  return { kind: "multiple", factor: n.token.value / 100, ...common(scan, n.token) };
}

export function evaluateMultiple(rule: MultipleRule, data: RuleData): Evaluation {
  const textValue = rule.textValue ? inRowUnits(rule.textValue, data) : null;
  if (!data.base) {
    if (textValue === null) return noBase();
    const written = fromText(rule.textValue!.text);
    return evaluated(textValue, { ja: written.ja, en: written.en }, `${fmt(textValue)}`, {
      unitWritten: rule.textValue!.counter,
    });
  }
  const base = data.base;
  if (rule.change && textValue !== null) return amountOfChange(rule, textValue, data);
  const value = base.value * rule.factor;
  const b = baseWords(base, data);
  const times = fmt(rule.factor);
  const factor = { ja: fromText(`${times}倍`).ja, en: fromText(times).en };
  return evaluated(
    value,
    { ja: `${b.ja}の${factor.ja}`, en: `${factor.en} times ${b.en}` },
    `${b.shown} × ${times} = ${show(value, data)}`,
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

/** 「約480人(1.2倍)増加」 on 400: 400 + 480 = 880; the factor's reading (400 × 1.2) is named. */
function amountOfChange(rule: MultipleRule, amount: number, data: RuleData): Evaluation {
  const base = data.base!;
  const sign = rule.change ?? 1;
  const value = base.value + sign * amount;
  const b = baseWords(base, data);
  const word = sign === 1 ? { ja: "増加", en: "increase" } : { ja: "減少", en: "decrease" };
  const amountWords = fromText(rule.textValue!.text);
  return evaluated(
    value,
    {
      ja: `${b.ja}に${word.ja}量${amountWords.ja}`,
      en: `${b.en} with the ${word.en} of ${amountWords.en}`,
    },
    `${b.shown} ${sign === 1 ? "+" : "−"} ${fmt(amount)} = ${show(value, data)}`,
    {
      alternatives: [
        {
          kind: "text-value",
          label: { ja: `基準の${fmt(rule.factor)}倍として計算`, en: `${fmt(rule.factor)} times the base` },
          value: base.value * rule.factor,
        },
      ],
      unitWritten: rule.textValue!.counter,
    },
  );
}

export const multipleRule: RuleDef<MultipleRule> = {
  kind: "multiple",
  match: matchMultiple,
  evaluate: evaluateMultiple,
  explain: { ja: "基準の倍数", en: "a multiple of the base" },
  label: { ja: "基準値の○倍", en: "multiple of the base" },
};
