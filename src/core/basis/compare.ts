import type { Bound, Quantity } from "../quantity/types";
import { fmt, fmtFixed } from "./numbers";
import { roundTo } from "./rounding";
import { memoizeBy } from "../text/memo";
import type { Bilingual } from "./types";

/**
 * Stated vs computed (guide §4): a stated value with decimals must equal the computed value
 * rounded to those decimals; a whole value is as precise as its trailing zeros, but never
 * coarser than two significant figures (19,000 → 1,000; 2,000 → 100; 140 → 10). 約/程度 widen
 * the tolerance to one whole unit of that place. A bound in the rule (以上/以下/超/未満) accepts
 * a stated value on the right side of it.
 */

export interface CompareContext {
  /** 約/程度 in the rule's text. (The stated cell's own 約 is read from the quantity.) */
  approx?: boolean;
  /** The rule makes the computed value a bound on the result. */
  bound?: Bound;
  /** Scale of the unit the computed value is in (the row's), to meet the stated unit. */
  computedScale?: number;
}

export interface Comparison {
  match: boolean;
  /** The place the stated value is precise to (1000 for 19,000; 0.1 for 12.4). */
  place: number;
  /** The computed value in the stated unit, rounded to that place. */
  rounded: number;
  /** The computed value in the stated unit. */
  computed: number;
  /** The rounded computed value as written at the stated precision ("19,000", "68.0"). */
  display: string;
  /** How the two were compared, for the explanation. */
  reading: Bilingual;
}

/** The place a stated value is precise to. */
export function statedPlace(q: Pick<Quantity, "value" | "decimals">): number {
  if (q.decimals > 0) return 10 ** -q.decimals;
  let v = Math.round(Math.abs(q.value));
  if (v === 0) return 1;
  const digits = String(v).length;
  let zeros = 0;
  while (v % 10 === 0) {
    zeros++;
    v /= 10;
  }
  return 10 ** Math.min(zeros, Math.max(digits - 2, 0));
}

const EPS = 1e-9;

function sideOk(bound: Bound, stated: number, computed: number): boolean {
  switch (bound) {
    case "以上":
      return stated >= computed - EPS;
    case "超":
      return stated > computed;
    case "以下":
      return stated <= computed + EPS;
    case "未満":
      return stated < computed;
  }
}

const LOWER: Bound[] = ["以上", "超"];

/** How a comparison at a place reads, written once per place (a power of ten: a handful per sheet). */
const readingsAt = memoizeBy(
  (place: number) => String(place),
  (place: number): { approx: Bilingual; rounded: Bilingual } => {
    const placeText = fmt(place, 10);
    return {
      approx: {
        ja: `「約」「程度」とあるため、差が±${placeText}以内なら一致とみなす`,
        en: `約/程度 (approximately): within ±${placeText} counts as a match`,
      },
      rounded: {
        ja: `目標値の書き方に合わせ${placeText}の位に丸めて比較`,
        en: `compared at the stated precision (nearest ${placeText})`,
      },
    };
  },
);
const BOUND_EN: Record<Bound, string> = { 以上: "at least", 以下: "at most", 超: "more than", 未満: "less than" };

/** The numbers of a comparison and its verdict, without the texts that explain it. */
interface Measured {
  inStated: number;
  place: number;
  rounded: number;
  approx: boolean;
  match: boolean;
}

function measure(stated: Quantity, computed: number, ctx: CompareContext): Measured {
  const statedScale = stated.unit?.counter === "%" ? 1 : (stated.unit?.scale ?? 1);
  const inStated = ctx.computedScale ? (computed * ctx.computedScale) / statedScale : computed;
  const place = statedPlace(stated);
  const rounded = roundTo(inStated, place);
  const approx = Boolean(ctx.approx || stated.approx);
  const tol = approx ? place : place / 2;
  const near = approx
    ? Math.abs(inStated - stated.value) <= tol + EPS * Math.max(1, Math.abs(inStated))
    : Math.abs(rounded - stated.value) < place / 1e6;
  let match = near;
  if (ctx.bound) {
    const contradicts = stated.bound !== undefined && LOWER.includes(stated.bound) !== LOWER.includes(ctx.bound);
    match = !contradicts && (near || sideOk(ctx.bound, stated.value, inStated));
  }
  return { inStated, place, rounded, approx, match };
}

/** Whether the stated value matches: compareStated's verdict alone, for the readings tried and not shown. */
export function statedMatches(stated: Quantity, computed: number, ctx: CompareContext = {}): boolean {
  return measure(stated, computed, ctx).match;
}

export function compareStated(stated: Quantity, computed: number, ctx: CompareContext = {}): Comparison {
  const { inStated, place, rounded, approx, match } = measure(stated, computed, ctx);
  const decimals = Math.max(0, stated.decimals);
  const display = fmtFixed(rounded, decimals);
  let reading = approx ? readingsAt(place).approx : readingsAt(place).rounded;
  if (ctx.bound) {
    const bound = fmt(inStated, decimals + 2);
    reading = {
      // Said of a match and of a mismatch alike: what the verdict was judged on.
      ja: `根拠は${bound}${ctx.bound}を求めるため、目標値がその範囲内かどうかで判定`,
      en: `the basis asks for ${BOUND_EN[ctx.bound]} ${bound}: judged on whether the stated value is within that bound`,
    };
  }
  return { match, place, rounded, computed: inStated, display, reading };
}
