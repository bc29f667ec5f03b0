import type { FiscalYear } from "../years/types";
import type { NumToken, Scan, YearToken } from "./tokens";
import { directionAfter, gap, isKw, isNum, kwAfter, kwBefore } from "./scan";
import { goalOf, type Goal } from "./goal";
import { pastMeans, type PastMean } from "./past-mean";
import { joined } from "./runs";
import { dateNumbers } from "./dated";

/**
 * The role stage: one pass over a tokenized goal clause that says what each number in it is —
 * so rules read "the population the rate applies to" or "the span the mean is taken over"
 * instead of each looking around the rate with its own patterns.
 *
 *   base        a starting value written in the text: 「42人から」「約5,900人の半減」
 *   population  the whole a rate is a share of: 「入所者数(640人)の3%」「158人のうち」
 *   rate        a percent, 割 or 倍 of change or share: 「年1%」「3割」「1.2倍」 — yearly or not
 *               (「年1%」「毎年5%」 against 「30%の増加」), and what it is taken against when no
 *               number is written for it (「入所者数の12%」, 「現状比で85%」)
 *   worked      a count the text already worked out from a rate: 「3%である19人」「4.2%(11人)」
 *               「約2倍(600人)」, or the amount of change a factor gives: 「約480人(1.2倍)増加」
 *   step        an amount each year: 「毎年100人」「100人/年の増加」
 *   period      a span of years: 「3年間」「5か年」「3年ごと」, with what the text does over it (a mean,
 *               a total, a step every span)
 *   change      an amount of change, once, its change word closing the goal: 「R6から500人増加
 *               させる」「12,400キロリットル削減」 (when the text has no rate)
 *   factor      one of numbers multiplied together in the text: 「8人×2社/年」
 *   path        one of three or more values joined by arrows: 「8.4⇒9.2⇒10.0」
 *   level       any other count or level: 「800社に」「75%に向上」「60%まで」「2件とする」, the
 *               past value 「過去最高(2020年度:85%)」, or data in brackets
 *
 * A rate may also be a bare factor named by a rate word: 「伸び率(1.136)」.
 *
 * A number may be written for years (`years`): 「R8とR9に各1回」, 「R12年度までに300人」 (`until`).
 * Of the levels, the one the clause aims at is its `goal` (「800社に」「30%以上50%以下」, goal.ts);
 * means over past years, of values, changes or a rate, are its `means` (past-mean.ts).
 * A bound (以上, 未満) stays on the number it follows. Years are their own tokens; a year
 * restated in the other form (「平成12年(2000年)」) is one year, not two (tokens.ts).
 */
export type Role =
  "base" | "population" | "rate" | "worked" | "step" | "period" | "change" | "factor" | "path" | "level";

/** What the text does over a period: takes the mean, counts a total, steps every span, nothing said — or it is past. */
export type PeriodUse = "mean" | "total" | "every" | "span" | "past";

export interface RoledNumber {
  role: Role;
  token: NumToken;
  /** Index of the token in scan.tokens. */
  at: number;
  /** For a period: what the text does over it. */
  use?: PeriodUse;
  /** For a period, population or worked count: the number it qualifies (the rate or level). */
  of?: number;
  /** For a worked count: written before its factor (「約480人(1.2倍)」), the amount of change. */
  before?: boolean;
  /** For a rate or step: written as a yearly amount (年1%, 毎年5%, 年間100人, 50人/年). */
  yearly?: boolean;
  /** The years the number is written for: 「R8とR9に各1回」 → R8, R9; 「R12年度までに300人」 → R12. */
  years?: FiscalYear[];
  /** Written for a year with までに: a value to reach by then, not that year's entry of a list. */
  until?: boolean;
  /**
   * For a percent: what it is taken against when no number is written for it — a population
   * named in words (「入所者数の12%」), or the current value (「現状比で概ね85%」「R6比90%」).
   */
  against?: "named" | "now";
}

export interface Roles {
  numbers: RoledNumber[];
  /** Every year once, in text order (the tokenizer folds 「平成22年(2010年)」 into one year). */
  years: YearToken[];
  /** 「(1%×3年)」: a number of periods the text states for its rate. */
  periods?: number;
  /** The level the clause aims at (「800社に」「50%をめざす」「30%以上50%以下」), see goal.ts. */
  goal?: Goal;
  /** Means taken over past years, of values, yearly changes or a rate (past-mean.ts). */
  means: PastMean[];
}

/** Between a population and its rate: の, のうち, the closing bracket of its number. */
const WHOLE_TO_RATE = /^\)?\s?(?:の|のうち|の内)\s?[、,]?\s?$/;
/** Between a rate and the count it works out to: nothing, or an opening bracket. */
const RATE_TO_COUNT = /^\s?\(?\s?$/;
/** Between 「3年間」 and 平均: nothing, or の. */
const SPAN_TO_MEAN = /^\s?の?\s?$/;
/** Between 平均 and what the mean must meet: で, 値で, を, が, として. */
const MEAN_TO_VALUE = /^\s?(?:値)?\s?(?:で|を|が|は|として|について)?\s?$/;
/** Between a span and its total: で, の累計で, に合計, 計. */
const SPAN_TO_TOTAL = /^\s?(?:で|の|に)?\s?(?:累計|合計|通算|計)?\s?(?:で|は)?\s?$/;
/** Between a span and the step taken every span: nothing, で, に, 毎に, ごとに. */
const SPAN_TO_STEP = /^\s?(?:で|に|毎に|ごとに)?\s?$/;
/** 「5年間」「5か年」: a span of several years (not 「5年ごと」, a step). */
const SPAN_WORD = /(?:年間|か年|ヵ年|カ年|ヶ年)$/;
/** 「過去3年間の平均」「直近5か年で」: a span already past is a fact, not the target's form. */
const PAST = /(?:過去|直近|これまで|前期)\s?の?\s?$/;
/** 「(1%×3年)」: the rate times a number of years the text sets. */
const TIMES_YEARS = /[×x*]\s?(\d{1,2})\s?(?:年間|か年|ヵ年|カ年|ヶ年|年)/;

const CACHE = new WeakMap<Scan, Roles>();

/** The roles of a scan's numbers, computed once per scan. */
export function rolesOf(scan: Scan): Roles {
  let roles = CACHE.get(scan);
  if (!roles) {
    roles = assignRoles(scan);
    CACHE.set(scan, roles);
  }
  return roles;
}

function assignRoles(scan: Scan): Roles {
  const toks = scan.tokens;
  const numbers: RoledNumber[] = [];
  const placed = new Set<number>();
  const put = (r: RoledNumber) => {
    if (placed.has(r.at)) return;
    placed.add(r.at);
    numbers.push(r);
  };
  for (const run of [...joined(scan, "arrow"), ...joined(scan, "times")]) {
    for (const at of run) put({ role: run.role, token: toks[at] as NumToken, at, of: run[0] });
  }
  toks.forEach((t, i) => {
    if (!isNum(t)) return;
    if (t.kind === "span") put(periodAt(scan, i));
    if (t.kind === "times" && t.value > 0) {
      const worked = workedAfter(scan, i) ?? countBefore(scan, i);
      if (worked !== null) {
        put({
          role: "worked",
          token: toks[worked] as NumToken,
          at: worked,
          of: i,
          ...(worked < i ? { before: true } : {}),
        });
      }
    }
    if (t.kind !== "percent") return;
    const whole = populationBefore(scan, i);
    if (whole !== null) put({ role: "population", token: toks[whole] as NumToken, at: whole, of: i });
    const worked = workedAfter(scan, i);
    if (worked !== null) put({ role: "worked", token: toks[worked] as NumToken, at: worked, of: i });
  });
  // A count a period is about (「3年ごとに1校」「5年間で2,000人」) is the period's, never a change once.
  const spanned = new Set(numbers.filter((n) => n.role === "period").map((n) => n.of));
  toks.forEach((t, i) => {
    if (!isNum(t) || placed.has(i)) return;
    const role = plainRole(scan, t, i, spanned.has(i));
    const yearly = yearlyAt(scan, t, i);
    const against = t.kind === "percent" ? againstAt(scan, t) : undefined;
    put({
      role,
      token: t,
      at: i,
      ...((role === "rate" || role === "step") && yearly ? { yearly } : {}),
      ...(against ? { against } : {}),
    });
  });
  numbers.sort((a, b) => a.at - b.at);
  dateNumbers(scan, numbers);
  const periods = TIMES_YEARS.exec(scan.text);
  const goal = goalOf(scan, numbers);
  return {
    numbers,
    means: pastMeans(scan, numbers),
    ...(goal ? { goal } : {}),
    years: scan.tokens.filter((t): t is YearToken => t.t === "year"),
    ...(periods ? { periods: Number(periods[1]) } : {}),
  };
}

/** 「75%に向上」「60%まで引き上げ」「80%へ」: a level to reach (not 「5%にあたる」「5%に相当」, a share). */
const LEVEL_AFTER = /^\s?(?:に(?!あたる|当たる|相当)|まで|へ)/;

function plainRole(scan: Scan, t: NumToken, i: number, spanned: boolean): Role {
  if (t.from) return "base";
  // 「年間10件とする」「50%とする」: what the text sets is a level, even written per year.
  if (t.kind !== "span" && t.kind !== "times" && setAfter(scan, i)) return "level";
  if (t.kind === "percent" || t.kind === "points") {
    if (LEVEL_AFTER.test(scan.text.slice(t.end, t.end + 4))) return "level";
    // 「過去最高の定着率(2020年度:85%)」: the past value itself, not a change.
    if (kwBefore(scan, i, ["peak", "low"], 16)) return "level";
  }
  if (isFactorOfRateWord(scan, t, i)) return "rate";
  if (t.kind === "percent" || t.kind === "times" || t.kind === "points") return "rate";
  if (t.kind === "span") return "period";
  // 「毎年100人」「50人/年の削減」 change by a step each year; 「1,200t/年以下」 is a level counted per year.
  if (yearlyAt(scan, t, i) && (!t.text.endsWith("/年") || directionAfter(scan, i) !== null)) return "step";
  return t.kind === "count" && !t.paren && !spanned && changeOnce(scan, i) ? "change" : "level";
}

/**
 * What may follow the change word when it closes the goal: the verb in any form (増やす, 増やし、
 * 増加させます, 引き上げる), at most a goal word (ことを目指す, を図る, を目標とする), then the
 * clause's end. 「…増加したため」「…増やしていく」 say no amount to reach and stay unread.
 */
const VERB_FORM = String.raw`(?:さ?せ(?:る|ます)?|す(?:る)?|し(?:ます|て)?|る|ます)?`;
const GOAL_WORD = String.raw`(?:(?:こと)?(?:を|に)?\s?(?:目指|めざ|図|見込|目標と|目標に|達成)[^、,。\d]{0,4})?`;
const GOAL_CLOSE = new RegExp(String.raw`^${VERB_FORM}${GOAL_WORD}\s?(?:[、,。]|$)`);
/** 「30人増加し、好調であった」: the clause goes on to a past fact, not a goal. */
const ENDS_PAST = /(?:た|ました|でした)\s?[。]?\s?$/;
/** 「30人まで増やす」「800社に増加」: the count is a level to reach, not the amount of change. */
const LEVEL_PARTICLE = /(?:に|まで|へ)\s?$/;

/**
 * 「500人増加させる」「30人増やすことを目指す」: a change word close after the count closes the goal,
 * no number follows (「30人増やし、80人とする」 sets a level), the text does not end on a past
 * fact, and no rate is written.
 */
function changeOnce(scan: Scan, i: number): boolean {
  const kw = kwAfter(scan, i, ["inc", "dec"], 8);
  if (!kw || LEVEL_PARTICLE.test(scan.text.slice(scan.tokens[i].end, kw.start))) return false;
  const rest = scan.text.slice(kw.end);
  if (!GOAL_CLOSE.test(rest) || ENDS_PAST.test(rest)) return false;
  return !scan.tokens.some((x) => isNum(x) && (x.kind === "percent" || x.start >= kw.end));
}

/** A population named without its number, right before the rate: 施設入所者数の, 人口の. */
const NAMED_WHOLE_BEFORE = /(?:数|者|人口|世帯)の\s?$/;
/** 「現状比で概ね85%」「R6比90%」: a percentage of the current value. */
const RATIO_BEFORE = /比\s?(?:で|の)?\s?(?:概ね|おおむね|約|およそ)?\s?$/;

function againstAt(scan: Scan, t: NumToken): RoledNumber["against"] {
  const before = scan.text.slice(Math.max(0, t.start - 8), t.start);
  if (RATIO_BEFORE.test(before)) return "now";
  return NAMED_WHOLE_BEFORE.test(before.slice(-6)) ? "named" : undefined;
}

/** 「50%とする」「2件を目標とする」: the number the text sets, a level (a glued particle at most). */
export function setAfter(scan: Scan, i: number): boolean {
  const [t, next] = [scan.tokens[i], scan.tokens[i + 1]];
  return isKw(next, "set") && gap(scan, t, next).trim().length <= 1;
}

/** 「伸び率(1.136)」: a bare factor just after a rate word (伸び率1.1% is a percent, a rate anyway). */
function isFactorOfRateWord(scan: Scan, t: NumToken, i: number): boolean {
  const word = scan.tokens[i - 1];
  if (!isKw(word, "rate") || word.word.includes("平均")) return false;
  return t.kind === "count" && t.counter === "" && t.value > 0 && t.value <= 10 && t.start - word.end <= 3;
}

function yearlyAt(scan: Scan, t: NumToken, i: number): boolean {
  return t.perYear || kwBefore(scan, i, ["yearly"], 3) !== null;
}

/**
 * A span of years and what the text does over it: 「3年間平均で…」 (the mean), 「5年間で2,000人」
 * 「5か年の累計で」 (a total). A span after 過去/直近 is a fact about the past, not the target's.
 */
function periodAt(scan: Scan, i: number): RoledNumber {
  const toks = scan.tokens;
  const span = toks[i] as NumToken;
  if (PAST.test(scan.text.slice(0, span.start))) return { role: "period", token: span, at: i, use: "past" };
  const next = toks[i + 1];
  if (span.value < 2) {
    return everyAt(scan, i)
      ? { role: "period", token: span, at: i, use: "every", of: i + 1 }
      : { role: "period", token: span, at: i, use: "span" };
  }
  if (isKw(next, "avg") && SPAN_TO_MEAN.test(gap(scan, span, next))) {
    const value = toks[i + 2];
    if (isNum(value) && MEAN_TO_VALUE.test(gap(scan, next, value))) {
      return { role: "period", token: span, at: i, use: "mean", of: i + 2 };
    }
    return { role: "period", token: span, at: i, use: "mean" };
  }
  if (isNum(next) && next.kind === "count" && SPAN_WORD.test(span.text)) {
    const between = gap(scan, span, next);
    // 「2か年1組織」 glued is a step every two years; 「5年間」 is always a span.
    if (SPAN_TO_TOTAL.test(between) && (between.trim() !== "" || span.text.endsWith("年間"))) {
      return { role: "period", token: span, at: i, use: "total", of: i + 1 };
    }
  }
  if (everyAt(scan, i)) return { role: "period", token: span, at: i, use: "every", of: i + 1 };
  return { role: "period", token: span, at: i, use: "span" };
}

/** 「3年ごとに1校」「2か年1組織」: a step of a count every span (「5年間で」 is a total, not this). */
function everyAt(scan: Scan, i: number): boolean {
  const span = scan.tokens[i] as NumToken;
  const step = scan.tokens[i + 1];
  if (span.value < 1 || span.text.endsWith("年間")) return false;
  if (!isNum(step) || step.kind !== "count" || step.counter === "") return false;
  return SPAN_TO_STEP.test(gap(scan, span, step));
}

/** 1,299人の, 158人のうち、: a population count written just before the rate at i. */
function populationBefore(scan: Scan, i: number): number | null {
  const prev = scan.tokens[i - 1];
  const at = isKw(prev, "of") ? i - 2 : i - 1;
  const whole = scan.tokens[at];
  if (!isNum(whole) || whole.kind !== "count" || whole.counter === "") return null;
  const between = scan.text.slice(whole.end, scan.tokens[i].start);
  return WHOLE_TO_RATE.test(between.replace(/のうち|の内/, "の")) ? at : null;
}

/** 6%にあたる9人, 2パーセントである26人, 6.9%(19人): the count the rate at i works out to. */
function workedAfter(scan: Scan, i: number): number | null {
  const next = scan.tokens[i + 1];
  const kw = isKw(next, "share") ? next : null;
  const at = kw ? i + 2 : i + 1;
  const n = scan.tokens[at];
  if (!isNum(n) || n.kind !== "count" || n.counter === "") return null;
  const between = scan.text.slice(scan.tokens[i].end, n.start).replace(kw?.word ?? "", "");
  return RATE_TO_COUNT.test(between) ? at : null;
}

/** 約747人(1.2倍): a count written just before the factor at i, the factor in brackets after it. */
function countBefore(scan: Scan, i: number): number | null {
  const n = scan.tokens[i - 1];
  if (!isNum(n) || n.kind !== "count" || n.counter === "") return null;
  return RATE_TO_COUNT.test(scan.text.slice(n.end, scan.tokens[i].start)) ? i - 1 : null;
}

/** The role given to the number at token index i. */
export function roleAt(scan: Scan, i: number): RoledNumber | undefined {
  return rolesOf(scan).numbers.find((n) => n.at === i);
}

/** Numbers of one role, in text order. */
export function withRole(scan: Scan, role: Role): RoledNumber[] {
  return rolesOf(scan).numbers.filter((n) => n.role === role);
}
