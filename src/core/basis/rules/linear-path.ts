import type { Scan, YearToken } from "../tokens";
import { directionAfter, isKw, textNumber } from "../scan";
import { baseWords, evaluated, inRowUnits, noTargetYear, show, fromText } from "../eval-helpers";
import { rolesOf } from "../roles";
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
  /** The goal there: a level, zero, a rate of change from the base, or not written. */
  goal: Goal;
  /** The year the value is read at (2030), when the text names it. */
  point?: FiscalYear;
};

/** 「2050年の目標を直線で結んだ」 names a goal without its value: read, so that the row can say so. */
type Goal = { level: TextNumber } | { zero: true } | { percent: number; direction: Direction } | { unwritten: true };

/**
 * 「基準年(2013年度)と2050年度の目標(0t)を直線で結んだ2030年度の値」: the value at the point
 * year on the line from the base (the year named before the goal, else the row's baseline) to
 * the goal at the milestone year — the latest year in the text. The goal is a level, zero, or a
 * rate of change from the base (2050年度に80%削減). The point year is the year after 結ぶ/直線,
 * else the row's target year.
 */
export function matchLinearPath(scan: Scan): LinearPathRule | null {
  // 「直線で結んだ」「線形で補間」: the target lies on the straight line to a later goal.
  const line = scan.tokens.find((t) => isKw(t, "line"));
  if (!line) return null;
  // Each year once, in either form: 「平成25年度(2013年度)と2050年度」 names two years, not three.
  const years = rolesOf(scan).years;
  const milestone = years.reduce<YearToken | null>((m, y) => (!m || y.year.fy > m.year.fy ? y : m), null);
  if (!milestone || milestone.start > line.start) return null;
  const point = years.find((y) => y.start > line.start && y.year.fy < milestone.year.fy);
  const base = years.find((y) => y.start < milestone.start && y.year.fy < (point ?? milestone).year.fy);
  const goal = goalAfter(scan, milestone, line.start);
  return {
    kind: "linear-path",
    milestone: milestone.year,
    goal,
    ...(point ? { point: point.year } : {}),
    ...(base ? { baseYear: base.year } : {}),
  };
}

/**
 * The goal written between the milestone year and 直線: the first number the role stage placed
 * there — a level, or a rate with its change word — else a word for zero, or nothing.
 */
function goalAfter(scan: Scan, milestone: YearToken, lineAt: number): Goal {
  const between = (t: { start: number }) => t.start > milestone.end && t.start < lineAt;
  const n = rolesOf(scan).numbers.find((r) => between(r.token));
  const t = n?.token;
  if (t && t.kind === "count" && !t.sign) return { level: textNumber(t) };
  if (n && t?.kind === "percent") {
    const direction = directionAfter(scan, n.at);
    if (direction !== null) return { percent: t.value, direction };
  }
  return scan.tokens.some((k) => isKw(k, "zero") && between(k)) ? { zero: true } : { unwritten: true };
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

/**
 * What the line lacks, in words: the goal's value (「2050年の目標」 with no number), the start
 * (the base year the text names, or any dated base when it names none).
 */
function missingEnds(rule: LinearPathRule, base: YearValue | null): NotEvaluated {
  const ja: string[] = [];
  const en: string[] = [];
  const goalYear = yearWords(rule.milestone);
  if ("unwritten" in rule.goal) {
    ja.push(`${goalYear}の目標値が根拠に書かれていません`);
    en.push(`the basis does not give the ${goalYear} goal's value`);
  }
  if (!base || !Number.isFinite(base.year.fy)) {
    if (rule.baseYear) {
      ja.push(`直線の起点となる基準年度（${yearWords(rule.baseYear)}）の値がシートにありません`);
      en.push(`the sheet has no value for the base year the line starts from (${yearWords(rule.baseYear)})`);
    } else {
      ja.push("直線の起点となる基準年度が根拠に書かれておらず、シートの基準年度・基準値からも読み取れません");
      en.push(
        "the basis does not name the base year the line starts from, and the sheet's base year and baseline do not give it",
      );
    }
  }
  return {
    ok: false,
    reason: "incomplete",
    missing: [],
    detail: { ja: ja.join("。また、"), en: en.join("; also, ") },
  };
}

export function evaluateLinearPath(rule: LinearPathRule, data: RuleData): Evaluation {
  const base = lineBase(rule, data);
  const g = rule.goal;
  if ("unwritten" in g || !base || !Number.isFinite(base.year.fy)) return missingEnds(rule, base);
  const point = rule.point ?? data.targetYear;
  if (!point) return noTargetYear();
  const goal =
    "level" in g ? inRowUnits(g.level, data) : "zero" in g ? 0 : base.value * (1 + (g.direction * g.percent) / 100);
  const span = rule.milestone.fy - base.year.fy;
  const done = point.fy - base.year.fy;
  if (span <= 0 || done < 0 || done > span) return outsideLine(base, rule, point);
  const value = base.value + ((goal - base.value) * done) / span;
  const b = baseWords(base, data);
  const goalWords =
    "level" in g
      ? fromText(g.level.text)
      : "zero" in g
        ? { ja: "ゼロ", en: "zero" }
        : {
            ja: `${b.shown}から${fromText(`${fmt(g.percent)}%`).ja}${g.direction === 1 ? "増" : "減"}の${show(goal, data)}`,
            en: `${show(goal, data)} (${fromText(`${fmt(g.percent)}%`).en} ${g.direction === 1 ? "up" : "down"} on the base)`,
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
