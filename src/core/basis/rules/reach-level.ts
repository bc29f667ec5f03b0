import type { NumToken, Scan } from "../tokens";
import { common, gap, isKw, isNum, kwAfter, kwBefore, textNumber } from "../scan";
import { evaluated, inRowUnits, fromText } from "../eval-helpers";
import type { Evaluation, RuleCommon, RuleData, RuleDef, TextNumber } from "../types";
import type { FiscalYear } from "../../years/types";

export type ReachLevelRule = RuleCommon & { kind: "reach-level"; value: TextNumber; year?: FiscalYear };

/** 「75%に向上」「60%まで引き上げる」「800社に」: a level, then a change word or the clause's end. */
const LEVEL_THEN_CHANGE =
  /^\s?(?:に|まで|へ)\s?(?:向上|増加|増や|引き上げ|引上げ|上げ|伸ば|拡大|減少|削減|減ら|低減|抑制|引き下げ|下げ|する|します)/;

/** Between the level and the goal word: a particle, or a short noun phrase (3回の実施を見込む). */
const LEVEL_TO_GOAL = /^\)?\s?(?:を|に|へ|の|まで|以上を|以下を|の[^、。,\s]{1,4}[をに])?\s?$/;

/** 50%をめざす, 23万人を目指す, 96%以上を維持, R12年度までに300人, 毎年度80%: a level to reach. */
export function matchReachLevel(scan: Scan): ReachLevelRule | null {
  const toks = scan.tokens;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (!isNum(t) || (t.kind !== "count" && t.kind !== "percent") || t.sign) continue;
    const year = yearUntil(scan, i);
    if (year) return build(scan, t, year);
    const next = toks[i + 1];
    const upper = rangeUpper(scan, i);
    if (upper) return { ...build(scan, upper), floor: textNumber(t) };
    if (fromTo(scan, i) || notExceeding(scan, i)) return build(scan, t);
    if (!t.perYear && LEVEL_THEN_CHANGE.test(scan.text.slice(t.end))) return build(scan, t);
    if (isKw(next, "goal", "maintain") && LEVEL_TO_GOAL.test(gap(scan, t, next))) return build(scan, t);
    // 毎年度80%: a yearly level with no change word anywhere near.
    const yearly = t.perYear || kwBefore(scan, i, ["yearly"], 3);
    if (yearly && !kwAfter(scan, i, ["inc", "dec", "rate"], 20) && !isNum(next)) return build(scan, t);
  }
  return null;
}

/** 42人から80人へ, 約30%から約35%に: the second number of a from–to, at the end of its clause. */
function fromTo(scan: Scan, i: number): boolean {
  const prev = scan.tokens[i - 1];
  if (!isNum(prev) || !prev.from) return false;
  return (
    /^\s?(?:へ|に|まで)(?:[、,。]|$|\s|と|増|引|削|減|抑|向|伸|拡)/.test(scan.text.slice(scan.tokens[i].end)) ||
    i === scan.tokens.length - 1
  );
}

/** 「30%以上50%以下」: a range; the level is its upper end, the lower end a floor. */
function rangeUpper(scan: Scan, i: number): NumToken | null {
  const [t, u] = [scan.tokens[i] as NumToken, scan.tokens[i + 1]];
  if (t.bound !== "以上" || !isNum(u) || u.kind !== t.kind) return null;
  if (u.bound !== "以下" && u.bound !== "未満") return null;
  return /^\s?[、,~～〜から]*\s?$/.test(gap(scan, t, u)) ? u : null;
}

/** 271人を超えないという目標: a level the result must stay within. */
function notExceeding(scan: Scan, i: number): boolean {
  const t = scan.tokens[i] as NumToken;
  return t.bound === "以下" && /超え|上回ら/.test(scan.text.slice(t.start, t.end));
}

/** R12年度までに300人: a year, まで(に), then the number. */
function yearUntil(scan: Scan, i: number): FiscalYear | undefined {
  const [y, until] = [scan.tokens[i - 2], scan.tokens[i - 1]];
  if (y?.t !== "year" || !isKw(until, "until")) return undefined;
  return gap(scan, until, scan.tokens[i]).trim().length <= 1 ? y.year : undefined;
}

function build(scan: Scan, t: NumToken, year?: FiscalYear): ReachLevelRule {
  return { kind: "reach-level", value: textNumber(t), ...(year ? { year } : {}), ...common(scan, t) };
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
