import { parseBasis } from "../basis/parse";
import type { ParsedBasis, Rule, UnparsedReason } from "../basis/types";
import type { FieldName } from "../layout/types";
import type { FieldCell, IndicatorRow } from "../rows/types";

/**
 * Where the basis text is: the basis cell, else the source cell, else the reason cell (a
 * shifted row, or a 「…1件/年とする」 written as the reason). The first cell that reads as a rule
 * wins; when none does, the first non-empty one is reported with why it gave no rule.
 */

const BASIS_FIELDS: FieldName[] = ["basis", "source", "reason"];

export type BasisPick =
  | { kind: "rule"; rule: Rule; cell: FieldCell }
  | { kind: "unparsed"; reason: UnparsedReason; cell: FieldCell }
  | { kind: "empty" }
  | { kind: "no-column" };

export function pickBasis(row: IndicatorRow): BasisPick {
  let anyColumn = false;
  let firstUnparsed: { reason: UnparsedReason; cell: FieldCell } | null = null;
  for (const field of BASIS_FIELDS) {
    const cell = row.cells[field];
    if (!cell) continue;
    anyColumn = true;
    if (cell.text.trim() === "") continue;
    const parsed: ParsedBasis = parseBasis(cell.text);
    if (parsed.kind !== "unparsed") return { kind: "rule", rule: parsed, cell };
    // 「数値目標は設定しない」 is the author's word on the target: no other cell overrides it.
    if (parsed.reason === "no-target") return { kind: "unparsed", reason: parsed.reason, cell };
    firstUnparsed ??= { reason: parsed.reason, cell };
  }
  if (!anyColumn) return { kind: "no-column" };
  return firstUnparsed ? { kind: "unparsed", ...firstUnparsed } : { kind: "empty" };
}
