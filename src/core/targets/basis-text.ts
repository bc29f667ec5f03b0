import { clauseFor } from "../basis/clauses";
import { parseBasis } from "../basis/parse";
import type { ParsedBasis, Rule, UnparsedReason } from "../basis/types";
import type { FieldName } from "../layout/types";
import type { FieldCell, IndicatorRow } from "../rows/types";

/**
 * Where the basis text is: the basis cell, else the source cell; else the rule written in the
 * target cell itself (「2,450(15%減)」「8.0%減少」「約5,900人の半減」) or in a bracketed
 * 「(考え方)…」 inside the indicator cell; else the reason cell (a shifted row, or a 「…1件/年
 * とする」 written as the reason). The first cell that reads as a rule wins; when none does, the
 * first non-empty one is reported with why it gave no rule. Of a sentence that sets several
 * indicators, the clause about this row's indicator is read.
 *
 * The source cell (引用元) names where the numbers come from (「R1-6実績数値」「住民基本台帳」): it
 * is read when it holds a rule, but when the table has a basis column and that cell is empty, an
 * unreadable source is not an unreadable basis — the row has no basis written (`source` says which
 * source cell was seen). Without a basis column the source cell is the only candidate and is
 * reported as before.
 */

const BASIS_FIELDS: FieldName[] = ["basis", "source"];

export type BasisPick =
  | { kind: "rule"; rule: Rule; cell: FieldCell; inTarget?: boolean }
  | { kind: "unparsed"; reason: UnparsedReason; cell: FieldCell }
  | { kind: "empty"; source?: FieldCell }
  | { kind: "no-column" };

/** Rules that compute from something other than the target cell's own number. */
function computesFromElsewhere(rule: Rule): boolean {
  if (rule.kind === "fixed") return false;
  if (rule.kind === "reach-level") return rule.textBase !== undefined;
  return true;
}

/** 「指標名（考え方）基準値の2倍」: the bracketed basis inside the indicator cell. */
const INDICATOR_BASIS = /[(（]\s?(?:考え方|算出根拠|根拠|設定根拠)\s?[)）]\s?[:：]?(.+)$/s;

function ruleIn(cell: FieldCell | undefined, text: string | undefined, indicator: string): ParsedBasis | null {
  if (!cell || !text || text.trim() === "") return null;
  return parseBasis(clauseFor(text, indicator));
}

export function pickBasis(row: IndicatorRow): BasisPick {
  let anyColumn = false;
  let firstUnparsed: { reason: UnparsedReason; cell: FieldCell } | null = null;
  const inTargetCell = (cell: FieldCell) => cell.address === row.cells.target?.address;
  const consider = (cell: FieldCell | undefined, text = cell?.text, asBasis = true): BasisPick | null => {
    const parsed = ruleIn(cell, text, row.indicator);
    if (!parsed || !cell) return null;
    // A rule read from the target cell itself (its note 「1,810⏎(25%減)」 given as the basis).
    if (parsed.kind !== "unparsed") return { kind: "rule", rule: parsed, cell, inTarget: inTargetCell(cell) };
    // 「数値目標は設定しない」 is the author's word on the target: no other cell overrides it.
    if (parsed.reason === "no-target") return { kind: "unparsed", reason: parsed.reason, cell };
    if (asBasis) firstUnparsed ??= { reason: parsed.reason, cell };
    return null;
  };
  const basisColumn = row.cells.basis !== undefined;
  for (const field of BASIS_FIELDS) {
    if (!row.cells[field]) continue;
    anyColumn = true;
    const pick = consider(row.cells[field], undefined, field === "basis" || !basisColumn);
    if (pick) return pick;
  }
  const target = row.cells.target;
  const inTarget = target && target.text.trim() !== "" ? parseBasis(clauseFor(target.text, row.indicator)) : null;
  if (target && inTarget && inTarget.kind !== "unparsed" && computesFromElsewhere(inTarget)) {
    return { kind: "rule", rule: inTarget, cell: target, inTarget: true };
  }
  const indicatorCell = row.cells.indicator;
  const bracketed = indicatorCell ? INDICATOR_BASIS.exec(indicatorCell.text)?.[1] : undefined;
  if (bracketed) {
    const pick = consider(indicatorCell, bracketed);
    if (pick) return pick;
  }
  if (row.cells.reason) {
    anyColumn = true;
    const pick = consider(row.cells.reason);
    if (pick) return pick;
  }
  if (!anyColumn) return { kind: "no-column" };
  const unparsed = firstUnparsed as { reason: UnparsedReason; cell: FieldCell } | null;
  if (unparsed) return { kind: "unparsed", ...unparsed };
  const source = row.cells.source;
  return basisColumn && source && source.text.trim() !== "" ? { kind: "empty", source } : { kind: "empty" };
}
