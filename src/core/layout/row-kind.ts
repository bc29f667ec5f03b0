import { cellText, type Grid } from "../grid/grid";
import type { MergeIndex } from "./merges";
import type { FieldName } from "./types";

/** The group columns: merged down over several indicator rows, filled down when not merged. */
export const HIERARCHY_FIELDS: readonly FieldName[] = [
  "viewpoint",
  "goal",
  "leadingProject",
  "measure",
  "policyArea",
  "project",
  "department",
];
const HIERARCHY = new Set<FieldName>(HIERARCHY_FIELDS);

/** Fields whose text alone does not make a row an indicator row. */
const NOT_CONTENT = new Set<FieldName>([...HIERARCHY_FIELDS, "no"]);

export type RowKind = "blank" | "group" | "note" | "data";

/** Where the table's content lives: every mapped column except the group columns, plus actuals. */
export interface RowShape {
  contentCols: number[];
  allCols: number[];
}

export function rowShape(columns: Partial<Record<FieldName, number>>, actualCols: number[]): RowShape {
  const contentCols: number[] = [...actualCols];
  const allCols: number[] = [...actualCols];
  for (const [field, col] of Object.entries(columns) as [FieldName, number][]) {
    allCols.push(col);
    if (!NOT_CONTENT.has(field)) contentCols.push(col);
  }
  return { contentCols, allCols };
}

export function isHierarchyField(field: FieldName): boolean {
  return HIERARCHY.has(field);
}

/** A cell's own text: "" when a merge covers it from another cell (exceljs repeats the master's value). */
export function ownText(grid: Grid, merges: MergeIndex, row: number, col: number): string {
  return merges.isCovered(row, col) ? "" : cellText(grid, row, col);
}

const NOTE_START = /^(※|\*|注|\(注|（注|出典|資料)/;

/**
 * What a row inside a table is. `data`: own text in a content column (indicator, a value, the
 * status…). `group`: text only in group columns (a merged group label). `note`: one lone cell
 * starting with ※/注/出典 (notes below the table). Everything else is blank.
 */
export function rowKind(grid: Grid, merges: MergeIndex, row: number, shape: RowShape): RowKind {
  const cells = grid.cells[row];
  if (!cells || cells.length === 0) return "blank";
  let content = 0;
  let firstContent = "";
  for (const col of shape.contentCols) {
    const t = ownText(grid, merges, row, col);
    if (t !== "") {
      if (content === 0) firstContent = t;
      content++;
    }
  }
  if (content === 0) {
    return shape.allCols.some((c) => ownText(grid, merges, row, c) !== "") ? "group" : "blank";
  }
  if (content === 1 && NOTE_START.test(firstContent) && countOwn(grid, merges, row, shape) === 1) return "note";
  return "data";
}

function countOwn(grid: Grid, merges: MergeIndex, row: number, shape: RowShape): number {
  return shape.allCols.reduce((n, c) => n + (ownText(grid, merges, row, c) !== "" ? 1 : 0), 0);
}
