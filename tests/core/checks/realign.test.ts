import fc from "fast-check";
import { kindCost, MISFIT, realign, type Slot, type SlotRole, type Token } from "../../../src/core/checks/realign";
import type { CellKind } from "../../../src/core/checks/cell-kind";

/**
 * The reference: the plain O(m·n²) scan of every (jp, f) with a strict <, as realign was first
 * written. The faster realign must give the same assignment and cost, ties included.
 */
function reference(tokens: Token[], slots: Slot[]): { slotOf: number[]; cost: number } | null {
  const m = tokens.length;
  const n = slots.length;
  const ind = slots.findIndex((s) => s.role === "indicator");
  const dp = new Float64Array(m * n * 2).fill(Infinity);
  const from = new Int32Array(m * n * 2).fill(-1);
  const at = (i: number, j: number, f: number) => (i * n + j) * 2 + f;
  const textual = new Set<CellKind>(["text", "name", "prose", "source"]);
  const place = (i: number, j: number) =>
    kindCost(tokens[i].kind, slots[j].role) + (slots[j].col === tokens[i].col ? 0 : tokens[i].moveCost);
  for (let j = 0; j < n && m > 0; j++) {
    if (slots[j].blocked && slots[j].col !== tokens[0].col) continue;
    dp[at(0, j, j === ind ? 1 : 0)] = place(0, j);
  }
  for (let i = 1; i < m; i++) {
    const t = tokens[i];
    const prev = tokens[i - 1];
    for (let j = 0; j < n; j++) {
      const s = slots[j];
      if (s.blocked && s.col !== t.col) continue;
      for (let jp = 0; jp <= j; jp++) {
        const join = jp === j;
        if (join && !(s.role === "label" && textual.has(t.kind) && textual.has(prev.kind))) continue;
        const change = s.col - t.col !== slots[jp].col - prev.col ? 1.5 : 0;
        for (let f = 0; f < 2; f++) {
          const p = dp[at(i - 1, jp, f)];
          if (p === Infinity) continue;
          const k = at(i, j, f === 1 || j === ind ? 1 : 0);
          const c = p + place(i, j) + change + (join ? 1 : 0);
          if (c < dp[k]) {
            dp[k] = c;
            from[k] = at(i - 1, jp, f);
          }
        }
      }
    }
  }
  if (m === 0) return null;
  let best = Infinity;
  let bestK = -1;
  for (let j = 0; j < n; j++) {
    for (let f = 0; f < 2; f++) {
      const c = dp[at(m - 1, j, f)] + (f === 1 || ind < 0 ? 0 : MISFIT);
      if (c < best) {
        best = c;
        bestK = at(m - 1, j, f);
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

const ROLES: SlotRole[] = ["label", "indicator", "value", "year", "status", "reason", "basis", "source", "no"];
const KINDS: CellKind[] = ["status", "year", "number", "quantity", "name", "source", "prose", "text"];

/** Distinct, increasing columns from 0…19, as a sheet row gives them. */
const columns = (max: number) =>
  fc.uniqueArray(fc.integer({ min: 0, max: 19 }), { maxLength: max }).map((cs) => cs.sort((a, b) => a - b));

const rowCase = fc.record({
  slotCols: columns(16),
  tokenCols: columns(14),
  roles: fc.array(fc.constantFrom(...ROLES), { minLength: 16, maxLength: 16 }),
  kinds: fc.array(fc.constantFrom(...KINDS), { minLength: 14, maxLength: 14 }),
  blocked: fc.array(fc.boolean(), { minLength: 16, maxLength: 16 }),
  moveCosts: fc.array(fc.constantFrom(1, 3), { minLength: 14, maxLength: 14 }),
});

describe("realign", () => {
  it("gives the reference scan's assignment and cost on random rows, ties included", () => {
    fc.assert(
      fc.property(rowCase, (c) => {
        const slots: Slot[] = c.slotCols.map((col, j) => ({
          col,
          role: c.roles[j],
          blocked: c.blocked[j] && j % 3 === 0,
        }));
        const tokens: Token[] = c.tokenCols.map((col, i) => ({ col, kind: c.kinds[i], moveCost: c.moveCosts[i] }));
        expect(realign(tokens, slots)).toEqual(reference(tokens, slots));
      }),
      { numRuns: 3000 },
    );
  });

  it("moves a block shifted one column right back together (the seed's shifted row)", () => {
    const roles: SlotRole[] = ["label", "label", "indicator", "value", "year", "value", "year", "value", "status"];
    const slots: Slot[] = roles.map((role, col) => ({ col, role, blocked: false }));
    // 在宅医療… | 多職種間情報共有事例 | 実績なし | R1 | 1,900人/年 | R7 | 109人 | 継続 (one column right).
    const kinds: CellKind[] = ["text", "name", "quantity", "year", "quantity", "year", "quantity", "status"];
    const tokens: Token[] = kinds.map((kind, i) => ({ col: i + 1, kind, moveCost: 1 }));
    const r = realign(tokens, slots)!;
    expect(r.slotOf).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(r).toEqual(reference(tokens, slots));
  });

  it("leaves a row that fits where it is", () => {
    const slots: Slot[] = (["indicator", "value", "year"] as SlotRole[]).map((role, col) => ({
      col,
      role,
      blocked: false,
    }));
    const tokens: Token[] = (["name", "quantity", "year"] as CellKind[]).map((kind, col) => ({
      col,
      kind,
      moveCost: 1,
    }));
    expect(realign(tokens, slots)).toEqual({ slotOf: [0, 1, 2], cost: 0 });
  });
});
