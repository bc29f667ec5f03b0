import { fiscalYear } from "../years/era";
import type { FiscalYear } from "../years/types";
import type { ActualColumn, FieldName } from "./types";
import type { HeaderMatch } from "./headers";

/** One column of a header: what its cell(s) say, sub-header first. */
export interface HeaderColumn {
  col: number;
  match: HeaderMatch | null;
  /** The header text (sub-header, else group row), for guessing an unnamed indicator column. */
  text: string;
}

/** A header turned into a column map. */
export interface ColumnMap {
  columns: Partial<Record<FieldName, number>>;
  actuals: ActualColumn[];
  baselineYear?: FiscalYear;
  targetYear?: FiscalYear;
  /** The target is 今年度's: its year is the document's (title, sheet name). */
  targetIsThisYear?: boolean;
  /** Two columns said the same field (two 現状値, two equally good name columns): one was chosen. */
  competing?: boolean;
  /** No header word named the indicator: the column was guessed from its place. */
  guessedIndicator?: boolean;
  /** 今年度実績値 / 前年度実績 columns: actuals once the document's year is known (openTable). */
  relativeActuals?: { col: number; yearsBack: number }[];
  /** Columns that said a field another column already has (a second 当初値): known, not read. */
  competingCols?: number[];
}

function compactWord(text: string): string {
  return text.normalize("NFKC").replace(/\s+/g, "");
}

interface TargetCandidate {
  col: number;
  year?: FiscalYear;
  /** 今年度目標値: this year's target, before a long-term one without a year (長期的目標値). */
  thisYear?: boolean;
  text: string;
}

/**
 * Several target-like columns (共生ビジョン: 目標値 for R7 and (3)R12指標値): the one whose header
 * names a year is the plan target (the latest year; then the rightmost), the first other one is
 * the previous period's target.
 */
function resolveTargets(cands: TargetCandidate[]): { target?: TargetCandidate; previous?: TargetCandidate } {
  if (cands.length === 0) return {};
  if (cands.length === 1) return { target: cands[0] };
  const withYear = cands.filter((c) => c.year || c.thisYear);
  const pool = withYear.length > 0 ? withYear : cands;
  const target = pool.reduce((best, c) => ((c.year?.fy ?? 0) >= (best.year?.fy ?? 0) ? c : best));
  return { target, previous: cands.find((c) => c !== target) };
}

/**
 * Builds the column map of a header. A bare 年度 column belongs to the value column on its left
 * (計画策定時 | 年度 → baseline year; 目標値 | 年度 → that target's year). Returns null when the
 * header lacks an indicator column and one cannot be guessed, or has neither baseline nor target.
 */
/**
 * How surely a header word names the indicator column: 指標名 / 成果指標 over 項目 (安城市's 項目
 * column holds the plan section, its 指標 column the names).
 */
function indicatorRank(text: string): number {
  const t = text.replace(/\s+/g, "");
  if (/指標名|指標$|KPI|ＫＰＩ/.test(t)) return 2;
  return /指標/.test(t) ? 1 : 0;
}

export interface MapOptions {
  /** The names stand outside the grid (a card's 指標名 row above): no indicator column needed. */
  nameless?: boolean;
  /** Year columns alone will do (目標値 / 実績値 rows under them carry the target). */
  actualsSuffice?: boolean;
}

export function mapColumns(header: HeaderColumn[], options: MapOptions = {}): ColumnMap | null {
  const columns: Partial<Record<FieldName, number>> = {};
  const actuals: ActualColumn[] = [];
  const targets: TargetCandidate[] = [];
  const targetYears: number[] = [];
  let baselineYear: FiscalYear | undefined;
  let lastValueField: "baseline" | "target" | null = null;

  const relativeActuals: NonNullable<ColumnMap["relativeActuals"]> = [];
  const competingCols: number[] = [];
  let indicatorAt: HeaderColumn | undefined;
  let competing = false;
  for (const h of header) {
    const { col, match } = h;
    if (!match || match.kind === "group" || match.kind === "other") continue;
    if (match.kind === "actual") {
      actuals.push({ col, year: match.year });
      continue;
    }
    if (match.kind === "relative-actual") {
      relativeActuals.push({ col, yearsBack: match.yearsBack });
      continue;
    }
    const { field } = match;
    if (field === "indicator") {
      if (!indicatorAt || indicatorRank(h.text) > indicatorRank(indicatorAt.text)) {
        indicatorAt = h;
        columns.indicator = col;
      } else if (indicatorRank(h.text) === indicatorRank(indicatorAt.text)) competing = true;
    } else if (field === "target") {
      targets.push({ col, year: match.year, thisYear: match.thisYear, text: h.text });
      lastValueField = "target";
      // 現状値(R2)→目標値(R7): the baseline's year, for the baseline part of each cell.
      baselineYear ??= match.pathFrom?.year;
    } else if (field === "targetYear" || (field === "baselineYear" && match.bareYear && lastValueField === "target")) {
      targetYears.push(col);
    } else if (columns[field] !== undefined) {
      if (field === "baseline") competing = true;
      competingCols.push(col);
    } else {
      columns[field] = col;
      if (field === "baseline") {
        lastValueField = "baseline";
        baselineYear = match.year;
      }
    }
  }

  // 「目標 | 年次 | 数値」, 「数値目標 | 目標値」: with no indicator column, a column headed by a goal
  // noun (…目標) beside a value column (…値, 数値) is the column naming the goals.
  if (!indicatorAt && targets.length > 1) {
    const named = targets.findIndex((t) => /目標$/.test(compactWord(t.text)));
    if (named >= 0) columns.indicator = targets.splice(named, 1)[0].col;
  }
  const { target, previous } = resolveTargets(targets);
  if (target) columns.target = target.col;
  if (target && previous) {
    columns.previousTarget = previous.col;
    // The year column right after the previous target is its year (達成年度 R7).
    const prevYear = targetYears.find((c) => c > previous.col && (target.col < previous.col || c < target.col));
    if (prevYear !== undefined) columns.previousTargetYear = prevYear;
  }
  const targetYearCol = targetYears.find((c) => c !== columns.previousTargetYear);
  if (targetYearCol !== undefined) columns.targetYear = targetYearCol;

  if (
    columns.baseline === undefined &&
    columns.target === undefined &&
    !(options.actualsSuffice && actuals.length > 0)
  ) {
    return null;
  }
  const guessed = columns.indicator === undefined;
  if (guessed) {
    const guess = guessIndicator(header, columns);
    if (guess !== undefined) columns.indicator = guess;
    else if (!options.nameless) return null;
  }
  const map: ColumnMap = { columns, actuals };
  if (guessed) map.guessedIndicator = true;
  if (relativeActuals.length > 0) map.relativeActuals = relativeActuals;
  if (competingCols.length > 0) map.competingCols = competingCols;
  if (baselineYear) map.baselineYear = baselineYear;
  if (target?.year) map.targetYear = target.year;
  // 目標値(10年後): so many years after the base year the header states.
  const after = target && !target.year ? /(\d{1,2})年後/.exec(target.text.normalize("NFKC")) : null;
  if (after && baselineYear) map.targetYear = fiscalYear(baselineYear.fy + Number(after[1]));
  if (target?.thisYear) map.targetIsThisYear = true;
  if (competing) map.competing = true;
  return map;
}

/** The nearest column left of the first value column whose header text matched no field. */
function guessIndicator(header: HeaderColumn[], columns: Partial<Record<FieldName, number>>): number | undefined {
  const firstValue = Math.min(
    columns.baseline ?? Infinity,
    columns.target ?? Infinity,
    ...header.filter((h) => h.match?.kind === "actual").map((h) => h.col),
  );
  const mapped = new Set(Object.values(columns));
  const left = header.filter((h) => h.col < firstValue && h.match === null && h.text !== "" && !mapped.has(h.col));
  return left.length > 0 ? left[left.length - 1].col : undefined;
}
