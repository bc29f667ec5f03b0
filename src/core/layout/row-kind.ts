import { cellText, type Grid } from "../grid/grid";
import { matchHeader } from "./headers";
import type { MergeIndex } from "./merges";
import { rowRole } from "./row-labels";
import type { FieldName, TableLayout } from "./types";

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

/** Fields holding an indicator's values: a merge across one of them is prose, not a row. */
const VALUE_FIELDS = new Set<FieldName>(["baseline", "previousTarget", "target"]);

/** Where the table's content lives: every mapped column except the group columns, plus actuals. */
export interface RowShape {
  contentCols: number[];
  allCols: number[];
  /** Value columns (baseline, targets, actuals). */
  valueCols: number[];
  /** The name column and the sub-name columns under its header. */
  nameCols: number[];
  /** The row-label column, when the table has one. */
  labelCol?: number;
  /** A card without a name column: only rows carrying a row label (数値, 時点) are its rows. */
  labelledOnly: boolean;
}

export function rowShape(
  columns: Partial<Record<FieldName, number>>,
  actualCols: number[],
  extra: Pick<TableLayout, "rowLabelCol" | "nameCols" | "namesAbove"> = {},
): RowShape {
  const contentCols: number[] = [...actualCols];
  const allCols: number[] = [...actualCols];
  const valueCols: number[] = [...actualCols];
  for (const [field, col] of Object.entries(columns) as [FieldName, number][]) {
    allCols.push(col);
    if (!NOT_CONTENT.has(field)) contentCols.push(col);
    if (VALUE_FIELDS.has(field)) valueCols.push(col);
  }
  // A card's indicator column holds its names above the grid; in the grid, it holds row labels.
  const nameCols = [
    ...(columns.indicator === undefined || extra.namesAbove ? [] : [columns.indicator]),
    ...(extra.nameCols ?? []),
  ];
  for (const col of [...(extra.nameCols ?? []), ...(extra.rowLabelCol === undefined ? [] : [extra.rowLabelCol])]) {
    allCols.push(col);
    contentCols.push(col);
  }
  const shape: RowShape = { contentCols, allCols, valueCols, nameCols, labelledOnly: !!extra.namesAbove };
  if (extra.rowLabelCol !== undefined) shape.labelCol = extra.rowLabelCol;
  return shape;
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
 * How a section or band title starts: 「1 地域の…」「1-2 」「(1)」「①」「Ⅱ」「第2章」「基本目標1」「■」.
 * Not 「1日に30分以上…」 (a name that starts with a number): a numbering is followed by a break.
 */
const SECTION_START =
  /^([0-9０-９]{1,2}([-－‐.．][0-9０-９]{1,2})*[ \u3000.．、)）]|[(（][0-9０-９]{1,2}[)）]|[①-⑳]|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]|[IVX]{1,4}[ \u3000.．]|第[0-9０-９一二三四五六七八九十]+[章節部編]|基本目標|政策分野|施策[0-9０-９]|[■□●◆◇▼▽★☆]|【[^】]*】$|〔|［|<)/;

/**
 * A row that merges cells across a value column (「1次評価(所管局による自己評価)」 over A:E, a
 * note over the whole width, 「平成28年度の実績値」 over the year columns) is prose about the
 * table: an indicator row keeps its values in their own cells.
 */
function isBand(merges: MergeIndex, row: number, shape: RowShape): boolean {
  for (const col of shape.allCols) {
    const m = merges.find(row, col);
    if (!m || m.top !== row || m.left !== col || m.right === m.left) continue;
    if (shape.valueCols.some((v) => v !== col && v >= m.left && v <= m.right)) return true;
  }
  return false;
}

/**
 * A row whose only text is in the name column and reads as a title: numbered like a section
 * (「2 市町社協の活動支援」「③子育て支援」「■対応方針」) or a header word alone (「重要業績評価指標(KPI)」).
 */
function isSectionTitle(grid: Grid, merges: MergeIndex, row: number, shape: RowShape): boolean {
  let only = "";
  for (const col of shape.allCols) {
    const t = ownText(grid, merges, row, col);
    if (t === "") continue;
    if (only !== "" || !shape.nameCols.includes(col)) return false;
    only = t;
  }
  return only !== "" && (SECTION_START.test(only) || matchHeader(only) !== null);
}

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
  if (
    shape.labelledOnly &&
    (shape.labelCol === undefined || rowRole(ownText(grid, merges, row, shape.labelCol)) === null)
  ) {
    return "note";
  }
  if (isBand(merges, row, shape)) return "note";
  if (content === 1 && isSectionTitle(grid, merges, row, shape)) return "group";
  return "data";
}

function countOwn(grid: Grid, merges: MergeIndex, row: number, shape: RowShape): number {
  return shape.allCols.reduce((n, c) => n + (ownText(grid, merges, row, c) !== "" ? 1 : 0), 0);
}
