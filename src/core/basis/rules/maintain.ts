import type { Scan } from "../tokens";
import { common, isKw } from "../scan";
import { baseWords, evaluated, noBase } from "../eval-helpers";
import type { Evaluation, RuleData, RuleDef, RuleOf } from "../types";

/** 現状維持, 維持, 横ばい, ±0, 増加させず: the base value itself. */
export function matchMaintain(scan: Scan): RuleOf<"maintain"> | null {
  return scan.tokens.some((t) => isKw(t, "maintain")) ? { kind: "maintain", ...common(scan) } : null;
}

export function evaluateMaintain(_rule: RuleOf<"maintain">, data: RuleData): Evaluation {
  if (!data.base) return noBase();
  const b = baseWords(data.base, data);
  return evaluated(data.base.value, { ja: `${b.ja}を維持`, en: `keep ${b.en}` }, b.shown);
}

export const maintainRule: RuleDef<"maintain"> = {
  kind: "maintain",
  match: matchMaintain,
  evaluate: evaluateMaintain,
  explain: { ja: "現状維持", en: "keep the current value" },
};
