import type { Scan } from "../tokens";
import { common, textNumber } from "../scan";
import { rolesOf, setAfter } from "../roles";
import { evaluated, inRowUnits, fromText } from "../eval-helpers";
import type { Evaluation, RuleCommon, RuleData, RuleDef, TextNumber } from "../types";

export type FixedRule = RuleCommon & { kind: "fixed"; value: TextNumber };

/** 1件/年とする, 目標値を2件とする, 4回/年から3回/年へと変更する: the level the text sets as the target. */
export function matchFixed(scan: Scan): FixedRule | null {
  for (const { role, token: t, at } of rolesOf(scan).numbers) {
    if (role !== "level" || (t.kind !== "count" && t.kind !== "percent") || !setAfter(scan, at)) continue;
    return { kind: "fixed", value: textNumber(t), ...common(scan, t) };
  }
  return null;
}

export function evaluateFixed(rule: FixedRule, data: RuleData): Evaluation {
  const value = inRowUnits(rule.value, data);
  const set = fromText(rule.value.text);
  return evaluated(
    value,
    { ja: `目標として定めた${set.ja}`, en: `the value set as the target, ${set.en}` },
    `${rule.value.text}`,
    { unitWritten: rule.value.counter },
  );
}

export const fixedRule: RuleDef<FixedRule> = {
  kind: "fixed",
  match: matchFixed,
  evaluate: evaluateFixed,
  explain: { ja: "根拠で定めた値", en: "a value set in the basis" },
  label: { ja: "記載の値", en: "value written in the basis" },
};
