import type { Scan, YearToken } from "../tokens";
import { directionAfter, isNum, textNumber } from "../scan";
import { baseWords, evaluated, inRowUnits, noBase, noTargetYear, show } from "../eval-helpers";
import { fmt } from "../numbers";
import type {
  Direction,
  Evaluation,
  NotEvaluated,
  RuleCommon,
  RuleData,
  RuleDef,
  TextNumber,
  YearValue,
} from "../types";
import type { FiscalYear } from "../../years/types";

export type LinearPathRule = RuleCommon & {
  kind: "linear-path";
  /** The year of the later goal (2050). */
  milestone: FiscalYear;
  /** The goal there: a level, zero, or a rate of change from the base. */
  goal: { level: TextNumber } | { zero: true } | { percent: number; direction: Direction };
  /** The year the value is read at (2030), when the text names it. */
  point?: FiscalYear;
};

/** 「直線で結んだ」「線形で補間」: the target lies on the straight line to a later goal. */
const LINE = /直線|線形/;
/** A goal of nothing: 「排出量ゼロ」「実質ゼロ」「カーボンニュートラル」. */
const ZERO = /ゼロ|カーボンニュートラル/;

type Goal = { level: TextNumber } | { zero: true } | { percent: number; direction: Direction };

/**
 * 「基準年(2013年度)と2050年度の目標(0t)を直線で結んだ2030年度の値」: the value at the point
 * year on the line from the base (the year named before the goal, else the row's baseline) to
 * the goal at the milestone year — the latest year in the text. The goal is a level, zero, or a
 * rate of change from the base (2050年度に80%削減). The point year is the year after 結ぶ/直線,
 * else the row's target year.
 */
export function matchLinearPath(scan: Scan): LinearPathRule | null {
  const line = LINE.exec(scan.text);
  if (!line) return null;
  const years = scan.tokens.filter((t): t is YearToken => t.t === "year");
  const milestone = years.reduce<YearToken | null>((m, y) => (!m || y.year.fy > m.year.fy ? y : m), null);
  if (!milestone || milestone.start > line.index) return null;
  const point = years.find((y) => y.start > line.index && y.year.fy < milestone.year.fy);
  const base = years.find((y) => y.start < milestone.start && y.year.fy < (point ?? milestone).year.fy);
  const goal = goalAfter(scan, milestone, line.index);
  if (!goal) return null;
  return {
    kind: "linear-path",
    milestone: milestone.year,
    goal,
    ...(point ? { point: point.year } : {}),
    ...(base ? { baseYear: base.year } : {}),
  };
}

/** The goal written between the milestone year and 直線: a number, or a word for zero. */
function goalAfter(scan: Scan, milestone: YearToken, lineAt: number): Goal | null {
  const i = scan.tokens.findIndex((t) => isNum(t) && t.start > milestone.end && t.start < lineAt);
  const t = scan.tokens[i];
  if (isNum(t) && t.kind === "count" && !t.sign) return { level: textNumber(t) };
  if (isNum(t) && t.kind === "percent") {
    const direction = directionAfter(scan, i);
    return direction === null ? null : { percent: t.value, direction };
  }
  return ZERO.test(scan.text.slice(milestone.end, lineAt)) ? { zero: true } : null;
}

/** The base: the year the text names (data.base, read there), else the row's baseline. */
function lineBase(rule: LinearPathRule, data: RuleData): YearValue | null {
  return rule.baseYear ? data.base : (data.baseline ?? null);
}

/** A year as the text wrote it (2050年度), else its label. */
function yearWords(year: FiscalYear): string {
  return year.written ?? year.label;
}

/** The point year must lie between the base and the milestone, else the line says nothing of it. */
function outsideLine(base: YearValue, rule: LinearPathRule, point: FiscalYear): NotEvaluated {
  const years = `${yearWords(base.year)}・${yearWords(point)}・${yearWords(rule.milestone)}`;
  return {
    ok: false,
    reason: "unclear",
    missing: [],
    detail: {
      ja: `基準年・目標の年・目標年の順（${years}）になっていないため、直線上の値を決められません`,
      en: `the base year, the target year and the goal year (${years}) are not in that order, so no point on the line is read`,
    },
  };
}

export function evaluateLinearPath(rule: LinearPathRule, data: RuleData): Evaluation {
  const base = lineBase(rule, data);
  if (!base || !Number.isFinite(base.year.fy)) return noBase();
  const point = rule.point ?? data.targetYear;
  if (!point) return noTargetYear();
  const g = rule.goal;
  const goal =
    "level" in g ? inRowUnits(g.level, data) : "zero" in g ? 0 : base.value * (1 + (g.direction * g.percent) / 100);
  const span = rule.milestone.fy - base.year.fy;
  const done = point.fy - base.year.fy;
  if (span <= 0 || done < 0 || done > span) return outsideLine(base, rule, point);
  const value = base.value + ((goal - base.value) * done) / span;
  const b = baseWords(base, data);
  const goalWords =
    "level" in g
      ? { ja: g.level.text, en: g.level.text }
      : "zero" in g
        ? { ja: "ゼロ", en: "zero" }
        : {
            ja: `${b.shown}から${fmt(g.percent)}%${g.direction === 1 ? "増" : "減"}の${show(goal, data)}`,
            en: `${show(goal, data)} (${fmt(g.percent)}% ${g.direction === 1 ? "up" : "down"} on the base)`,
          };
  return evaluated(
    value,
    {
      ja: `${b.ja}と${yearWords(rule.milestone)}の目標${goalWords.ja}を直線で結んだ${yearWords(point)}の値`,
      en: `the value in ${yearWords(point)} on the straight line from ${b.en} to the ${yearWords(rule.milestone)} goal of ${goalWords.en}`,
    },
    `${b.shown} + (${show(goal, data)} − ${b.shown}) × (${point.fy} − ${base.year.fy}) ÷ (${rule.milestone.fy} − ${base.year.fy}) = ${show(value, data)}`,
    "level" in g ? { unitWritten: g.level.counter } : {},
  );
}

export const linearPathRule: RuleDef<LinearPathRule> = {
  kind: "linear-path",
  match: matchLinearPath,
  evaluate: evaluateLinearPath,
  explain: { ja: "目標年への直線上の値", en: "a point on the straight line to a later goal" },
  label: { ja: "目標年への直線上の値", en: "straight line to a later goal" },
};
