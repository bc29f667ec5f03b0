import { compareUnits } from "../quantity/units";
import { normalize, withoutSpaces } from "../text/normalize";
import type { Quantity } from "../quantity/types";
import { raise } from "../report/finding";
import type { Finding, RowTarget } from "../report/schema";
import type { IndicatorRow } from "../rows/types";
import type { Check } from "./types";
import { fieldText, quantityOf } from "./row-values";
import { indicatorDirection, textDirection, type Direction } from "./direction-words";
import { isDescriptiveNote } from "./notes";

/**
 * TARGET_DIRECTION: the target moves against the indicator's direction. The direction comes from
 * the basis when it says one (削減 → down, 増加 → up), else from the indicator's words (死亡率,
 * 排出量: down), else up. Silent when the change is explained: a reason is written, the basis
 * states the target figure itself (4回/年から3回/年へ), or the target carries its own note
 * (11.9人（令和5年度の19市平均）).
 */
export const checkDirection: Check = ({ table, targets }) =>
  table.rows.flatMap((row) => againstDirection(row, targets.get(row.row)) ?? []);

/** The latest observed value: the last non-blank actual, else the baseline. */
function current(row: IndicatorRow): { q: Quantity; address: string; text: string } | null {
  for (let i = row.actuals.length - 1; i >= 0; i--) {
    const a = row.actuals[i];
    const q = quantityOf(a.value);
    if (q) return { q, address: a.cell.address, text: a.cell.text };
    if (a.value.kind !== "blank") return null;
  }
  const q = quantityOf(row.baseline);
  const cell = row.cells.baseline;
  return q && cell ? { q, address: cell.address, text: cell.text } : null;
}

function againstDirection(row: IndicatorRow, verdict: RowTarget | undefined): Finding | null {
  if (row.status === null || row.status === "削除") return null;
  const target = quantityOf(row.target);
  const now = current(row);
  const targetCell = row.cells.target;
  if (!target || !now || !targetCell || target.bound) return null;
  if (compareUnits(target.unit, now.q.unit) === "different") return null;
  if (target.baseValue === now.q.baseValue) return null;
  const moves: Direction = target.baseValue > now.q.baseValue ? "up" : "down";

  // A written reason or a note on the target explains any move: nothing to infer.
  const reason = fieldText(row, "reason");
  if (reason !== "" || isDescriptiveNote(target)) return null;
  const basisText = [fieldText(row, "basis"), fieldText(row, "source")].join(" ");
  const intended = textDirection(basisText) ?? indicatorDirection(row.indicator);
  if (moves === intended) return null;
  if (normalize(basisText).includes(withoutSpaces(normalize(target.text)))) return null;
  // The basis engine computed a value from the basis that moves the same way: the rule explains it
  // (R2年度からR6年度の平均値+10% can land below the latest year).
  if (verdict?.rule && verdict.computed) {
    const computed = verdict.computed.value * (target.unit?.scale ?? 1);
    if ((computed > now.q.baseValue ? "up" : "down") === moves && computed !== now.q.baseValue) return null;
  }

  return raise(
    "TARGET_DIRECTION",
    intended === "up" ? "down" : "up",
    {
      row: row.row,
      cell: targetCell.address,
      found: targetCell.text,
      expected: intended === "up" ? `≥ ${now.text}` : `≤ ${now.text}`,
    },
    { found: targetCell.text, current: now.text, currentCell: now.address },
  );
}
