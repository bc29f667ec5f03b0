import type { Grid } from "../grid/grid";
import { parseQuantity } from "../quantity/parse";
import type { ColumnMap } from "./columns";
import type { MergeIndex } from "./merges";
import { ownText } from "./row-kind";
import type { Doubt, TableLayout } from "./types";

/** Rows under a header looked at to see how its data rows are laid out. */
export const PEEK_ROWS = 30;

function isValue(text: string): boolean {
  const kind = parseQuantity(text).kind;
  return kind === "quantity" || kind === "multi";
}

/**
 * Columns with a header the reader did not understand (or a field word already taken by
 * another column) and values under it: read nowhere, so the checks would silently see fewer
 * values than the sheet has. Their header cells, 0-based, for a finding on each.
 */
export function unreadColumns(
  grid: Grid,
  merges: MergeIndex,
  top: number,
  bottom: number,
  read: ReadonlySet<number>,
): { row: number; col: number; text: string }[] {
  const out: { row: number; col: number; text: string }[] = [];
  const width = Math.max(grid.cells[top]?.length ?? 0, grid.cells[bottom]?.length ?? 0);
  for (let col = 0; col < width; col++) {
    if (read.has(col)) continue;
    let header: { row: number; text: string } | null = null;
    for (let r = bottom; r >= top && !header; r--) {
      const text = ownText(grid, merges, r, col);
      if (text !== "") header = { row: r, text };
    }
    if (!header) continue;
    let values = 0;
    let filled = 0;
    for (let r = bottom + 1; r <= bottom + PEEK_ROWS; r++) {
      const t = ownText(grid, merges, r, col);
      if (t === "") continue;
      filled++;
      if (isValue(t)) values++;
    }
    if (values >= 2 && values * 2 >= filled) out.push({ col, ...header });
  }
  return out;
}

/** Every column a table reads: fields, actuals, the row labels and the sub-name columns. */
export function readColumns(map: ColumnMap, rows: Pick<TableLayout, "rowLabelCol" | "nameCols">): Set<number> {
  return new Set<number>([
    ...Object.values(map.columns),
    ...map.actuals.map((a) => a.col),
    ...(rows.rowLabelCol === undefined ? [] : [rows.rowLabelCol]),
    ...(rows.nameCols ?? []),
  ]);
}

/**
 * What each doubt costs the confidence (from 1). A table read without a header, or whose
 * indicator column or layout had to be inferred, falls below the task pane's 0.8 threshold on
 * that alone; a missing field or a competing column only lowers it. The confidence is nothing
 * but these costs: a table below 1 always names why.
 */
const DOUBT_COST: Record<Doubt, number> = {
  "no-baseline": 0.1,
  "no-target-year": 0.1,
  "competing-columns": 0.1,
  "unread-column": 0.1,
  "indicator-guessed": 0.4,
  "inferred-without-header": 0.4,
  "card-layout": 0.4,
  // No name column at all: the names are looked for above each grid.
  "names-outside-grid": 0.5,
};

/**
 * The table's doubts, named for the column mapping, and its confidence from them: no baseline
 * column, no target year anywhere, two columns saying the same field, a column of values left
 * unread, names and columns inferred without a header.
 */
export function weighDoubts(layout: TableLayout): void {
  // Doubts found while reading the header (competing columns, no header at all) stay.
  const doubts = new Set<Doubt>(layout.doubts ?? []);
  if (layout.columns.baseline === undefined) doubts.add("no-baseline");
  if (!layout.targetYear && layout.columns.targetYear === undefined) doubts.add("no-target-year");
  if ((layout.unreadColumns ?? []).length > 0) doubts.add("unread-column");
  if (layout.namesAbove) doubts.add("names-outside-grid");
  layout.doubts = [...doubts];
  const cost = layout.doubts.reduce((sum, d) => sum + DOUBT_COST[d], 0);
  layout.confidence = Math.max(0, Math.round((1 - cost) * 100) / 100);
}
