import type { FieldName } from "../layout/types";
import { parseQuantity } from "../quantity/parse";
import type { FieldCell } from "./types";

// Only texts starting like a value are worth a full parse (a name rarely does; 「20代から…」 does).
const VALUE_START = /^[\d０-９約△▲+\-－.]|^(実績なし|未実施|全|[―ー－-]$)/;

/** True when a cell holds a value (4,200人, 実績なし, 全園) rather than a name. */
function isValueText(text: string): boolean {
  if (!VALUE_START.test(text)) return false;
  const kind = parseQuantity(text).kind;
  return kind === "quantity" || kind === "multi" || kind === "none" || kind === "all";
}

/**
 * The row's indicator name. Normally the indicator cell; in a row whose columns were shifted by
 * a PDF conversion the name can sit further left (買物サービスシステム利用者数 in the 政策分野
 * column), so the first name-like text of indicator → project → policyArea is taken, counting
 * only the row's own project/policyArea text (not a label filled down from a merged group).
 * The cells themselves are not moved: COLUMN_SHIFT reports the damage.
 */
export function pickIndicator(cells: Partial<Record<FieldName, FieldCell>>): string {
  const { indicator, project, policyArea } = cells;
  if (indicator && indicator.text !== "" && !isValueText(indicator.text)) return indicator.text;
  for (const cell of [project, policyArea]) {
    if (cell && cell.text !== "" && !cell.fromMerge && !isValueText(cell.text)) return cell.text;
  }
  return "";
}
