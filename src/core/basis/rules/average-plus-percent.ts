import type { Direction, Evaluation, NotEvaluated, RuleCommon, RuleData, RuleDef, YearValue } from "../types";
import type { Scan } from "../tokens";
import { common, directionAfter, gap, isNum } from "../scan";
import { rolesOf } from "../roles";
import { evaluated, show, signWord, valuesWords, fromText } from "../eval-helpers";
import { factorOf, fmt } from "../numbers";
import type { FiscalYear } from "../../years/types";
import { fiscalYear } from "../../years/era";

export type AveragePlusPercentRule = RuleCommon & {
  kind: "average-plus-percent";
  /** An explicit range (R2…R6), or the last N years on the sheet (過去3か年平均). */
  range: { from: FiscalYear; to: FiscalYear } | { last: number };
  percent: number;
  direction: Direction;
};

/** R2年度からR6年度の平均値+10%, 過去3か年平均を維持, H30～R2の平均から5%削減: mean × (1 ± p). */
export function matchAveragePlusPercent(scan: Scan): AveragePlusPercentRule | null {
  // The means of past values the role stage found, and the change written after each.
  for (const { over, of, end } of rolesOf(scan).means) {
    if (of !== "values") continue;
    const change = changeAfter(scan, end);
    if (change) return { kind: "average-plus-percent", range: over, ...change, ...common(scan) };
  }
  return null;
}

/** +10%, から5%削減, を維持, or nothing (the mean itself); null when only a direction is given. */
function changeAfter(scan: Scan, avgIndex: number): { percent: number; direction: Direction } | null {
  const next = scan.tokens[avgIndex + 1];
  if (isNum(next) && next.kind === "percent" && gap(scan, scan.tokens[avgIndex], next).length <= 4) {
    const direction = next.sign === "-" ? -1 : (directionAfter(scan, avgIndex + 1) ?? (next.sign === "+" ? 1 : null));
    return direction === null ? null : { percent: next.value, direction };
  }
  if (directionAfter(scan, avgIndex, 4) !== null) return null;
  return { percent: 0, direction: 1 };
}

/**
 * The years to average. 過去Nか年 is the N fiscal years up to the latest on the sheet — not the
 * last N values, which skip a blank year or reach back to the baseline: a year without a value
 * is then reported missing, as in a written range.
 */
function yearsOf(range: AveragePlusPercentRule["range"], series: YearValue[]): FiscalYear[] {
  const latest = Math.max(...series.map((s) => s.year.fy).filter(Number.isFinite));
  const [from, to] = "last" in range ? [latest - range.last + 1, latest] : [range.from.fy, range.to.fy];
  if (!Number.isFinite(from)) return [];
  const out: FiscalYear[] = [];
  for (let fy = from; fy <= to; fy++) {
    out.push(series.find((s) => s.year.fy === fy)?.year ?? fiscalYear(fy));
  }
  return out;
}

export function evaluateAveragePlusPercent(rule: AveragePlusPercentRule, data: RuleData): Evaluation {
  const years = yearsOf(rule.range, data.series);
  const present = years.map((y) => data.series.find((s) => s.year.fy === y.fy)).filter((s): s is YearValue => !!s);
  const missing = years.filter((y) => !present.some((p) => p.year.fy === y.fy));
  // One value of several years is no average: computing on it would be a guess at the rest.
  if (present.length === 0 || (present.length === 1 && years.length > 1)) {
    const none: NotEvaluated = {
      ok: false,
      reason: "no-data",
      missing,
      detail: {
        ja: "平均をとる年度の値がシートに（ほとんど）ありません",
        en: "the years to average are (almost) all missing from the sheet",
      },
    };
    return none;
  }
  const mean = present.reduce((s, p) => s + p.value, 0) / present.length;
  const f = factorOf(rule.percent, rule.direction);
  const value = mean * f;
  // The values averaged, by cell and year; the range the text asks for too when the sheet lacks part of it.
  const cells = valuesWords(present);
  const span = `${years[0].label}～${years[years.length - 1].label}`;
  const from =
    missing.length === 0
      ? cells
      : { ja: `${span}（シートにある${cells.ja}の値）`, en: `${span.replace("～", "–")} (the values in ${cells.en})` };
  const used = present.map((p) => show(p.value, data)).join(" + ");
  const w = signWord(rule.direction);
  const percent = fmt(rule.percent);
  const pct = {
    ja: fromText(`${rule.direction === 1 ? "+" : "−"}${percent}%`).ja,
    en: fromText(`${percent}%`).en,
  };
  const meanShown = show(mean, data);
  const meanPart = `(${used}) ÷ ${present.length} = ${meanShown}`;
  return evaluated(
    value,
    {
      ja: `${from.ja}の平均${rule.percent === 0 ? "" : `に${pct.ja}`}`,
      en: `mean of ${from.en}${rule.percent === 0 ? "" : `, ${w.en} of ${pct.en}`}`,
    },
    rule.percent === 0 ? meanPart : `${meanPart}; ${meanShown} × ${fmt(f, 6)} = ${show(value, data)}`,
    { missing, used: present.map((p) => p.year) },
  );
}

export const averagePlusPercentRule: RuleDef<AveragePlusPercentRule> = {
  kind: "average-plus-percent",
  match: matchAveragePlusPercent,
  evaluate: evaluateAveragePlusPercent,
  explain: { ja: "過去の平均値に率を加減", en: "a past average plus a percentage" },
  label: { ja: "過去平均から○%増減", en: "% change from a past average" },
};
