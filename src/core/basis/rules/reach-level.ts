import type { Scan } from "../tokens";
import { common, textNumber } from "../scan";
import { roleAt, rolesOf } from "../roles";
import { evaluated, inRowUnits, fromText } from "../eval-helpers";
import type { Evaluation, RuleCommon, RuleData, RuleDef, TextNumber } from "../types";
import type { FiscalYear } from "../../years/types";

export type ReachLevelRule = RuleCommon & { kind: "reach-level"; value: TextNumber; year?: FiscalYear };

/**
 * 50%をめざす, 23万人を目指す, 96%以上を維持, R12年度までに300人, 毎年度80%, 30%以上50%以下: the level
 * the role stage found the clause aims at (goal.ts), with the year to reach it by and a range's floor.
 */
export function matchReachLevel(scan: Scan): ReachLevelRule | null {
  const goal = rolesOf(scan).goal;
  const level = goal && roleAt(scan, goal.at);
  if (!goal || !level) return null;
  const year = level.until ? level.years?.[0] : undefined;
  const rule: ReachLevelRule = {
    kind: "reach-level",
    value: textNumber(level.token),
    ...(year ? { year } : {}),
    ...common(scan, level.token),
  };
  const floor = goal.floor === undefined ? undefined : roleAt(scan, goal.floor)?.token;
  return floor ? { ...rule, floor: textNumber(floor) } : rule;
}

export function evaluateReachLevel(rule: ReachLevelRule, data: RuleData): Evaluation {
  const value = inRowUnits(rule.value, data);
  const level = fromText(rule.value.text);
  const by = rule.year ? { ja: `${rule.year.label}までに`, en: ` by ${rule.year.label}` } : { ja: "", en: "" };
  return evaluated(
    value,
    rule.floor
      ? {
          ja: `${by.ja}目指す範囲${fromText(rule.floor.text).ja}以上${level.ja}${rule.bound ?? "以下"}`,
          en: `the range to reach${by.en}, ${fromText(rule.floor.text).en} to ${level.en}`,
        }
      : { ja: `${by.ja}目指す水準${level.ja}`, en: `the level to reach${by.en}, ${level.en}` },
    `${rule.value.text}`,
    { unitWritten: rule.value.counter },
  );
}

export const reachLevelRule: RuleDef<ReachLevelRule> = {
  kind: "reach-level",
  match: matchReachLevel,
  evaluate: evaluateReachLevel,
  explain: { ja: "目指す水準", en: "a level to reach" },
  label: { ja: "○に到達", en: "reach a stated level" },
};
