import { normalize } from "../text/normalize";
import { memoizeText } from "../text/memo";
import { tokenize, type Scan } from "./tokens";
import { overridingReason, unparsedReason } from "./unparsed";
import { matchGrowthMultiplier } from "./rules/growth-multiplier";
import { matchGrowthFormula } from "./rules/growth-formula";
import { matchPastAverageRate } from "./rules/past-average-rate";
import { matchAveragePlusPercent } from "./rules/average-plus-percent";
import { matchMeanYearlyChange } from "./rules/mean-yearly-change";
import { matchShareOf } from "./rules/share-of";
import { matchProduct } from "./rules/product";
import { matchSchedule } from "./rules/schedule";
import { matchStepEvery } from "./rules/step-every";
import { matchCompoundGrowth } from "./rules/compound-growth";
import { matchAnnualIncrement } from "./rules/annual-increment";
import { matchOneOffChange } from "./rules/one-off-change";
import { matchMultiple } from "./rules/multiple";
import { matchPastPeak } from "./rules/past-peak";
import { findPath, matchExplicitPath } from "./rules/explicit-path";
import { matchFixed } from "./rules/fixed";
import { matchReachLevel } from "./rules/reach-level";
import { matchMaintain } from "./rules/maintain";
import type { ParsedBasis, Rule } from "./types";

/**
 * Most specific first: a rule that names a range, a factor word or a product is tried before
 * the generic "a number and a change word", and a bare level comes last.
 */
const MATCHERS: ((scan: Scan) => Rule | null)[] = [
  matchGrowthFormula,
  matchGrowthMultiplier,
  matchPastAverageRate,
  matchAveragePlusPercent,
  matchMeanYearlyChange,
  matchShareOf,
  matchProduct,
  matchSchedule,
  matchStepEvery,
  matchCompoundGrowth,
  matchAnnualIncrement,
  matchOneOffChange,
  matchMultiple,
  matchPastPeak,
  matchExplicitPath,
  matchFixed,
  matchReachLevel,
  matchMaintain,
];

/**
 * Rule from an already tokenized text. Numbers in brackets are data first (施設入所者(1,299人));
 * when the rule itself is only written in brackets (「61.9(20%減)」「(国指針:…2割以上の増加)」),
 * it is read there.
 */
export function parseScan(scan: Scan): ParsedBasis {
  const overriding = overridingReason(scan);
  if (overriding) return { kind: "unparsed", reason: overriding };
  const rule =
    firstRule(scan) ?? (scan.tokens.some((t) => t.t === "num" && t.paren) ? firstRule(unbracketed(scan)) : null);
  return rule ?? { kind: "unparsed", reason: unparsedReason(scan) };
}

function unbracketed(scan: Scan): Scan {
  return { ...scan, tokens: scan.tokens.map((t) => (t.t === "num" && t.paren ? { ...t, paren: false } : t)) };
}

function firstRule(scan: Scan): Rule | null {
  for (const match of MATCHERS) {
    const rule = match(scan);
    if (!rule) continue;
    if (rule.kind !== "explicit-path") {
      const path = findPath(scan);
      if (path) rule.path = path;
    }
    return rule;
  }
  return null;
}

/**
 * Japanese basis prose → a typed rule, or why none can be read. Never evaluates code.
 * Memoised: the same phrase recurs down a sheet, and pickBasis reads basis, source and reason.
 */
export const parseBasis: (text: string) => ParsedBasis = memoizeText((text) => parseScan(tokenize(normalize(text))));
