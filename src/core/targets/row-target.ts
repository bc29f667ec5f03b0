import { raise } from "../report/finding";
import type { CellMove, Finding, RowTarget, TargetPart, TargetStatus } from "../report/schema";
import type { IndicatorRow } from "../rows/types";
import { findYears } from "../years/era";
import type { FiscalYear } from "../years/types";
import { pickBasis } from "./basis-text";
import { fillFor } from "./fill";
import { metricsOf } from "./metrics";
import { isComputableRealignment } from "./shifted";
import { metricVerdict, type MetricVerdict } from "./verdict";

/**
 * A row's target verdict: the basis text → rule → value on the row's own numbers → compared with
 * the stated target (guide §4). match / mismatch / computed (nothing stated: the value to fill
 * in) / unverifiable (no rule, or data missing) / not-applicable (削除, or a layout without basis).
 */

export interface RowTargetContext {
  planTargetYear: FiscalYear | null;
}

/**
 * The year a relative target is measured against when the row writes it beside the rule, not in
 * it: 「2030年⏎(2000年比)」 in the target-year cell over 「30%削減」, 「排出量（2013年度比）」 in the
 * name. The rule's base is that year's value, wherever the sheet has it (or says it has none).
 */
function comparedWith(row: IndicatorRow): FiscalYear | undefined {
  for (const text of [row.cells.targetYear?.text, row.indicator]) {
    // The year is followed by 比: a text without it names no comparison, whatever years it holds.
    if (!text?.includes("比")) continue;
    const mention = findYears(text).find((y) => /^(年度|年)?比/.test(text.slice(y.index + y.length)));
    if (mention) return mention.year;
  }
  return undefined;
}

function statedOf(row: IndicatorRow): RowTarget["stated"] {
  const t = row.target;
  if (t.kind === "blank") return null;
  const text = row.cells.target?.text ?? ("text" in t ? t.text : "");
  return { text, value: t.kind === "quantity" ? t.quantity.value : null };
}

function plain(row: IndicatorRow, status: TargetStatus, ja: string, en: string, basisCell?: string): RowTarget {
  const target: RowTarget = {
    status,
    stated: statedOf(row),
    computed: null,
    rule: null,
    explanation: ja,
    explanationEn: en,
    parts: [],
  };
  if (basisCell) target.basisCell = basisCell;
  return target;
}

/** Parts are worst-first: a mismatch anywhere is a mismatch; an unverifiable part leaves the row so. */
const WORST_FIRST: readonly TargetStatus[] = ["mismatch", "unverifiable", "computed", "match"];

function overall(verdicts: MetricVerdict[]): TargetStatus {
  for (const s of WORST_FIRST) if (verdicts.some((v) => v.status === s)) return s;
  return "unverifiable";
}

function partOf(v: MetricVerdict): TargetPart {
  return {
    label: v.label ?? "",
    status: v.status,
    stated: v.stated ? { text: v.stated.text, value: v.stated.value } : null,
    computed: v.computed,
    explanation: v.explanation.ja,
    explanationEn: v.explanation.en,
  };
}

/** Each part's explanation after its label: "乗合率: … / 1日平均: …". */
function joinedExplanations(verdicts: MetricVerdict[], lang: "ja" | "en"): string {
  let out = "";
  for (const v of verdicts) out += `${out === "" ? "" : " / "}${v.label}: ${v.explanation[lang]}`;
  return out;
}

/** The alternatives of every part, each named with its part's label. */
function labelledAlternatives(verdicts: MetricVerdict[]): NonNullable<RowTarget["alternatives"]> {
  const out: NonNullable<RowTarget["alternatives"]> = [];
  for (const v of verdicts) {
    for (const a of v.alternatives) {
      const part = v.label ? `${v.label}: ` : "";
      out.push({ label: part + a.label, labelEn: part + a.labelEn, value: a.value, display: a.display });
    }
  }
  return out;
}

/** `shifted`: the realignment stage moves the row's cells (and its realigned row is not safe to compute on). */
export function computeRowTarget(
  row: IndicatorRow,
  ctx: RowTargetContext,
  shifted = false,
): { target: RowTarget; findings: Finding[] } {
  return rowTarget(row, ctx, true, shifted);
}

/** The verdict, with the value to write into the target cell only when `offerFill`. */
function rowTarget(
  row: IndicatorRow,
  ctx: RowTargetContext,
  offerFill: boolean,
  shifted = false,
): { target: RowTarget; findings: Finding[] } {
  if (row.status === "削除") {
    return {
      target: plain(row, "not-applicable", "削除する指標のため計算しません", "deleted indicator: not computed"),
      findings: [],
    };
  }
  const pick = row.layout === "sousei-strategy" ? ({ kind: "no-column" } as const) : pickBasis(row);
  if (pick.kind === "no-column") {
    return {
      target: plain(
        row,
        "not-applicable",
        "根拠欄のない様式のため再計算しません",
        "this layout has no basis column: not recalculated",
      ),
      findings: [],
    };
  }
  if (shifted) {
    return {
      target: plain(
        row,
        "unverifiable",
        "列がずれている疑いがあるため計算しません（列ずれの指摘を参照）",
        "the row's cells look shifted: not computed (see the column-shift finding)",
      ),
      findings: [],
    };
  }
  if (pick.kind === "empty" && pick.source) {
    // Said on the basis cell, where the rule belongs, not on the source cell that was seen.
    const cell = row.cells.basis?.address ?? pick.source.address;
    const finding = raise("BASIS_UNPARSED", "source-only", { row: row.row, cell }, { source: pick.source.text });
    return { target: plain(row, "unverifiable", finding.message, finding.messageEn, cell), findings: [finding] };
  }
  if (pick.kind === "empty") {
    return { target: plain(row, "unverifiable", "根拠の記載がありません", "no basis is written"), findings: [] };
  }
  if (pick.kind === "unparsed") {
    const cell = pick.cell.address;
    const finding = raise("BASIS_UNPARSED", pick.reason, { row: row.row, cell }, { text: pick.cell.text });
    return {
      target: plain(
        row,
        "unverifiable",
        `根拠から計算できません（${finding.message}）`,
        `not computable (${finding.messageEn})`,
        cell,
      ),
      findings: [finding],
    };
  }

  const targetYear = row.targetYear ?? ctx.planTargetYear;
  const reference = pick.rule.baseYear ? undefined : comparedWith(row);
  const rule = reference ? { ...pick.rule, baseYear: reference } : pick.rule;
  const verdicts = metricsOf(row).map((m) =>
    metricVerdict(m, { row, rule, basisCell: pick.cell, targetYear, ruleInTarget: pick.inTarget === true }),
  );
  const single = verdicts.length === 1 && verdicts[0].label === null ? verdicts[0] : null;
  const target: RowTarget = {
    status: overall(verdicts),
    stated: statedOf(row),
    computed: single?.computed ?? null,
    rule: pick.rule.kind,
    explanation: single ? single.explanation.ja : joinedExplanations(verdicts, "ja"),
    explanationEn: single ? single.explanation.en : joinedExplanations(verdicts, "en"),
    parts: single ? [] : verdicts.map(partOf),
    basisCell: pick.cell.address,
  };
  const alternatives = single ? single.alternatives : labelledAlternatives(verdicts);
  if (alternatives.length > 0) target.alternatives = alternatives;
  const fill = offerFill ? fillFor(row, verdicts, pick.inTarget === true) : null;
  if (fill) target.fill = fill;
  return { target, findings: single ? single.findings : verdicts.flatMap((v) => v.findings) };
}

/**
 * The target of a row COLUMN_SHIFT flagged, computed on its realigned row (shifted.ts) when that
 * row is safe to compute on; null otherwise (the caller keeps the row's own verdict, which is
 * unverifiable for a row that looks shifted). The explanation says so. No value is offered for
 * writing when the realignment moves the target cell's content in or out: written into the row
 * as it stands, it would overwrite a misplaced cell or land beside the stated target; the user
 * first applies the moves, and the next check offers the value.
 */
export function computeRealignedTarget(
  original: IndicatorRow,
  realigned: IndicatorRow,
  moves: CellMove[],
  ctx: RowTargetContext,
): { target: RowTarget; findings: Finding[] } | null {
  if (!isComputableRealignment(realigned)) return null;
  const targetCell = original.cells.target?.address;
  const targetMoved = moves.some((m) => m.from === targetCell || m.to === targetCell);
  const result = rowTarget(realigned, ctx, !targetMoved);
  const { target } = result;
  const [ja, en] =
    target.status === "not-applicable"
      ? ["列のずれを直した行で判定", "judged on the realigned row"]
      : ["列のずれを直した行で計算", "computed on the realigned row"];
  // The verdict is this function's own: its explanations are rewritten in place, not copied.
  target.explanationEn = `${en}: ${target.explanationEn ?? target.explanation}`;
  target.explanation = `${ja}: ${target.explanation}`;
  return result;
}
