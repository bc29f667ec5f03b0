import type { Scan } from "./tokens";
import { isKw } from "./scan";
import type { UnparsedReason } from "./types";

/** Why a text gives no rule: 数値目標は設定しない, 数件程度, 全国平均, 増加を目指す, or nothing usable. */
export function unparsedReason(scan: Scan): UnparsedReason {
  const has = (k: Parameters<typeof isKw>[1]) => scan.tokens.some((t) => isKw(t, k));
  if (has("nogoal")) return "no-target";
  if (has("vagueAmount")) return "vague";
  if (has("external")) return "external-reference";
  if (has("vague")) return "vague";
  const hasNumber = scan.tokens.some((t) => t.t === "num");
  if (!hasNumber && (has("inc") || has("dec") || has("rate"))) return "direction-only";
  return "no-rule";
}

/** Reasons that win over any number in the text: the author said there is no target, or vaguely. */
export function overridingReason(scan: Scan): UnparsedReason | null {
  if (scan.tokens.some((t) => isKw(t, "nogoal"))) return "no-target";
  if (scan.tokens.some((t) => isKw(t, "vagueAmount"))) return "vague";
  return null;
}
