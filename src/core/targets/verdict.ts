import { compareStated, statedMatches, type CompareContext, type Comparison } from "../basis/compare";
import { evaluateRule } from "../basis/evaluate";
import { ruleDef } from "../basis/registry";
import { fmt } from "../basis/numbers";
import { roundingUnitMismatch, roundTo, stepInRowUnits } from "../basis/rounding";
import type { Alternative, Bilingual, Evaluated, NotEvaluated, Rule, TextNumber } from "../basis/types";
import { roundHalfUp, toPrecision12 } from "../quantity/round";
import type { Quantity } from "../quantity/types";
import { compareUnits, parseUnitText } from "../quantity/units";
import { raise } from "../report/finding";
import type { Finding, TargetStatus } from "../report/schema";
import type { FieldCell, IndicatorRow } from "../rows/types";
import type { FiscalYear } from "../years/types";
import { BASIS_TEXT, fromText, inRowUnits } from "../basis/eval-helpers";
import type { RuleData } from "../basis/types";
import type { Bound } from "../quantity/types";
import {
  basePoint,
  inRowScale,
  planBaseYear,
  otherBases,
  ruleData,
  rowQuantity,
  whereOf,
  type Metric,
  type MetricPoint,
} from "./metrics";
import { stepDecimals, writtenForm, writtenLike } from "./written";
import { parseQuantity } from "../quantity/parse";

/** One metric's verdict: evaluate the rule, round as the basis says, compare with the stated value. */

export interface MetricVerdict {
  label: string | null;
  status: TargetStatus;
  stated: Quantity | null;
  computed: { value: number; display: string } | null;
  /**
   * The value to write into the target cell, at `decimals` in the form of `like` (written out by
   * fill.ts, only where the cell takes text); `exact` is the rule's value before any rounding,
   * `why` the reason for the form. Null when nothing is to be written (一致).
   */
  fill: {
    value: number;
    decimals: number;
    like: Quantity | null;
    exact: number;
    why: Bilingual;
  } | null;
  explanation: Bilingual;
  alternatives: { label: string; labelEn: string; value: number; display: string }[];
  findings: Finding[];
}

export interface VerdictContext {
  row: IndicatorRow;
  rule: Rule;
  basisCell: FieldCell;
  targetYear: FiscalYear | null;
  /** The rule was read from the target cell itself (「61.9(20%減)」「10.0%減少」). */
  ruleInTarget?: boolean;
}

/** A year as the sheet wrote it (2000年 rather than H12), else its short label. */
function yearAsWritten(year: FiscalYear): string {
  return year.written ?? year.label;
}

function partWords(label: string | null): string {
  return label ? `「${label}」: ` : "";
}

function notComputed(
  metric: Metric,
  ctx: VerdictContext,
  ev: NotEvaluated,
  baseYear: FiscalYear | undefined,
): MetricVerdict {
  const part = partWords(metric.label);
  const at = onBasis(ctx);
  const year = ev.missing[0]?.label ?? ctx.targetYear?.label ?? "—";
  const finding =
    ev.reason === "no-base"
      ? baseYear
        ? raise("BASIS_DATA_MISSING", "base", at, { part, year: yearAsWritten(baseYear) })
        : raise("BASIS_DATA_MISSING", "base-unknown", at, { part })
      : ev.reason === "no-base-year"
        ? raise("BASIS_DATA_MISSING", "base-year", at, { part })
        : ev.reason === "incomplete"
          ? raise("BASIS_DATA_MISSING", "incomplete", at, { part, what: ev.detail })
          : ev.reason === "no-target-year"
            ? raise("BASIS_DATA_MISSING", "target-year", at, { part })
            : ev.reason === "not-in-schedule"
              ? raise("BASIS_DATA_MISSING", "schedule", at, { part, year })
              : ev.reason === "unclear"
                ? raise("BASIS_AMBIGUOUS", "note", at, { part, note: ev.detail })
                : raise("BASIS_DATA_MISSING", "no-data", at, {
                    part,
                    years: ev.missing.map((y) => y.label).join("・") || "—",
                  });
  // Which reading was tried, so that the staff member sees what the text was taken to say.
  const explanation = {
    ja: `計算できません（${ruleDef(ctx.rule.kind).explain.ja}として読みました）: ${ev.detail.ja}`,
    en: `not computable (read as ${ruleDef(ctx.rule.kind).explain.en}): ${ev.detail.en}`,
  };
  return unverifiable(metric, explanation, [finding]);
}

/** A verdict with no computed value: why, and the findings that say so. */
function unverifiable(metric: Metric, explanation: Bilingual, findings: Finding[]): MetricVerdict {
  return {
    label: metric.label,
    status: "unverifiable",
    stated: metric.stated,
    computed: null,
    fill: null,
    explanation,
    alternatives: [],
    findings,
  };
}

/** Where a finding on the basis cell of the verdict's row is. */
function onBasis(ctx: VerdictContext): { row: number; cell: string } {
  return { row: ctx.row.row, cell: ctx.basisCell.address };
}

/** The value the rule starts from: the text's own base, else the sheet's, with where it was read. */
function ruleInputs(metric: Metric, ctx: VerdictContext): { base: MetricPoint | null; data: RuleData } {
  const { row, rule } = ctx;
  const base = basePoint(metric, rule.baseYear, planBaseYear(row), ctx.targetYear) ?? undatedBaseline(metric, row);
  const data = ruleData(metric, base, ctx.targetYear, base ? whereOf(base, row) : undefined, (p) => whereOf(p, row));
  if (rule.textBase) {
    data.base = {
      year: rule.baseYear ?? row.baselineYear ?? NO_YEAR,
      value: inRowUnits(rule.textBase, data),
      where: BASIS_TEXT,
    };
  }
  if (DELTA_INDICATOR.test(row.indicator)) data.delta = true;
  const counted = countedOver(row, metric);
  if (counted) data.counted = counted;
  const baseline = baselineOf(row, metric, data);
  if (baseline) data.baseline = baseline;
  return { base, data };
}

/**
 * A baseline whose year the sheet does not say (「第3次地震被害想定」, no 基準年 column): the
 * base of a rule that counts no periods, when the row has no dated value at all.
 */
function undatedBaseline(metric: Metric, row: IndicatorRow): MetricPoint | null {
  const cell = row.cells.baseline;
  if (metric.points.length > 0 || row.baselineYear || !cell || metric.label !== null) return null;
  return row.baseline.kind === "quantity" ? { year: NO_YEAR, quantity: row.baseline.quantity, cell } : null;
}

const TOTAL_WORD = /累計|通算/;

/** A total (累計) in the indicator or the target cell; a yearly one in its unit (人/年) or name (年間). */
function countedOver(row: IndicatorRow, metric: Metric): RuleData["counted"] {
  if (TOTAL_WORD.test(row.indicator) || TOTAL_WORD.test(row.cells.target?.text ?? "")) return "total";
  if (metric.stated?.unit?.period === "年" || /年間|年度あたり|年あたり/.test(row.indicator)) return "year";
  return undefined;
}

/** The value at the row's 基準年度, with the cell it was read in. */
function baselineOf(row: IndicatorRow, metric: Metric, data: RuleData): RuleData["baseline"] {
  const year = row.baselineYear;
  const point = year ? metric.points.find((p) => p.year.fy === year.fy) : undefined;
  const at = point ? data.series.find((s) => s.year.fy === point.year.fy) : undefined;
  return point && at ? { ...at, where: whereOf(point, row) } : undefined;
}

/** A base read from the text alone: no year to count periods from. */
const NO_YEAR: FiscalYear = { fy: Number.NaN, label: "" };

/** The indicator is the change itself: 減少した施設入所者数, 施設入所者の減少数, 削減数, 削減量. */
const DELTA_INDICATOR = /(減少|削減)(し?た|する)?[^、。]{0,12}(数|量)$|(減少|削減)(数|量)/;

/**
 * The stated target: the target cell's value — except when the rule itself is written in the
 * target cell. Then the cell states a level only beside the rule (「61.9(20%減)」: 61.9), or as
 * the end of a from–to (「0人から15人へ」: 15); 「10.0%減少」「約5,900人の半減」 state none.
 */
function statedOf(metric: Metric, ctx: VerdictContext): Quantity | null {
  if (!ctx.ruleInTarget) return metric.stated;
  const { rule } = ctx;
  if (rule.kind === "reach-level") {
    const q = parseQuantity(rule.value.text);
    return q.kind === "quantity" ? q.quantity : null;
  }
  const s = metric.stated;
  if (!s) return null;
  const ruleNumbers = [
    rule.textBase?.value,
    "percent" in rule ? rule.percent : undefined,
    "step" in rule ? rule.step.value : undefined,
  ];
  const own = s.unit?.counter !== "%" && !ruleNumbers.includes(s.value);
  return own ? s : null;
}

/** Rounding words set the value and its decimals; else the row's own decimals. */
function applyRounding(
  ev: Evaluated,
  ctx: VerdictContext,
  data: RuleData,
  rowQ: Quantity | null,
  part: string,
): { value: number; decimals: number; text: Bilingual | null; findings: Finding[] } {
  const { rule } = ctx;
  if (!rule.rounding) return { value: ev.value, decimals: data.decimals, text: null, findings: [] };
  const rowCounter = rowQ?.unit?.counter ?? null;
  const step = stepInRowUnits(rule.rounding, rowCounter, data.rowScale, 10 ** -data.decimals);
  const value = roundTo(ev.value, step, rule.rounding.mode);
  const decimals = stepDecimals(step);
  const findings: Finding[] = [];
  if (roundingUnitMismatch(rule.rounding, rowCounter)) {
    findings.push(
      raise("BASIS_UNIT_MISMATCH", "rounding", onBasis(ctx), {
        part,
        rounding: rule.rounding.text,
        ruleUnit: rule.rounding.counter ?? "",
        rowUnit: rowQ?.unit?.written ?? "",
      }),
    );
  }
  const shown = fmt(value, decimals);
  const text = { ja: ` → ${rule.rounding.text}で${shown}`, en: ` → ${shown} (${rule.rounding.text})` };
  return { value, decimals, text, findings };
}

/** The unit the rule's number was written in, against the row's; missing years; the rule's notes. */
function evaluationFindings(ev: Evaluated, ctx: VerdictContext, rowQ: Quantity | null, part: string): Finding[] {
  const findings: Finding[] = [];
  if (ev.unitWritten && rowQ?.unit) {
    const u = parseUnitText(ev.unitWritten);
    if (u && compareUnits(u, rowQ.unit) === "different") {
      findings.push(
        raise("BASIS_UNIT_MISMATCH", "default", onBasis(ctx), {
          part,
          ruleUnit: ev.unitWritten,
          rowUnit: rowQ.unit.written,
        }),
      );
    }
  }
  if (ev.missing.length > 0) {
    findings.push(
      raise("BASIS_DATA_MISSING", "default", onBasis(ctx), {
        part,
        years: ev.missing.map((y) => y.label).join("・"),
        used: (ev.used ?? []).map((y) => y.label).join("・") || "—",
      }),
    );
  }
  for (const note of ev.notes) findings.push(raise("BASIS_AMBIGUOUS", "note", onBasis(ctx), { part, note }));
  if (ev.pathCheck && !ev.pathCheck.consistent) {
    findings.push(raise("BASIS_AMBIGUOUS", "path", onBasis(ctx), { part, note: ev.pathCheck.note }));
  }
  return findings;
}

/** Nothing stated: the value to fill in; a target cell holding words (全園, 実績なし) cannot be compared. */
function statusOf(stated: Quantity | null, verdict: Compared | null, ctx: VerdictContext): TargetStatus {
  if (stated) return verdict?.cmp.match ? "match" : "mismatch";
  return ctx.row.target.kind === "blank" || ctx.ruleInTarget ? "computed" : "unverifiable";
}

/** BASIS_MISMATCH on the target cell, naming the first reading that would match. */
function mismatchFinding(
  verdict: Compared,
  stated: Quantity,
  display: string,
  ev: Evaluated,
  ctx: VerdictContext,
  listed: MetricVerdict["alternatives"],
  part: string,
): Finding {
  const { row, basisCell } = ctx;
  const alt = verdict.matching[0];
  const cell = row.cells.target?.address ?? basisCell.address;
  return raise(
    "BASIS_MISMATCH",
    alt ? "alternative" : "default",
    { row: row.row, cell, found: stated.text, expected: display },
    {
      part,
      // Rounded as the stated target is written, in its unit.
      computed: verdict.cmp.display + (stated.unit?.written ?? ""),
      formula: ev.formula,
      stated: stated.text,
      ...(alt ? { alternative: alt.label, altValue: listed[0].display } : {}),
    },
  );
}

/** The findings on the comparison: a mismatch (naming a reading that would match), points, a text value. */
function comparisonFindings(
  c: { status: TargetStatus; verdict: Compared | null; stated: Quantity | null; display: string },
  ev: Evaluated,
  ctx: VerdictContext,
  listed: { alternatives: MetricVerdict["alternatives"]; pointsShown: string; points: Alternative | undefined },
  value: number,
  like: Quantity | null,
  decimals: number,
  part: string,
): Finding[] {
  const findings: Finding[] = [];
  if (c.status === "mismatch" && c.verdict && c.stated) {
    findings.push(mismatchFinding(c.verdict, c.stated, c.display, ev, ctx, listed.alternatives, part));
  }
  if (listed.points && c.status === "computed") {
    findings.push(
      raise("BASIS_AMBIGUOUS", "points", onBasis(ctx), { part, computed: c.display, altValue: listed.pointsShown }),
    );
  }
  const textValue = ev.alternatives.find((a) => a.kind === "text-value");
  if (textValue && !closeTo(textValue.value, value, like)) {
    findings.push(
      raise("BASIS_AMBIGUOUS", "text-value", onBasis(ctx), {
        part,
        computed: c.display,
        altValue: writtenLike(textValue.value, like, decimals),
      }),
    );
  }
  return findings;
}

/**
 * Readings on another year's value (the latest actual instead of the plan's base year): listed
 * when the stated value matches one of them (`matches`) and not the rule's own reading.
 */
function otherYearReadings(
  metric: Metric,
  ctx: VerdictContext,
  inputs: { base: MetricPoint | null; data: RuleData },
  matches: (value: number) => boolean,
): Alternative[] {
  const { base, data } = inputs;
  if (ctx.rule.baseYear || ctx.rule.textBase || !base) return [];
  const out: Alternative[] = [];
  for (const p of otherBases(metric, base, ctx.targetYear)) {
    const other = { year: p.year, value: inRowScale(p.quantity, data.rowScale), where: whereOf(p, ctx.row) };
    const ev = evaluateRule(ctx.rule, { ...data, base: other });
    if (!ev.ok || !matches(ev.value)) continue;
    out.push({
      kind: "base-year",
      label: {
        ja: `${p.year.label}の値（${p.cell.address}）を基準にした計算`,
        en: `the same rule from ${p.year.label} (${p.cell.address})`,
      },
      value: ev.value,
    });
  }
  return out;
}

/**
 * A level written as a rate on a row counted in people, cases…: 「2.5%程度の移行を見込む」 on a
 * 人 row names no number of people. Comparing 2.5 with 6人 would be a verdict on a number no
 * reading gives; the row is 検証不可 with the unit finding.
 */
function levelInOtherUnit(ev: Evaluated, rule: Rule, rowQ: Quantity | null): boolean {
  if (!levelOf(rule)) return false;
  const rowCounter = rowQ?.unit?.counter;
  return ev.unitWritten === "%" && rowCounter !== undefined && rowCounter !== "" && rowCounter !== "%";
}

/** The level a level rule states (a fixed value, a level to reach, a period's mean). */
function levelOf(rule: Rule): TextNumber | null {
  if (rule.kind === "fixed" || rule.kind === "reach-level") return rule.value;
  return rule.kind === "period-average" ? rule.level : null;
}

function unitBlocked(metric: Metric, ctx: VerdictContext, ev: Evaluated, rowQ: Quantity, part: string): MetricVerdict {
  const written = levelOf(ctx.rule)?.text ?? ev.formula;
  const explanation = {
    ja: `計算できません: 水準として読んだ${fromText(written).ja}は率で、指標の単位（${rowQ.unit!.written}）と比べられません`,
    en: `not computable: the level ${fromText(written).en} is a rate, not in the row's unit (${rowQ.unit!.written})`,
  };
  return unverifiable(metric, explanation, evaluationFindings(ev, ctx, rowQ, part));
}

/**
 * The comparison step: the rule's reading against the stated value, and the other readings
 * under which it would match — the rule's own alternatives, else another year's.
 */
function compareStep(
  metric: Metric,
  ctx: VerdictContext,
  ev: Evaluated,
  inputs: { base: MetricPoint | null; data: RuleData },
  c: { stated: Quantity | null; bound: Bound | undefined; value: number },
): { verdict: Compared | null; status: TargetStatus } {
  const { stated } = c;
  if (!stated) return { verdict: null, status: statusOf(null, null, ctx) };
  const cc: CompareContext = { approx: ctx.rule.approx, bound: c.bound, computedScale: inputs.data.rowScale };
  const cmp = belowFloor(stated, ctx.rule, compareStated(stated, c.value, cc));
  const matches = (value: number) => statedMatches(stated, value, cc);
  let matching = cmp.match ? [] : ev.alternatives.filter((a) => matches(a.value));
  // Another year's reading is named only when no reading of the rule itself matches.
  if (!cmp.match && matching.length === 0) matching = otherYearReadings(metric, ctx, inputs, matches);
  const verdict = { cmp, matching };
  return { verdict, status: statusOf(stated, verdict, ctx) };
}

/** The fill step: nothing for 一致; else the value in the form writtenForm gives, and why. */
function fillStep(
  ev: Evaluated,
  ctx: VerdictContext,
  c: { status: TargetStatus; bound: Bound | undefined; stated: Quantity | null; like: Quantity | null },
  rowQ: Quantity | null,
  data: RuleData,
): MetricVerdict["fill"] {
  if (c.status === "match") return null;
  const row = { counter: rowQ?.unit?.counter ?? null, scale: data.rowScale, decimals: data.decimals };
  const form = writtenForm(ev.value, ctx.rule, c.bound, c.stated, row);
  return { value: form.value, decimals: form.decimals, like: c.like, exact: ev.value, why: form.why };
}

/** Evaluate, round, compare, collect findings, offer a value to write, explain: each a step above. */
export function metricVerdict(metric: Metric, ctx: VerdictContext): MetricVerdict {
  const inputs = ruleInputs(metric, ctx);
  const ev = evaluateRule(ctx.rule, inputs.data);
  if (!ev.ok) return notComputed(metric, ctx, ev, ctx.rule.baseYear);
  const rowQ = rowQuantity(metric, inputs.base);
  const part = partWords(metric.label);
  if (levelInOtherUnit(ev, ctx.rule, rowQ)) return unitBlocked(metric, ctx, ev, rowQ!, part);

  const rounded = applyRounding(ev, ctx, inputs.data, rowQ, part);
  const { value, decimals } = rounded;
  const stated = statedOf(metric, ctx);
  const like = stated ?? rowQ;
  const bound = ev.bound ?? ctx.rule.bound;
  const display = writtenLike(ctx.rule.rounding ? value : roundHalfUp(value, decimals), like, decimals);
  const { verdict, status } = compareStep(metric, ctx, ev, inputs, { stated, bound, value });
  const points = ev.alternatives.find((a) => a.kind === "points");
  const { listed: alternatives, pointsShown } = listedAlternatives(verdict, points, like, decimals);
  const listed = { alternatives, pointsShown, points };
  const compared = { status, verdict, stated, display };
  return {
    label: metric.label,
    status,
    stated,
    // 12 significant digits: the report shows 12.4, not 12.399999999999999 from binary arithmetic.
    computed: { value: toPrecision12(value), display },
    fill: fillStep(ev, ctx, { status, bound, stated, like }, rowQ, inputs.data),
    explanation: explain(ev, rounded.text, verdict, display, stated, alternatives, pointsShown),
    alternatives,
    findings: [
      ...rounded.findings,
      ...evaluationFindings(ev, ctx, rowQ, part),
      ...comparisonFindings(compared, ev, ctx, listed, value, like, decimals, part),
    ],
  };
}

/** A stated value under the lower end of a range (「30%以上50%以下」) does not match. */
function belowFloor(stated: Quantity, rule: Rule, cmp: Comparison): Comparison {
  if (!rule.floor || !cmp.match || stated.value >= rule.floor.value) return cmp;
  const range = `${rule.floor.text}以上`;
  return {
    ...cmp,
    match: false,
    reading: {
      ja: `根拠は${range}の範囲を求めるため範囲外`,
      en: `the basis asks for ${rule.floor.text} or more: out of range`,
    },
  };
}

interface Compared {
  cmp: Comparison;
  /** Other readings under which the stated value would match. */
  matching: Alternative[];
}

/** A value written in the basis agrees with the computed one at the place it is written to. */
function closeTo(a: number, b: number, like: Quantity | null): boolean {
  const decimals = like?.decimals ?? 0;
  const q: Quantity = { text: String(a), value: a, baseValue: a, unit: like?.unit ?? null, decimals, approx: true };
  return statedMatches(q, b);
}

/**
 * The alternatives the report lists, each value written once: those that would match (in their
 * order, first), and always the points reading of a %; with how the points reading is written.
 */
function listedAlternatives(
  verdict: Compared | null,
  points: Alternative | undefined,
  like: Quantity | null,
  decimals: number,
): { listed: MetricVerdict["alternatives"]; pointsShown: string } {
  const matching = verdict?.matching ?? [];
  const listed = matching.map((a) => ({
    label: a.label.ja,
    labelEn: a.label.en,
    value: a.value,
    display: writtenLike(a.value, like, decimals),
  }));
  if (!points) return { listed, pointsShown: "" };
  const at = matching.indexOf(points);
  if (at >= 0) return { listed, pointsShown: listed[at].display };
  const pointsShown = writtenLike(points.value, like, decimals);
  listed.push({ label: points.label.ja, labelEn: points.label.en, value: points.value, display: pointsShown });
  return { listed, pointsShown };
}

/**
 * `listed` starts with the matching alternatives, in order, already written; so does `pointsShown`.
 * Built from pieces joined once: the explanation lives as long as the report, and a `+=` chain
 * (or a template per clause) would keep a tree of string fragments alive in its place.
 */
function explain(
  ev: Evaluated,
  rounding: Bilingual | null,
  verdict: Compared | null,
  display: string,
  stated: Quantity | null,
  listed: MetricVerdict["alternatives"],
  pointsShown: string,
): Bilingual {
  const ja = [ev.summary.ja, ": ", ev.formula, rounding?.ja ?? ""];
  const en = [ev.summary.en, ": ", ev.formula, rounding?.en ?? ""];
  if (verdict && stated) {
    const s = stated.text;
    const { display: shown, match, reading } = verdict.cmp;
    ja.push(" → ", shown, "（目標値", s, "と", match ? "一致" : "不一致", "。", reading.ja, "）");
    en.push(" → ", shown, match ? " (matches" : " (does not match", " the stated ", s, "; ", reading.en, ")");
    verdict.matching.forEach((alt, i) => {
      ja.push("。", alt.label.ja, "なら", listed[i].display, "で一致");
      en.push("; matches with ", alt.label.en, " (", listed[i].display, ")");
    });
  } else {
    ja.push(" → ", display);
    en.push(" → ", display);
  }
  if (pointsShown !== "") {
    ja.push("。ポイントとして読むと", pointsShown);
    en.push("; read as percentage points: ", pointsShown);
  }
  for (const note of ev.notes) {
    ja.push("。", note.ja);
    en.push("; ", note.en);
  }
  if (ev.pathCheck) {
    ja.push("。", ev.pathCheck.note.ja);
    en.push("; ", ev.pathCheck.note.en);
  }
  return { ja: ja.join(""), en: en.join("") };
}
