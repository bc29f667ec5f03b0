import { cellText, parseAddress, type Grid } from "../../core/grid/grid";

/** A cell 適用 or 元に戻す changed, as the user saw it before and sees it now. */
export interface CellChange {
  sheet: string;
  address: string;
  before: string;
  after: string;
}

export interface CellRef {
  sheet: string;
  address: string;
}

function textAt(grids: Grid[], ref: CellRef): string {
  const grid = grids.find((g) => g.name === ref.sheet);
  const at = parseAddress(ref.address);
  return grid && at ? cellText(grid, at.row, at.col) : "";
}

/**
 * What the cells read before and after an action, from the two checks' grids: the summary shows
 * what the workbook now holds, not what was asked for. Cells left as they were are not listed.
 */
export function changedCells(before: Grid[], after: Grid[], cells: CellRef[]): CellChange[] {
  return cells
    .map((ref) => ({ ...ref, before: textAt(before, ref), after: textAt(after, ref) }))
    .filter((c) => c.before !== c.after);
}
