import type { FieldName } from "../layout/types";
import { parseQuantity, readsAsNoneOrAll, startsLikeAmount } from "../quantity/parse";
import { normalize } from "../text/normalize";
import type { FieldCell } from "./types";

/**
 * True when a cell holds a value rather than a name: an amount written as one (4,200人, 約300人;
 * 「20代から40代の移住者数」 starts with a number but is no amount), or 実績なし / ― / 全園.
 */
function isValueText(text: string): boolean {
  const t = normalize(text);
  if (!startsLikeAmount(t)) return readsAsNoneOrAll(t);
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
