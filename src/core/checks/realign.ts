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

const KIND_INDEX: Record<CellKind, number> = {
  blank: 0,
  status: 1,
  year: 2,
  number: 3,
  quantity: 4,
  name: 5,
  source: 6,
  prose: 7,
  text: 8,
};

/** kindCost by role, as an array by KIND_INDEX: realign reads m·n of them per row. */
const COST_BY_KIND = Object.fromEntries(
  Object.keys(COST).map((role) => {
    const costs = new Float64Array(Object.keys(KIND_INDEX).length);
    for (const [kind, k] of Object.entries(KIND_INDEX)) costs[k] = kindCost(kind as CellKind, role as SlotRole);
    return [role, costs];
  }),
) as Record<SlotRole, Float64Array>;

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

/** The dp tables, reused from row to row (realign allocates them once, not per row). */
let tables = { dp: new Float64Array(0), from: new Int32Array(0), place: new Float64Array(0) };

/** Tables for `cells` = tokens × slots: dp and from (×2 for f) reset, place to be filled. */
function scratch(cells: number): typeof tables {
  if (tables.place.length < cells) {
    const size = Math.max(cells, 2 * tables.place.length);
    tables = { dp: new Float64Array(2 * size), from: new Int32Array(2 * size), place: new Float64Array(size) };
  }
  tables.dp.fill(Infinity, 0, 2 * cells);
  tables.from.fill(-1, 0, 2 * cells);
  return tables;
}

/** Placement costs (kind in column + moving there), read O(m·n) times by realign: computed once. */
function placeCosts(tokens: Token[], slots: Slot[], place: Float64Array): void {
  const n = slots.length;
  const roleCosts = slots.map((s) => COST_BY_KIND[s.role]);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const k = KIND_INDEX[t.kind];
    for (let j = 0; j < n; j++) place[i * n + j] = roleCosts[j][k] + (slots[j].col === t.col ? 0 : t.moveCost);
  }
}

/** What bestSource reads about slot j of token i (dp states of token i-1 start at prevRow). */
interface SourceInput {
  dp: Float64Array;
  slots: Slot[];
  prevRow: number;
  keepFirst: number;
  keepCol: number;
  j: number;
  /** Joining token i-1's slot j: Infinity when the tokens cannot join there. */
  joinCost: number;
}

/** The state bestSource picked (-1: none): a second result without an object per call. */
let sourceState = -1;

/**
 * The cheapest way into slot j from token i-1 with flag f: the prefix minimum (+ MOVE_CHANGE),
 * a shift-keeping slot, or the join; the first strict minimum in jp order wins. Returns its cost
 * and leaves its state in sourceState.
 */
function bestSource(src: SourceInput, f: number, prefixCost: number, prefixSlot: number): number {
  const { dp, slots, prevRow, keepCol, j } = src;
  let c = Infinity;
  let jp = -1;
  if (prefixSlot >= 0) {
    c = prefixCost + MOVE_CHANGE;
    jp = prefixSlot;
  }
  for (let k = src.keepFirst; k < j && slots[k].col === keepCol; k++) {
    const kc = dp[prevRow + 2 * k + f];
    if (kc < c || (kc === c && k < jp)) {
      c = kc;
      jp = k;
    }
  }
  const jc = dp[prevRow + 2 * j + f] + src.joinCost;
  if (jc < c) {
    c = jc;
    jp = j;
  }
  sourceState = jp < 0 ? -1 : prevRow + 2 * jp + f;
  return c;
}

/**
 * The best assignment: slot index per token, and its cost; null when no assignment exists.
 *
 * dp over (token i, its slot j, f = the indicator slot has a token). Token i in slot j comes from
 * token i-1 in a slot jp ≤ j at a cost that depends on jp only through MOVE_CHANGE, which is 0 for
 * the one jp keeping the shift and 1.5 for every other (plus JOIN when jp = j). So the best jp is
 * one of: the first minimum over jp < j (running prefix minimum), the shift-keeping jp, or the join
 * — O(m·n) instead of trying every jp. Ties go to the lowest jp, then the lowest f, as a scan of
 * every (jp, f) in that order with a strict < would give (tests/core/checks/realign.test.ts
 * compares with that scan).
 */
export function realign(tokens: Token[], slots: Slot[]): { slotOf: number[]; cost: number } | null {
  const m = tokens.length;
  const n = slots.length;
  const ind = slots.findIndex((s) => s.role === "indicator");
  const { dp, from, place } = scratch(m * n);
  placeCosts(tokens, slots, place);
  // State (i, j, f) sits at (i·n + j)·2 + f.
  for (let j = 0; j < n; j++) {
    if (slots[j].blocked && slots[j].col !== tokens[0]?.col) continue;
    if (m === 0) break;
    dp[j * 2 + (j === ind ? 1 : 0)] = place[j];
  }
  for (let i = 1; i < m; i++) {
    const t = tokens[i];
    const prev = tokens[i - 1];
    const prevRow = (i - 1) * n * 2;
    const canJoin = TEXTUAL.has(t.kind) && TEXTUAL.has(prev.kind);
    // Per f: the first jp < j with the least dp[i-1][jp][f] (prefix minimum, extended as j grows).
    let prefixCost0 = Infinity;
    let prefixCost1 = Infinity;
    let prefixSlot0 = -1;
    let prefixSlot1 = -1;
    // The first slot at or after the shift-keeping column; that column grows with j (slots are sorted).
    let keepFirst = 0;
    for (let j = 0; j < n; j++) {
      if (j > 0) {
        const p0 = dp[prevRow + 2 * j - 2];
        const p1 = dp[prevRow + 2 * j - 1];
        if (p0 < prefixCost0) {
          prefixCost0 = p0;
          prefixSlot0 = j - 1;
        }
        if (p1 < prefixCost1) {
          prefixCost1 = p1;
          prefixSlot1 = j - 1;
        }
      }
      const s = slots[j];
      if (s.blocked && s.col !== t.col) continue;
      // The slots (before j) keeping token i-1 at the shift token i gets here: no MOVE_CHANGE.
      const keepCol = s.col - t.col + prev.col;
      while (keepFirst < n && slots[keepFirst].col < keepCol) keepFirst++;
      const joinCost =
        s.role === "label" && canJoin ? (s.col - t.col !== s.col - prev.col ? MOVE_CHANGE : 0) + JOIN : Infinity;
      const source = { dp, slots, prevRow, keepFirst, keepCol, j, joinCost };
      let cost0 = bestSource(source, 0, prefixCost0, prefixSlot0);
      const from0 = sourceState;
      let cost1 = bestSource(source, 1, prefixCost1, prefixSlot1);
      let from1 = sourceState;
      if (j === ind) {
        // Both sources land in f = 1: keep the earlier (jp, f) on a tie (state indexes order as (jp, f)).
        if (!(cost1 < cost0 || (cost1 === cost0 && from1 < from0))) {
          cost1 = cost0;
          from1 = from0;
        }
        cost0 = Infinity;
      }
      const here = (i * n + j) * 2;
      if (cost0 !== Infinity) {
        dp[here] = place[i * n + j] + cost0;
        from[here] = from0;
      }
      if (cost1 !== Infinity) {
        dp[here + 1] = place[i * n + j] + cost1;
        from[here + 1] = from1;
      }
    }
  }
  if (m === 0) return null;
  let best = Infinity;
  let bestK = -1;
  for (let j = 0; j < n; j++) {
    for (let f = 0; f < 2; f++) {
      const k = ((m - 1) * n + j) * 2 + f;
      const c = dp[k] + (f === 1 || ind < 0 ? 0 : MISFIT);
      if (c < best) {
        best = c;
        bestK = k;
      }
    }
  }
  if (bestK < 0) return null;
  const slotOf = new Array<number>(m);
  for (let k = bestK, i = m - 1; i >= 0; i--) {
    slotOf[i] = Math.floor(k / 2) % n;
    k = from[k];
  }
  return { slotOf, cost: best };
}
