import { columnLetters, getCell, type Cell, type Grid } from "../grid/grid";
import type { MergeIndex } from "../layout/merges";
import { isHierarchyField } from "../layout/row-kind";
import type { FieldName, TableLayout } from "../layout/types";
import { parseQuantity } from "../quantity/parse";
import type { ParsedValue, QuantityHints } from "../quantity/types";
import { parseFiscalYear } from "../years/era";
import type { FiscalYear } from "../years/types";
import type { HierarchyFill } from "./fill";
import { pickIndicator } from "./indicator";
import { normaliseStatus } from "./status";
import type { ActualValue, FieldCell, IndicatorRow } from "./types";

/** Everything a row needs from its table, built once per table. */
export interface TableContext {
  grid: Grid;
  layout: TableLayout;
  /** Index of the table on its sheet. */
  table: number;
  merges: MergeIndex;
  fill: HierarchyFill;
  /** Group columns filled down by `fill` (no merges there). */
  fillCols: ReadonlySet<number>;
  /** Year cell text → its reading, per table. */
  years: Map<string, FiscalYear | null>;
  /** The layout's columns as a list, computed once per table. */
  fields: readonly (readonly [FieldName, number])[];
}

// Column letters computed once per column: building an address is on the per-cell hot path.
const LETTERS: string[] = [];
function address(row: number, col: number): string {
  return `${(LETTERS[col] ??= columnLetters(col))}${row + 1}`;
}

/**
 * A FieldCell at (row, col) showing `source`'s content: the cell itself, or the top-left cell of
 * the merged area covering it (`fromMerge`). Built as one literal: this runs for every cell of
 * every row, and a spread copy of the master per covered cell cost more than the rest of the row.
 */
function cellFrom(source: Cell, row: number, col: number, fromMerge: boolean): FieldCell {
  const cell: FieldCell = { address: address(row, col), row, col, text: source.text.trim(), value: source.value };
  if (source.numberFormat !== undefined) cell.numberFormat = source.numberFormat;
  if (source.formula !== undefined) cell.formula = source.formula;
  if (source.error !== undefined) cell.error = source.error;
  if (fromMerge) cell.fromMerge = true;
  return cell;
}

/** A field's cell for a row: own content, else the merge's master, else (group columns) filled down. */
export function fieldCell(ctx: TableContext, field: FieldName | null, row: number, col: number): FieldCell {
  const m = ctx.merges.find(row, col);
  if (m && (m.top !== row || m.left !== col)) return cellFrom(getCell(ctx.grid, m.top, m.left), row, col, true);
  const own = cellFrom(getCell(ctx.grid, row, col), row, col, false);
  if (own.text === "" && field && isHierarchyField(field) && ctx.fillCols.has(col)) {
    return ctx.fill.filled(row, col, own.address) ?? own;
  }
  return own;
}

/** A value cell read with what the cell itself tells (raw number, number format) and the 単位 column. */
export function parseCell(cell: FieldCell | undefined, unitColumn: string | undefined): ParsedValue {
  if (!cell) return { kind: "blank" };
  const hints: QuantityHints = {};
  if (typeof cell.value === "number") hints.rawNumber = cell.value;
  if (cell.numberFormat !== undefined) hints.numberFormat = cell.numberFormat;
  if (unitColumn) hints.unitColumn = unitColumn;
  return parseQuantity(cell.text, hints);
}

function yearOf(ctx: TableContext, cell: FieldCell | undefined, fallback: FiscalYear | undefined): FiscalYear | null {
  if (!cell || cell.text === "") return fallback ?? null;
  // A year column repeats a handful of texts (R1, R6) over thousands of rows: parse each once.
  let year = ctx.years.get(cell.text);
  if (year === undefined) {
    year = parseFiscalYear(cell.text);
    ctx.years.set(cell.text, year);
  }
  return year ?? fallback ?? null;
}

/** One data row → a typed IndicatorRow; the cells stay exactly where they are laid out. */
export function buildRow(ctx: TableContext, row: number): IndicatorRow {
  const { layout } = ctx;
  const cells: Partial<Record<FieldName, FieldCell>> = {};
  for (const [field, col] of ctx.fields) {
    cells[field] = fieldCell(ctx, field, row, col);
  }
  const unitText = cells.unit?.text || undefined;

  const actuals: ActualValue[] = layout.actuals.map(({ col, year }) => {
    const cell = fieldCell(ctx, null, row, col);
    return { year, cell, value: parseCell(cell, unitText) };
  });

  const statusText = cells.status?.text ?? "";
  const built: IndicatorRow = {
    sheet: ctx.grid.name,
    row: row + 1,
    table: ctx.table,
    layout: layout.id,
    block: layout.block,
    cells,
    indicator: pickIndicator(cells),
    statusText,
    status: normaliseStatus(statusText, layout.block),
    baseline: parseCell(cells.baseline, unitText),
    baselineYear: yearOf(ctx, cells.baselineYear, layout.baselineYear),
    previousTarget: parseCell(cells.previousTarget, unitText),
    previousTargetYear: yearOf(ctx, cells.previousTargetYear, undefined),
    actuals,
    target: parseCell(cells.target, unitText),
    targetYear: yearOf(ctx, cells.targetYear, layout.targetYear),
  };
  if (unitText !== undefined) built.unitText = unitText;
  return built;
}
