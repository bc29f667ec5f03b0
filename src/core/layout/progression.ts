import type { Grid } from "../grid/grid";
import { PATH_ARROW } from "./headers";
import { normalize } from "../text/normalize";
import type { MergeIndex } from "./merges";
import { ownText } from "./row-kind";
import type { TableLayout } from "./types";

const SIDE_WITH_VALUE = /[0-9０-９]|^[-‐―−ー－]|を?目指/;

/**
 * The halves of a cell holding the whole path of an indicator: 「現状値 165,930 千人(25 年) ➡
 * 196,650 千人(31 年)」, 「基準値 2.1(H27) → 2.4(R2)」. Null when the cell is not one.
 */
export function splitProgression(text: string): { from: string; to: string } | null {
  const t = normalize(text);
  const m = PATH_ARROW.exec(t);
  if (!m) return null;
  const from = t
    .slice(0, m.index)
    .replace(/^(現状値?|基準値?|現況値?|策定時の?値?)[:：]?/, "")
    .trim();
  const to = t
    .slice(m.index + m[0].length)
    .replace(/^(目標値?)[:：]?/, "")
    .trim();
  if (PATH_ARROW.test(to) || !SIDE_WITH_VALUE.test(from) || !SIDE_WITH_VALUE.test(to)) return null;
  return { from, to };
}

/** Rows between two path cells that may be titles or labels without ending the table. */
const MAX_GAP = 3;
/** A table without a header needs a few rows of the same shape before it is one. */
const MIN_ROWS = 2;

/**
 * Tables with no header row (千葉県's 「名前 | 現状値 X(26年) ➡ Y(31年)」): consecutive rows whose
 * cell right of a name holds the path from the current value to the target. The name column and
 * the path column come from the rows themselves; confidence stays below the mapping threshold.
 */
export function detectProgressionTables(grid: Grid, merges: MergeIndex): TableLayout[] {
  const tables: TableLayout[] = [];
  let run: { col: number; rows: number[] } | null = null;
  const close = () => {
    if (run && run.rows.length >= MIN_ROWS) tables.push(progressionTable(run.col, run.rows));
    run = null;
  };
  for (let r = 0; r < grid.cells.length; r++) {
    const cells = grid.cells[r] ?? [];
    let col = -1;
    for (let c = 1; c < cells.length && col < 0; c++) {
      if (splitProgression(ownText(grid, merges, r, c)) && ownText(grid, merges, r, c - 1) !== "") col = c;
    }
    if (col < 0) {
      if (run && r - run.rows[run.rows.length - 1] > MAX_GAP) close();
      continue;
    }
    if (run && run.col !== col) close();
    run ??= { col, rows: [] };
    run.rows.push(r);
  }
  close();
  return tables;
}

/** The header is the row above the first path row (a label such as 「数値目標」, or nothing). */
function progressionTable(col: number, rows: number[]): TableLayout {
  const columns = { indicator: col - 1, target: col };
  const layout: TableLayout = {
    id: "generic",
    block: "continuing",
    headerTop: Math.max(0, rows[0] - 1),
    headerBottom: Math.max(0, rows[0] - 1),
    dataTop: rows[0],
    dataBottom: rows[rows.length - 1],
    columns,
    actuals: [],
    confidence: 1,
    repeatedHeaderRows: [],
    doubts: ["inferred-without-header"],
  };
  return layout;
}
