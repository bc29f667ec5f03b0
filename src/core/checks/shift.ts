import { cellAddress, cellText, type Grid } from "../grid/grid";
import type { FieldName, TableLayout } from "../layout/types";
import { makeFinding } from "../report/finding";
import type { Finding } from "../report/schema";
import type { IndicatorRow } from "../rows/types";
import type { Check } from "./types";
import { cellKind } from "./cell-kind";
import { keepCost, kindCost, MISFIT, realign, roleOf, type Slot, type Token } from "./realign";

/** Below this, leaving the row as it is costs no strong misfit: nothing to realign. */
const SUSPECT = MISFIT;
/** The realigned row must beat the row as laid out by at least this much to be proposed. */
const GAIN = MISFIT / 2;

/**
 * COLUMN_SHIFT: cells out of place (a name in the baseline column, a year in a value column,
 * 継続 in an actual column, a source name alone in the basis column). Each row's cells are
 * classified by kind and compared with what the header expects; a row that does not fit is
 * realigned (realign.ts) and the moves that would repair it are proposed.
 */
export const checkShift: Check = ({ grid, table }) => {
  const slots = tableSlots(table.layout);
  if (slots.length === 0) return [];
  const covered = coveredCells(grid, table.layout);
  const first = slots[0].col;
  const last = slots[slots.length - 1].col;
  const out: Finding[] = [];
  for (const row of table.rows) {
    const f = checkRow(grid, row, slots, covered, first, last);
    if (f) out.push(f);
  }
  return out;
};

function tableSlots(layout: TableLayout): Omit<Slot, "blocked">[] {
  const slots: Omit<Slot, "blocked">[] = [];
  for (const [field, col] of Object.entries(layout.columns) as [FieldName, number][]) {
    slots.push({ col, role: roleOf(field) });
  }
  for (const a of layout.actuals) slots.push({ col: a.col, role: roleOf("actual") });
  return slots.sort((a, b) => a.col - b.col);
}

/** Cells inside a merged area that are not its top-left cell (they show the master's text). */
function coveredCells(grid: Grid, layout: TableLayout): Set<string> {
  const set = new Set<string>();
  for (const m of grid.merges) {
    if (m.bottom < layout.dataTop || m.top > layout.dataBottom) continue;
    for (let r = Math.max(m.top, layout.dataTop); r <= Math.min(m.bottom, layout.dataBottom); r++) {
      for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) set.add(`${r},${c}`);
    }
  }
  return set;
}

function checkRow(
  grid: Grid,
  row: IndicatorRow,
  baseSlots: Omit<Slot, "blocked">[],
  covered: Set<string>,
  first: number,
  last: number,
): Finding | null {
  const r = row.row - 1;
  const slots: Slot[] = baseSlots.map((s) => ({ ...s, blocked: covered.has(`${r},${s.col}`) }));
  const tokens: (Token & { text: string })[] = [];
  for (let c = first; c <= last; c++) {
    if (covered.has(`${r},${c}`)) continue;
    const text = cellText(grid, r, c);
    if (text === "") continue;
    const master = grid.merges.some((m) => m.top === r && m.left === c && m.bottom > m.top);
    tokens.push({ col: c, kind: cellKind(text), moveCost: master ? 3 : 1, text });
  }
  if (tokens.length === 0) return null;
  const keep = keepCost(tokens, slots);
  if (keep < SUSPECT) return null;
  const best = realign(tokens, slots);
  if (!best || best.cost > keep - GAIN) return null;

  const moves = tokens
    .map((t, i) => ({ t, to: slots[best.slotOf[i]].col }))
    .filter(({ t, to }) => t.col !== to)
    .map(({ t, to }) => ({ from: cellAddress(r, t.col), to: cellAddress(r, to), text: t.text }));
  if (moves.length === 0) return null;

  // The cell to point at: the first one that cannot stay where it is, else the first to move.
  const roleAt = new Map(slots.map((s) => [s.col, s.role]));
  const misfit = tokens.find((t) => {
    const role = roleAt.get(t.col);
    return !role || kindCost(t.kind, role) >= MISFIT;
  });
  const cell = misfit ? cellAddress(r, misfit.col) : moves[0].from;
  const found = misfit?.text ?? moves[0].text;
  const summary = moves.map((m) => `${m.from}→${m.to}「${clip(m.text)}」`).join("、");
  return makeFinding({
    code: "COLUMN_SHIFT",
    severity: "error",
    row: row.row,
    cell,
    key: misfit ? "COLUMN_SHIFT" : "COLUMN_SHIFT.indicator",
    params: { cell, found: clip(found), count: moves.length, moves: summary },
    found,
    expected: summary,
    moves,
  });
}

function clip(s: string): string {
  const one = s.replace(/\s+/g, " ");
  return one.length > 20 ? `${one.slice(0, 20)}…` : one;
}
