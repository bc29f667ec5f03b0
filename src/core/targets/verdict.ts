import { compareStated, statedMatches, type Comparison } from "../basis/compare";
import { evaluateRule } from "../basis/evaluate";
import { fmt } from "../basis/numbers";
import { roundingUnitMismatch, roundTo, stepInRowUnits } from "../basis/rounding";
import type { Alternative, Bilingual, Evaluated, NotEvaluated, Rule } from "../basis/types";
import { formatLike } from "../quantity/format";
import { roundHalfUp, toPrecision12 } from "../quantity/round";
import type { Quantity } from "../quantity/types";
import { compareUnits, parseUnitText } from "../quantity/units";
import { raise } from "../report/finding";
import type { Finding, TargetStatus } from "../report/schema";
import type { FieldCell, IndicatorRow } from "../rows/types";
import type { FiscalYear } from "../years/types";
import { basePoint, ruleData, rowQuantity, type Metric } from "./metrics";

/** One metric's verdict: evaluate the rule, round as the basis says, compare with the stated value. */

export interface MetricVerdict {
  label: string | null;
  status: TargetStatus;
  stated: Quantity | null;
  computed: { value: number; display: string } | null;
  /** The value to write into the target cell, and how it is written (`written`: in the form of `like`). */
  fill: { value: number; decimals: number; like: Quantity | null; written: string } | null;
  explanation: Bilingual;
  alternatives: { label: string; labelEn: string; value: number; display: string }[];
  findings: Finding[];
}

export interface VerdictContext {
  row: IndicatorRow;
  rule: Rule;
  basisCell: FieldCell;
  targetYear: FiscalYear | null;
}

function partWords(label: string | null): string {
  return label ? `「${label}」: ` : "";
}

/** Decimals a rounding step leaves (0.1 → 1; 1000 → 0). */
function stepDecimals(step: number): number {
  return step >= 1 ? 0 : Math.round(-Math.log10(step));
}

function show(value: number, like: Quantity | null, decimals: number): string {
  return like ? formatLike(value, like, decimals) : fmt(roundHalfUp(value, decimals), decimals);
}

function notComputed(
  metric: Metric,
  ctx: VerdictContext,
  ev: NotEvaluated,
  baseYear: FiscalYear | undefined,
): MetricVerdict {
  const at = { row: ctx.row.row, cell: ctx.basisCell.address };
  const part = partWords(metric.label);
  const year = ev.missing[0]?.label ?? ctx.targetYear?.label ?? "—";
  const finding =
    ev.reason === "no-base"
      ? raise("BASIS_DATA_MISSING", "base", at, { part, year: baseYear?.label ?? "—" })
      : ev.reason === "no-target-year"
        ? raise("BASIS_DATA_MISSING", "target-year", at, { part })
        : ev.reason === "not-in-schedule"
          ? raise("BASIS_DATA_MISSING", "schedule", at, { part, year })
          : raise("BASIS_DATA_MISSING", "no-data", at, {
              part,
              years: ev.missing.map((y) => y.label).join("・") || "—",
            });
  return {
    label: metric.label,
    status: "unverifiable",
    stated: metric.stated,
    computed: null,
    fill: null,
    explanation: { ja: `計算できません: ${ev.detail.ja}`, en: `not computable: ${ev.detail.en}` },
    alternatives: [],
    findings: [finding],
  };
}

/** Where a finding on the basis cell of the verdict's row is. */
function onBasis(ctx: VerdictContext): { row: number; cell: string } {
  return { row: ctx.row.row, cell: ctx.basisCell.address };
}

export function metricVerdict(metric: Metric, ctx: VerdictContext): MetricVerdict {
  const { row, rule, basisCell } = ctx;
  const base = basePoint(metric, rule.baseYear);
  const data = ruleData(metric, base, ctx.targetYear);
  const ev = evaluateRule(rule, data);
  if (!ev.ok) return notComputed(metric, ctx, ev, rule.baseYear);

  const rowQ = rowQuantity(metric, base);
  const rowCounter = rowQ?.unit?.counter ?? null;
  const findings: Finding[] = [];
  const part = partWords(metric.label);

  // Rounding words set the value and its decimals; else the row's own decimals.
  let value = ev.value;
  let decimals = data.decimals;
  let roundingText: Bilingual | null = null;
  if (rule.rounding) {
    const step = stepInRowUnits(rule.rounding, rowCounter, data.rowScale, 10 ** -data.decimals);
    value = roundTo(ev.value, step, rule.rounding.mode);
    decimals = stepDecimals(step);
    roundingText = {
      ja: ` → ${rule.rounding.text}で${fmt(value, decimals)}`,
      en: ` → ${fmt(value, decimals)} (${rule.rounding.text})`,
    };
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
  }
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

  const like = metric.stated ?? rowQ;
  const fillValue = rule.rounding ? value : roundHalfUp(value, decimals);
  const display = show(fillValue, like, decimals);
  const verdict = compareWith(metric, rule, ev, value, data.rowScale);
  // Nothing stated: the value to fill in; a target cell holding words (全園, 実績なし) cannot be compared.
  const status: TargetStatus = metric.stated
    ? verdict?.cmp.match
      ? "match"
      : "mismatch"
    : row.target.kind === "blank"
      ? "computed"
      : "unverifiable";

  const points = ev.alternatives.find((a) => a.kind === "points");
  const { listed: alternatives, pointsShown } = listedAlternatives(verdict, points, like, decimals);
  if (status === "mismatch" && verdict) {
    const alt = verdict.matching[0];
    findings.push(
      raise(
        "BASIS_MISMATCH",
        alt ? "alternative" : "default",
        {
          row: row.row,
          cell: row.cells.target?.address ?? basisCell.address,
          found: metric.stated!.text,
          expected: display,
        },
        {
          part,
          // Rounded as the stated target is written, in its unit.
          computed: verdict.cmp.display + (metric.stated!.unit?.written ?? ""),
          formula: ev.formula,
          stated: metric.stated!.text,
          ...(alt ? { alternative: alt.label, altValue: alternatives[0].display } : {}),
        },
      ),
    );
  }
  if (points && status === "computed") {
    findings.push(raise("BASIS_AMBIGUOUS", "points", onBasis(ctx), { part, computed: display, altValue: pointsShown }));
  }
  const textValue = ev.alternatives.find((a) => a.kind === "text-value");
  if (textValue && !closeTo(textValue.value, value, like)) {
    findings.push(
      raise("BASIS_AMBIGUOUS", "text-value", onBasis(ctx), {
        part,
        computed: display,
        altValue: show(textValue.value, like, decimals),
      }),
    );
  }

  return {
    label: metric.label,
    status,
    stated: metric.stated,
    // 12 significant digits: the report shows 12.4, not 12.399999999999999 from binary arithmetic.
    computed: { value: toPrecision12(value), display },
    fill: { value: fillValue, decimals, like, written: display },
    explanation: explain(ev, roundingText, verdict, display, metric, alternatives, pointsShown),
    alternatives,
    findings,
  };
}

interface Compared {
  cmp: Comparison;
  /** Other readings under which the stated value would match. */
  matching: Alternative[];
}

function compareWith(metric: Metric, rule: Rule, ev: Evaluated, value: number, rowScale: number): Compared | null {
  if (!metric.stated) return null;
  const ctx = { approx: rule.approx, bound: rule.bound, computedScale: rowScale };
  const cmp = compareStated(metric.stated, value, ctx);
  const matching = cmp.match ? [] : ev.alternatives.filter((a) => statedMatches(metric.stated!, a.value, ctx));
  return { cmp, matching };
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
    display: show(a.value, like, decimals),
  }));
  if (!points) return { listed, pointsShown: "" };
  const at = matching.indexOf(points);
  if (at >= 0) return { listed, pointsShown: listed[at].display };
  const pointsShown = show(points.value, like, decimals);
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
  metric: Metric,
  listed: MetricVerdict["alternatives"],
  pointsShown: string,
): Bilingual {
  const ja = [ev.summary.ja, ": ", ev.formula, rounding?.ja ?? ""];
  const en = [ev.summary.en, ": ", ev.formula, rounding?.en ?? ""];
  if (verdict && metric.stated) {
    const s = metric.stated.text;
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
