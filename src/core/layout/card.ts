import type { Grid } from "../grid/grid";
import { matchHeader } from "./headers";
import type { MergeIndex } from "./merges";
import { ownText } from "./row-kind";
import type { FieldName, TableLayout } from "./types";

/** How many rows a card's labels may spread over, and how far right of its label a value may sit. */
const CARD_ROWS = 16;
const VALUE_REACH = 4;
/** A card's labels stand in one of the first columns. */
const LABEL_COLS = 3;

/**
 * One KPI card per sheet, written downwards: labelled rows 指標名 / 基準値 / 目標値 / 実績値 /
 * 設定根拠 with each value right of its label. Read as a one-row table whose fields sit in those
 * rows (TableLayout.cardRows). Needs the name and a value label; null for any other form.
 */
export function detectCard(grid: Grid, merges: MergeIndex): TableLayout | null {
  for (let col = 0; col < LABEL_COLS; col++) {
    const columns: Partial<Record<FieldName, number>> = {};
    const cardRows: Partial<Record<FieldName, number>> = {};
    let first = -1;
    for (let r = 0; r < grid.cells.length; r++) {
      if (first >= 0 && r - first > CARD_ROWS) break;
      const match = matchHeader(ownText(grid, merges, r, col));
      if (!match || match.kind !== "field" || cardRows[match.field] !== undefined) continue;
      const valueCol = valueRightOf(grid, merges, r, col);
      if (valueCol === null) continue;
      if (first < 0) first = r;
      columns[match.field] = valueCol;
      cardRows[match.field] = r;
    }
    if (cardRows.indicator === undefined || (cardRows.target === undefined && cardRows.baseline === undefined)) {
      continue;
    }
    const row = cardRows.indicator;
    return {
      id: "generic",
      block: "continuing",
      headerTop: row,
      headerBottom: row,
      dataTop: row,
      dataBottom: row,
      columns,
      actuals: [],
      confidence: 1,
      repeatedHeaderRows: [],
      cardRows,
      doubts: ["card-layout"],
    };
  }
  return null;
}

/** The first filled cell right of a label (past the label's own merge). */
function valueRightOf(grid: Grid, merges: MergeIndex, row: number, col: number): number | null {
  const start = (merges.find(row, col)?.right ?? col) + 1;
  for (let c = start; c < start + VALUE_REACH; c++) if (ownText(grid, merges, row, c) !== "") return c;
  return null;
}
