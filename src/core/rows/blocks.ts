import type { Grid } from "../grid/grid";
import type { MergeIndex } from "../layout/merges";
import { ownText, type RowShape } from "../layout/row-kind";
import { rowRole } from "../layout/row-labels";
import type { TableLayout } from "../layout/types";

/**
 * Whether data row `row` starts a new indicator rather than continuing `block` (the rows read
 * so far for the current one). A row with a name of its own starts one. Without one, a row
 * continues the block when its name cell lies under the block's merged name (L01's second row
 * holding the H22 target), or when it carries a row label the block has not had yet (目標値 after
 * 実績値; a card's 時点 after 数値).
 */
export function startsIndicator(
  grid: Grid,
  merges: MergeIndex,
  layout: TableLayout,
  shape: RowShape,
  block: readonly number[],
  row: number,
): boolean {
  if (shape.nameCols.some((c) => ownText(grid, merges, row, c) !== "")) return true;
  if (layout.rowLabelCol !== undefined) {
    const role = rowRole(ownText(grid, merges, row, layout.rowLabelCol));
    if (role === null) return true;
    return block.some((b) => rowRole(ownText(grid, merges, b, layout.rowLabelCol as number)) === role);
  }
  const name = layout.columns.indicator;
  if (name === undefined) return true;
  const m = merges.find(row, name);
  return !(m && m.top !== row && m.top >= block[0] && ownText(grid, merges, m.top, m.left) !== "");
}
