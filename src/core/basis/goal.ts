import type { NumToken, Scan } from "./tokens";
import type { RoledNumber } from "./roles";
import { gap, isKw, isNum, kwAfter, kwBefore } from "./scan";

/**
 * The level a goal clause aims at, for the role stage: of its numbers (counts and percents, not a
 * signed change), the first that the clause sets as the level to reach —
 *   「R12年度までに300人」          one to reach by a year (dated by the role stage)
 *   「30%以上50%以下」              a range: the upper end, the lower end its floor
 *   「42人から80人へ」              the end of a from–to
 *   「271人を超えない」             a level not to exceed
 *   「75%に向上」「800社に」        a level, then a change word or the clause's end
 *   「50%をめざす」「96%以上を維持」 a level, then the goal word
 *   「毎年度80%」                   a yearly level with no change word near
 */
export interface Goal {
  /** Index in scan.tokens of the level aimed at. */
  at: number;
  /** The lower end of a range (「30%以上」 of 「30%以上50%以下」), by token index. */
  floor?: number;
}

/** 「75%に向上」「60%まで引き上げる」「800社に」: a level, then a change word or the clause's end. */
const LEVEL_THEN_CHANGE =
  /^\s?(?:に|まで|へ)\s?(?:向上|増加|増や|引き上げ|引上げ|上げ|伸ば|拡大|減少|削減|減ら|低減|抑制|引き下げ|下げ|する|します)/;
/** Between the level and the goal word: a particle, or a short noun phrase (3回の実施を見込む). */
const LEVEL_TO_GOAL = /^\)?\s?(?:を|に|へ|の|まで|以上を|以下を|の[^、。,\s]{1,4}[をに])?\s?$/;
/** After the second number of a from–to: へ/に/まで, then the clause's end or a change word. */
const FROM_TO_END = /^\s?(?:へ|に|まで)(?:[、,。]|$|\s|と|増|引|削|減|抑|向|伸|拡)/;
/** Between the two ends of a range: nothing, a comma, a tilde or から. */
const RANGE_GAP = /^\s?[、,~～〜から]*\s?$/;

export function goalOf(scan: Scan, numbers: RoledNumber[]): Goal | undefined {
  for (const n of numbers) {
    const t = n.token;
    if ((t.kind !== "count" && t.kind !== "percent") || t.sign) continue;
    if (n.until) return { at: n.at };
    const upper = rangeUpper(scan, n.at);
    if (upper !== null) return { at: upper, floor: n.at };
    if (aimedAt(scan, t, n.at)) return { at: n.at };
  }
  return undefined;
}

function aimedAt(scan: Scan, t: NumToken, i: number): boolean {
  const next = scan.tokens[i + 1];
  if (fromTo(scan, i) || notExceeding(scan, t)) return true;
  if (!t.perYear && LEVEL_THEN_CHANGE.test(scan.text.slice(t.end))) return true;
  if (isKw(next, "goal", "maintain") && LEVEL_TO_GOAL.test(gap(scan, t, next))) return true;
  // 毎年度80%: a yearly level with no change word anywhere near.
  const yearly = t.perYear || kwBefore(scan, i, ["yearly"], 3);
  return !!yearly && !kwAfter(scan, i, ["inc", "dec", "rate"], 20) && !isNum(next);
}

/** 42人から80人へ, 約30%から約35%に: the second number of a from–to, at the end of its clause. */
function fromTo(scan: Scan, i: number): boolean {
  const prev = scan.tokens[i - 1];
  if (!isNum(prev) || !prev.from) return false;
  return FROM_TO_END.test(scan.text.slice(scan.tokens[i].end)) || i === scan.tokens.length - 1;
}

/** 「30%以上50%以下」: the index of the range's upper end, when the number at i is its lower end. */
function rangeUpper(scan: Scan, i: number): number | null {
  const [t, u] = [scan.tokens[i] as NumToken, scan.tokens[i + 1]];
  if (t.bound !== "以上" || !isNum(u) || u.kind !== t.kind) return null;
  if (u.bound !== "以下" && u.bound !== "未満") return null;
  return RANGE_GAP.test(gap(scan, t, u)) ? i + 1 : null;
}

/** 271人を超えないという目標: a level the result must stay within. */
function notExceeding(scan: Scan, t: NumToken): boolean {
  return t.bound === "以下" && /超え|上回ら/.test(scan.text.slice(t.start, t.end));
}
