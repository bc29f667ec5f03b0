import { messageKey, renderMessage, severityOf, type FindingCode, type ParamsOf, type VariantName } from "../messages";
import type { CellMove, Finding } from "./schema";

/** Where a finding is, and what was found there against what was expected. */
export interface FindingAt {
  /** 1-based sheet row, or null for the sheet. */
  row: number | null;
  cell: string | null;
  found?: string;
  expected?: string;
  moves?: CellMove[];
}

/**
 * Raises a finding of the catalogue (src/core/messages): its severity, message key and both
 * messages come from the code's variant, its parameters are typed by it.
 *   raise("UNIT_STYLE", "default", { row: 7, cell: "K7" }, { text: "78件", found: "件", expected: "件/年" })
 */
export function raise<C extends FindingCode, V extends VariantName<C>>(
  code: C,
  variant: V,
  at: FindingAt,
  params: ParamsOf<C, V>,
): Finding {
  const f: Finding = {
    code,
    severity: severityOf(code, variant),
    row: at.row,
    cell: at.cell,
    message: renderMessage(code, variant, params, "ja"),
    messageEn: renderMessage(code, variant, params, "en"),
    messageKey: messageKey(code, variant),
    params,
  };
  if (at.found !== undefined) f.found = at.found;
  if (at.expected !== undefined) f.expected = at.expected;
  if (at.moves) f.moves = at.moves;
  return f;
}
