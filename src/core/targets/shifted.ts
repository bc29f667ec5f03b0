import { getCell, parseAddress, type Grid } from "../grid/grid";
import type { FieldName, TableLayout } from "../layout/types";
import type { ParsedValue } from "../quantity/types";
import type { CellMove } from "../report/schema";
import { parseCell } from "../rows/build";
import { pickIndicator } from "../rows/indicator";
import { normaliseStatus } from "../rows/status";
import { StatusSchema, type FieldCell, type IndicatorRow } from "../rows/types";
import { parseFiscalYear } from "../years/era";
import type { FiscalYear } from "../years/types";

/**
 * A row whose cells sit in the wrong columns (a PDF conversion shifted them), as the realignment
 * stage (checks/shift.ts) moves them back: realignRow applies the moves, isComputableRealignment
 * says whether the result is safe to compute a target on.
 */

const STATUS_WORDS = new Set<string>(StatusSchema.options);
const PROSE_LENGTH = 20;

function outOfPlace(text: string): boolean {
  return STATUS_WORDS.has(text) || parseFiscalYear(text) !== null || text.length > PROSE_LENGTH;
}

/**
 * Whether a row's cells read as their columns: a status in the status column, no status word,
 * year or prose in an actual column, no prose in the target column.
 */
function readsInPlace(row: IndicatorRow): boolean {
  if (row.statusText !== "" && row.status === null) return false;
  if (row.actuals.some((a) => a.value.kind === "unparseable" && outOfPlace(a.value.text))) return false;
  return !(row.target.kind === "unparseable" && row.target.text.length > PROSE_LENGTH);
}

/** The sheet cell a move takes its content from, as the row reader would have read it. */
function movedCell(grid: Grid, address: string, row: number, col: number): FieldCell {
  const c = getCell(grid, row, col);
  const cell: FieldCell = { address, row, col, text: c.text.trim(), value: c.value };
  if (c.numberFormat !== undefined) cell.numberFormat = c.numberFormat;
  if (c.formula !== undefined) cell.formula = c.formula;
  if (c.error !== undefined) cell.error = c.error;
  return cell;
}

function yearOf(cell: FieldCell | undefined, fallback: FiscalYear | undefined): FiscalYear | null {
  if (!cell || cell.text === "") return fallback ?? null;
  return parseFiscalYear(cell.text) ?? fallback ?? null;
}

/** A table's fields and their columns, listed once per table: every shifted row of it is realigned. */
const FIELD_COLUMNS = new WeakMap<TableLayout, [FieldName, number][]>();

function fieldColumns(layout: TableLayout): [FieldName, number][] {
  let list = FIELD_COLUMNS.get(layout);
  if (!list) {
    list = Object.entries(layout.columns) as [FieldName, number][];
    FIELD_COLUMNS.set(layout, list);
  }
  return list;
}

/**
 * Where an address of a move is on the sheet. Moves mostly name the row's own cells, whose
 * address is written from their row and column: those are looked up, not parsed again.
 */
function locate(
  row: IndicatorRow,
  fields: [FieldName, number][],
  address: string,
): { row: number; col: number } | null {
  for (const [field] of fields) {
    const cell = row.cells[field];
    if (cell?.address === address) return cell;
  }
  for (const a of row.actuals) if (a.cell.address === address) return a.cell;
  return parseAddress(address);
}

/**
 * The row as COLUMN_SHIFT's moves say it should be: each moved cell's content in the field (or
 * yearly column) of its destination, every cell it left emptied, and the values, years, status
 * and indicator read again. A pure transformation of the row. The cells keep the address where
 * their text is on the sheet, so a finding computed on the realigned row points at what the user
 * sees (the stated 12,000人 in K29, not the empty N29). Null when there is nothing to move or a
 * move leaves the row.
 */
export function realignRow(row: IndicatorRow, layout: TableLayout, moves: CellMove[], grid: Grid): IndicatorRow | null {
  if (moves.length === 0) return null;
  const fields = fieldColumns(layout);
  const incoming = new Map<number, FieldCell>();
  const vacated = new Set<number>();
  for (const m of moves) {
    const from = locate(row, fields, m.from);
    const to = locate(row, fields, m.to);
    if (!from || !to || from.row !== row.row - 1 || to.row !== row.row - 1) return null;
    incoming.set(to.col, movedCell(grid, m.from, from.row, from.col));
    vacated.add(from.col);
  }
  const place = (col: number, current: FieldCell): FieldCell => {
    const moved = incoming.get(col);
    if (moved) return moved;
    if (!vacated.has(col)) return current;
    return { address: current.address, row: current.row, col: current.col, text: "", value: null };
  };

  const cells: IndicatorRow["cells"] = {};
  for (const [field, col] of fields) {
    const current = row.cells[field];
    if (current) cells[field] = place(col, current);
  }
  const unitText = cells.unit?.text || undefined;
  const actuals = row.actuals.map((a) => {
    const cell = place(a.cell.col, a.cell);
    return { year: a.year, cell, value: parseCell(cell, unitText) };
  });
  const statusText = cells.status?.text ?? "";
  return {
    sheet: row.sheet,
    row: row.row,
    table: row.table,
    layout: row.layout,
    block: row.block,
    cells,
    indicator: pickIndicator(cells),
    statusText,
    status: normaliseStatus(statusText, row.block),
    baseline: parseCell(cells.baseline, unitText),
    baselineYear: yearOf(cells.baselineYear, layout.baselineYear),
    previousTarget: parseCell(cells.previousTarget, unitText),
    previousTargetYear: yearOf(cells.previousTargetYear, undefined),
    actuals,
    target: parseCell(cells.target, unitText),
    targetYear: yearOf(cells.targetYear, layout.targetYear),
    ...(unitText !== undefined ? { unitText } : {}),
  };
}

const VALUE_KINDS = new Set<ParsedValue["kind"]>(["quantity", "multi", "all", "none"]);
const TARGET_KINDS = new Set<ParsedValue["kind"]>(["quantity", "multi", "all"]);

/**
 * Whether a realigned row is safe to compute on: it no longer looks shifted and has an
 * indicator and a valid status; unless it is 削除 (nothing is computed then), it also has a value
 * (baseline or an actual) and a stated target in place. Anything less stays unverifiable: a
 * number computed from a guessed layout would be a confident wrong answer.
 */
export function isComputableRealignment(row: IndicatorRow): boolean {
  if (row.indicator === "" || row.status === null || !readsInPlace(row)) return false;
  if (row.status === "削除") return true;
  const hasValue = VALUE_KINDS.has(row.baseline.kind) || row.actuals.some((a) => VALUE_KINDS.has(a.value.kind));
  return hasValue && TARGET_KINDS.has(row.target.kind);
}
