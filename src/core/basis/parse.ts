import { normalize } from "../text/normalize";
import { memoizeText } from "../text/memo";
import { tokenize, type Scan } from "./tokens";
import { overridingReason, unparsedReason } from "./unparsed";
import { findPath } from "./rules/explicit-path";
import { RULES } from "./registry";
import type { ParsedBasis, Rule } from "./types";

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
  for (const { match } of RULES) {
    const rule = match(scan);
    if (!rule) continue;
    if (rule.kind !== "explicit-path") {
      const path = findPath(scan);
      if (path) rule.path = path;
    }
    if (scan.yearClash) rule.yearClash = scan.yearClash;
    return rule;
  }
  return null;
}

/**
 * Japanese basis prose → a typed rule, or why none can be read. Never evaluates code.
 * Memoised: the same phrase recurs down a sheet, and pickBasis reads basis, source and reason.
 */
export const parseBasis: (text: string) => ParsedBasis = memoizeText((text) => parseScan(tokenize(normalize(text))));
