import type { Scan } from "../tokens";
import { common, isKw } from "../scan";
import { baseWords, evaluated, noBase } from "../eval-helpers";
import type { Evaluation, RuleCommon, RuleData, RuleDef } from "../types";

export type MaintainRule = RuleCommon & { kind: "maintain" };

/** 現状維持, 維持, 横ばい, ±0, 増加させず: the base value itself. */
export function matchMaintain(scan: Scan): MaintainRule | null {
  return scan.tokens.some((t) => isKw(t, "maintain")) ? { kind: "maintain", ...common(scan) } : null;
}

export function evaluateMaintain(_rule: MaintainRule, data: RuleData): Evaluation {
  if (!data.base) return noBase();
  const b = baseWords(data.base, data);
  return evaluated(data.base.value, { ja: `${b.ja}を維持`, en: `keep ${b.en}` }, b.shown);
}

export const maintainRule: RuleDef<MaintainRule> = {
  kind: "maintain",
  match: matchMaintain,
  evaluate: evaluateMaintain,
  explain: { ja: "現状維持", en: "keep the current value" },
  label: { ja: "現状維持", en: "keep the current level" },
};
