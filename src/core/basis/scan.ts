import type { Kw } from "./keywords";
import type { KwToken, NumToken, Scan, Token } from "./tokens";
import type { Direction, RuleCommon, TextNumber } from "./types";
import { rolesOf } from "./roles";

/** Small helpers the rule modules share to look around a token. */

export function isNum(t: Token | undefined): t is NumToken {
  return t?.t === "num";
}

export function isKw(t: Token | undefined, ...kinds: Kw[]): t is KwToken {
  return t?.t === "kw" && (kinds.length === 0 || kinds.includes(t.k));
}

/**
 * The first keyword of `kinds` after token i, within `maxGap` characters of it, in the same
 * sentence and before the next number (a keyword past another number belongs to that number).
 */
export function kwAfter(scan: Scan, i: number, kinds: Kw[], maxGap = 14): KwToken | null {
  const from = scan.tokens[i].end;
  for (let j = i + 1; j < scan.tokens.length; j++) {
    const t = scan.tokens[j];
    if (t.start - from > maxGap) return null;
    if (t.t === "num" || isKw(t, "stop")) return null;
    if (isKw(t, ...kinds)) return t;
  }
  return null;
}

/** The first keyword of `kinds` before token i, within `maxGap` characters, same sentence. */
export function kwBefore(scan: Scan, i: number, kinds: Kw[], maxGap = 6): KwToken | null {
  const to = scan.tokens[i].start;
  for (let j = i - 1; j >= 0; j--) {
    const t = scan.tokens[j];
    if (to - t.end > maxGap) return null;
    if (t.t === "num" || isKw(t, "stop")) return null;
    if (isKw(t, ...kinds)) return t;
  }
  return null;
}

/** The direction a change keyword after token i gives, or null when none is near. */
export function directionAfter(scan: Scan, i: number, maxGap = 14): Direction | null {
  const k = kwAfter(scan, i, ["inc", "dec"], maxGap);
  return k ? (k.k === "dec" ? -1 : 1) : null;
}

export function gap(scan: Scan, a: Token, b: Token): string {
  return scan.text.slice(a.end, b.start);
}

export function textNumber(t: NumToken): TextNumber {
  return { value: t.value, text: t.text, counter: t.counter, scale: t.scale, decimals: t.decimals };
}

/**
 * The year named as the base (R6の現状から, R6年度実績), if any; of several, the earliest —
 * 「R2年度末の利用者数(H28年度末の2割増)」 names the target year too, and a base comes first.
 * Read on the role stage's years, where 「平成22年(2010年)の実績」 is one year in either form.
 */
function namedBase(scan: Scan): RuleCommon["baseYear"] {
  let base: RuleCommon["baseYear"];
  for (const t of rolesOf(scan).years) if (t.isBase && (!base || t.year.fy < base.fy)) base = t.year;
  return base;
}

/** The common part of a rule read around its main number: what the role stage placed. */
export function common(scan: Scan, main?: NumToken): RuleCommon {
  const c: RuleCommon = {};
  const roles = rolesOf(scan);
  const baseYear = namedBase(scan);
  if (baseYear) c.baseYear = baseYear;
  const from = roles.numbers.find((n) => n.role === "base" && n.token !== main);
  if (from) c.textBase = textNumber(from.token);
  if (roles.periods) c.periods = roles.periods;
  if (main?.approx) c.approx = true;
  if (main?.bound) c.bound = main.bound;
  if (scan.rounding) c.rounding = scan.rounding;
  return c;
}

/** 以上 on an amount of decrease bounds the result from above: 25%以上減らす → result ≤. */
export function resultBound(bound: NumToken["bound"], direction: Direction): RuleCommon["bound"] {
  if (!bound || direction === 1) return bound;
  const flip = { 以上: "以下", 以下: "以上", 超: "未満", 未満: "超" } as const;
  return flip[bound];
}
