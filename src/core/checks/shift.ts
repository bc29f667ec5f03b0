import { cellAddress, cellText, type Grid } from "../grid/grid";
import type { FieldName, TableLayout } from "../layout/types";
import { raise } from "../report/finding";
import type { CellMove, Finding } from "../report/schema";
import type { IndicatorRow, KpiTable } from "../rows/types";
import { realignRow } from "../targets/shifted";
import type { RowReading } from "./types";
import { cellKind, cellKindOnce } from "./cell-kind";
import { MergeIndex } from "../layout/merges";
import type { ValueCell } from "./row-values";
import { parseFiscalYear } from "../years/era";
import { memoizeText } from "../text/memo";
import type { ParsedValue } from "../quantity/types";
import { StatusSchema } from "../rows/types";
import {
  keepCost,
  kindCost,
  MISFIT,
  realign,
  roleOf,
  slotAtCol,
  type Slot,
  type SlotRole,
  type Token,
} from "./realign";

const STATUSES = new Set<string>(StatusSchema.options);

/** Below this, leaving the row as it is costs no strong misfit: nothing to realign. */
const SUSPECT = MISFIT;
/** The realigned row must beat the row as laid out by at least this much to be proposed. */
const GAIN = MISFIT / 2;

/**
 * The realignment stage, between reading and the targets: cells out of place (a name in the
 * baseline column, a year in a value column, 継続 in an actual column, a source name alone in the
 * basis column) are found by classifying each row's cells by kind against what the header
 * expects; a row that does not fit is realigned (realign.ts), and the moves that repair it are
 * applied to the row (targets/shifted.ts) and proposed as COLUMN_SHIFT. Every later stage reads
 * the result: the target is computed on the realigned row, the checks leave the shifted row to
 * COLUMN_SHIFT, the report names the realigned indicator.
 *
 * What is known of the table (its columns, its merged cells) is worked out once; the returned
 * function then reads one row at a time, so the engine can carry each row through realignment
 * and its target before the next, instead of holding every row's reading at once.
 */
export function tableRealigner(
  grid: Grid,
  table: KpiTable,
): (row: IndicatorRow, values: readonly ValueCell[]) => RowReading {
  const slots = tableSlots(table.layout);
  const inPlace = (row: IndicatorRow): RowReading => ({ row, moves: [], realigned: null, shift: null });
  if (slots.length === 0) return inPlace;
  const first = slots[0].col;
  const last = slots[slots.length - 1].col;
  // Columns whose cells are in place whatever they hold: those the header names but no check
  // reads (定義, 出所), and the sub-indicator names under the indicator's merged header
  // (産業・業務部門 under 排出量: the name of a sub-row, not a shifted value).
  const { otherCols = [], nameCols = [] } = table.layout;
  const own = new Set([...otherCols, ...nameCols]);
  // Merged areas are looked up as ranges, never spread cell by cell: a merge over a whole sheet
  // costs no more than a small one (MergeIndex indexes a column when it is first asked about).
  const merges = new MergeIndex(grid.merges);
  return (row, values) => {
    // A sub-row is named in its sub-name column: its blank indicator cell is no gap to fill.
    const subNamed = nameCols.some((c) => cellText(grid, row.row - 1, c) !== "");
    if (looksInPlace(grid, row, values, slots, own, first, last, subNamed)) return inPlace(row);
    const shift = shiftOf(
      grid,
      row,
      slots,
      merges,
      own,
      first,
      last,
      subNamed ? table.layout.columns.indicator : undefined,
    );
    if (!shift) return inPlace(row);
    const moves = shift.moves ?? [];
    return { row, moves, realigned: realignRow(row, table.layout, moves, grid), shift };
  };
}

/** The table's columns, in sheet order, none blocked. */
function tableSlots(layout: TableLayout): Slot[] {
  const slots: Slot[] = [];
  for (const [field, col] of Object.entries(layout.columns) as [FieldName, number][]) {
    slots.push({ col, role: roleOf(field), blocked: false });
  }
  for (const a of layout.actuals) slots.push({ col: a.col, role: roleOf("actual"), blocked: false });
  return slots.sort((a, b) => a.col - b.col);
}

/** The top-left cell of a merged area spanning several rows: moving it moves what those rows show. */
function isMultiRowMaster(merges: MergeIndex, r: number, c: number): boolean {
  const m = merges.find(r, c);
  return m !== null && m.top === r && m.left === c && m.bottom > m.top;
}

/** COLUMN_SHIFT with its moves for a row that does not fit its columns; null when realigning gains nothing. */
function shiftOf(
  grid: Grid,
  row: IndicatorRow,
  slots: Slot[],
  merges: MergeIndex,
  own: ReadonlySet<number>,
  first: number,
  last: number,
  named?: number,
): Finding | null {
  const r = row.row - 1;
  const rowSlots = slots.map((s) => ({ ...s, blocked: s.col === named || merges.isCovered(r, s.col) }));
  const tokens: (Token & { text: string })[] = [];
  for (let c = first; c <= last; c++) {
    if (merges.isCovered(r, c) || own.has(c)) continue;
    const text = cellText(grid, r, c);
    if (text === "") continue;
    tokens.push({ col: c, kind: cellKind(text), moveCost: isMultiRowMaster(merges, r, c) ? 3 : 1, text });
  }
  if (tokens.length === 0) return null;
  const keep = keepCost(tokens, rowSlots);
  if (keep < SUSPECT) return null;
  const best = realign(tokens, rowSlots);
  if (!best || best.cost > keep - GAIN) return null;

  const moves: CellMove[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const to = rowSlots[best.slotOf[i]].col;
    if (t.col !== to) moves.push({ from: cellAddress(r, t.col), to: cellAddress(r, to), text: t.text });
  }
  if (moves.length === 0) return null;

  // The cell to point at: the first one that cannot stay where it is, else the first to move.
  const misfit = tokens.find((t) => {
    const slot = slotAtCol(rowSlots, t.col);
    return !slot || kindCost(t.kind, slot.role) >= MISFIT;
  });
  const cell = misfit ? cellAddress(r, misfit.col) : moves[0].from;
  const found = misfit?.text ?? moves[0].text;
  const summary = moves.map((m) => `${m.from}→${m.to}「${clip(m.text)}」`).join("、");
  return raise(
    "COLUMN_SHIFT",
    misfit ? "default" : "indicator",
    { row: row.row, cell, found, expected: summary, moves },
    { found: clip(found), count: moves.length, moves: summary },
  );
}

/**
 * The screen run on every row: every cell fits its column (values as readTables parsed them,
 * years and statuses as written, other cells by their kind) and the indicator is filled. Only
 * rows failing it are weighed as a whole and realigned.
 */
function looksInPlace(
  grid: Grid,
  row: IndicatorRow,
  values: readonly ValueCell[],
  slots: Slot[],
  own: ReadonlySet<number>,
  first: number,
  last: number,
  subNamed: boolean,
): boolean {
  if (!subNamed && (!row.cells.indicator || row.cells.indicator.text === "")) return false;
  const r = row.row - 1;
  let s = 0;
  for (let c = first; c <= last; c++) {
    while (s < slots.length && slots[s].col < c) s++;
    const text = cellText(grid, r, c);
    if (text === "" || own.has(c)) continue;
    if (s >= slots.length || slots[s].col !== c) return false;
    if (!surelyFits(text, slots[s].role, values, c)) return false;
  }
  return true;
}

function surelyFits(text: string, role: SlotRole, values: readonly ValueCell[], col: number): boolean {
  switch (role) {
    case "value": {
      // As readTables parsed it: the value the row's checks and targets use.
      const parsed = parsedKindAt(values, col);
      return parsed !== undefined && parsed !== "unparseable" && parsed !== "blank";
    }
    case "year":
      return isYearText(text);
    case "status":
      return STATUSES.has(text);
    case "no":
      return true;
    case "indicator":
      return kindCost(cellKindOnce(text), role) < MISFIT;
    default:
      return kindCost(cellKind(text), role) < MISFIT;
  }
}

/** The same few year texts (R5年度, 2023年度) on every row: read once each. */
const isYearText = memoizeText((text: string) => parseFiscalYear(text) !== null);

/** How readTables parsed the value cell in column `col` (the last one there), if any. */
function parsedKindAt(values: readonly ValueCell[], col: number): ParsedValue["kind"] | undefined {
  for (let i = values.length - 1; i >= 0; i--) if (values[i].cell.col === col) return values[i].value.kind;
  return undefined;
}

function clip(s: string): string {
  const one = s.replace(/\s+/g, " ");
  return one.length > 20 ? `${one.slice(0, 20)}…` : one;
}
