import type { FieldName } from "../layout/types";
import type { CellKind } from "./cell-kind";

/**
 * The realignment of one row: which cell belongs in which column. A monotone assignment of
 * the row's non-empty cells to the table's columns (order is kept: a PDF extract drops or adds
 * cells, it does not swap them), minimising
 *   Σ kind cost (a year in a value column, 継続 in an actual column, a name in the baseline …)
 *   + 1 per moved cell, + 1.5 each time the shift amount changes along the row (so a block
 *   moves together rather than leaving its last cell behind where it happens to fit),
 *   + 1 per label cell joined into a label column already used (情報インフラ → 政策分野),
 *   + 10 when no cell ends up in the indicator column.
 * O(cells × columns²) per row; only rows that already look wrong get here.
 */

/** What a column expects. */
export type SlotRole = "label" | "indicator" | "value" | "year" | "status" | "reason" | "basis" | "source" | "no";

export function roleOf(field: FieldName | "actual"): SlotRole {
  switch (field) {
    case "indicator":
      return "indicator";
    case "baseline":
    case "previousTarget":
    case "target":
    case "actual":
      return "value";
    case "baselineYear":
    case "previousTargetYear":
    case "targetYear":
      return "year";
    case "status":
      return "status";
    case "reason":
    case "additionReason":
      return "reason";
    case "basis":
      return "basis";
    case "source":
      return "source";
    case "no":
      return "no";
    default:
      return "label";
  }
}

/** A strong misfit: this cell cannot be what the column holds. */
export const MISFIT = 10;

const COST: Record<SlotRole, Partial<Record<CellKind, number>>> = {
  label: { text: 0, name: 0, prose: 0, source: 1, number: 3 },
  indicator: { name: 0, text: 3, prose: 3, source: 3 },
  value: { quantity: 0, number: 0, text: 2 },
  year: { year: 0, number: 1, text: 3 },
  status: { status: 0, text: 3 },
  reason: { prose: 0, text: 0, name: 0, source: 2 },
  basis: { prose: 0, text: 0, name: 0 },
  source: { source: 0, text: 0, prose: 0, name: 0 },
  no: { number: 0, text: 1 },
};

export function kindCost(kind: CellKind, role: SlotRole): number {
  return COST[role][kind] ?? MISFIT;
}

const TEXTUAL = new Set<CellKind>(["text", "name", "prose", "source"]);

export interface Slot {
  col: number;
  role: SlotRole;
  /** Covered by a merged area from an earlier row: it cannot take a cell. */
  blocked: boolean;
}

export interface Token {
  col: number;
  kind: CellKind;
  /** Moving the top-left cell of a merged area costs more: it spans other rows. */
  moveCost: number;
}

const MOVE_CHANGE = 1.5;
const JOIN = 1;

/** The slot of a column (the last one, should a column have two); slots are sorted by column. */
export function slotAtCol(slots: Slot[], col: number): Slot | undefined {
  let found: Slot | undefined;
  for (let k = 0; k < slots.length && slots[k].col <= col; k++) if (slots[k].col === col) found = slots[k];
  return found;
}

/** The cost of leaving every cell where it is. */
export function keepCost(tokens: Token[], slots: Slot[]): number {
  let cost = 0;
  let indicatorFilled = false;
  for (const t of tokens) {
    const s = slotAtCol(slots, t.col);
    if (!s) cost += MISFIT;
    else {
      cost += kindCost(t.kind, s.role);
      if (s.role === "indicator") indicatorFilled = true;
    }
  }
  return cost + (indicatorFilled || !slots.some((s) => s.role === "indicator") ? 0 : MISFIT);
}

/** Whether two neighbouring cells may share a column: both text in a label column (情報インフラ → 政策分野). */
function canJoin(t: Token, prev: Token, slot: Slot): boolean {
  return slot.role === "label" && TEXTUAL.has(t.kind) && TEXTUAL.has(prev.kind);
}

/** A token may go to a slot unless a merged area from an earlier row covers it (its own cell excepted). */
function open(slot: Slot, t: Token): boolean {
  return !slot.blocked || slot.col === t.col;
}

/** The cost of a token in a slot: its kind in that column, plus the move if it moves. */
function placeCost(t: Token, slot: Slot): number {
  return kindCost(t.kind, slot.role) + (slot.col === t.col ? 0 : t.moveCost);
}

/**
 * The best assignment: slot index per token, and its cost; null when no assignment exists.
 *
 * Dynamic programming over states (token i, its slot j, f = the indicator slot holds a token so
 * far): each state keeps its cheapest cost and the state of token i-1 it came from. Token i in
 * slot j comes from token i-1 in any slot jp ≤ j (jp = j only to join a label). Ties keep the
 * first candidate in (jp, f) order, so equal-cost rows are realigned the same way every time.
 * O(m·n²) per row: a row has a dozen cells and columns, and only rows that look wrong get here.
 */
export function realign(tokens: Token[], slots: Slot[]): { slotOf: number[]; cost: number } | null {
  const m = tokens.length;
  const n = slots.length;
  if (m === 0) return null;
  const indicator = slots.findIndex((s) => s.role === "indicator");
  const state = (i: number, j: number, f: number) => (i * n + j) * 2 + f;
  const cost = new Array<number>(m * n * 2).fill(Infinity);
  const from = new Array<number>(m * n * 2).fill(-1);

  for (let j = 0; j < n; j++) {
    if (open(slots[j], tokens[0])) cost[state(0, j, j === indicator ? 1 : 0)] = placeCost(tokens[0], slots[j]);
  }
  for (let i = 1; i < m; i++) {
    const t = tokens[i];
    const prev = tokens[i - 1];
    for (let j = 0; j < n; j++) {
      const s = slots[j];
      if (!open(s, t)) continue;
      const here = placeCost(t, s);
      for (let jp = 0; jp <= j; jp++) {
        const join = jp === j;
        if (join && !canJoin(t, prev, s)) continue;
        const shiftChanges = s.col - t.col !== slots[jp].col - prev.col;
        const step = here + (shiftChanges ? MOVE_CHANGE : 0) + (join ? JOIN : 0);
        for (let f = 0; f < 2; f++) {
          const before = cost[state(i - 1, jp, f)];
          if (before === Infinity) continue;
          const k = state(i, j, f === 1 || j === indicator ? 1 : 0);
          if (before + step < cost[k]) {
            cost[k] = before + step;
            from[k] = state(i - 1, jp, f);
          }
        }
      }
    }
  }

  // The last token's cheapest state, with the penalty for leaving the indicator column empty.
  let bestCost = Infinity;
  let bestState = -1;
  for (let j = 0; j < n; j++) {
    for (let f = 0; f < 2; f++) {
      const c = cost[state(m - 1, j, f)] + (f === 1 || indicator < 0 ? 0 : MISFIT);
      if (c < bestCost) {
        bestCost = c;
        bestState = state(m - 1, j, f);
      }
    }
  }
  if (bestState < 0) return null;
  const slotOf = new Array<number>(m);
  for (let k = bestState, i = m - 1; i >= 0; i--) {
    slotOf[i] = Math.floor(k / 2) % n;
    k = from[k];
  }
  return { slotOf, cost: bestCost };
}
