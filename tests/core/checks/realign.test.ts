import fc from "fast-check";
import { kindCost, MISFIT, realign, type Slot, type SlotRole, type Token } from "../../../src/core/checks/realign";
import type { CellKind } from "../../../src/core/checks/cell-kind";

/**
 * The cost of one assignment as realign.ts's header defines it, or Infinity when it is not allowed
 * (order not kept, a blocked slot taken, two cells in one slot other than text joining a label).
 */
function assignmentCost(tokens: Token[], slots: Slot[], slotOf: number[]): number {
  const textual = new Set<CellKind>(["text", "name", "prose", "source"]);
  let cost = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const s = slots[slotOf[i]];
    if (s.blocked && s.col !== t.col) return Infinity;
    cost += kindCost(t.kind, s.role) + (s.col === t.col ? 0 : t.moveCost);
    if (i === 0) continue;
    const prev = tokens[i - 1];
    if (slotOf[i] < slotOf[i - 1]) return Infinity;
    if (slotOf[i] === slotOf[i - 1]) {
      if (!(s.role === "label" && textual.has(t.kind) && textual.has(prev.kind))) return Infinity;
      cost += 1;
    }
    if (s.col - t.col !== slots[slotOf[i - 1]].col - prev.col) cost += 1.5;
  }
  const ind = slots.findIndex((s) => s.role === "indicator");
  return ind >= 0 && !slotOf.includes(ind) ? cost + MISFIT : cost;
}

/** Every monotone assignment tried: the cheapest cost (Infinity when none is allowed). */
function exhaustive(tokens: Token[], slots: Slot[]): number {
  let best = Infinity;
  const slotOf: number[] = [];
  const walk = (i: number) => {
    if (i === tokens.length) {
      best = Math.min(best, assignmentCost(tokens, slots, slotOf));
      return;
    }
    for (let j = i === 0 ? 0 : slotOf[i - 1]; j < slots.length; j++) {
      slotOf[i] = j;
      walk(i + 1);
    }
    slotOf.length = i;
  };
  walk(0);
  return best;
}

const ROLES: SlotRole[] = ["label", "indicator", "value", "year", "status", "reason", "basis", "source", "no"];
const KINDS: CellKind[] = ["status", "year", "number", "quantity", "name", "source", "prose", "text"];

/** Distinct, increasing columns from 0…19, as a sheet row gives them. */
const columns = (max: number) =>
  fc.uniqueArray(fc.integer({ min: 0, max: 19 }), { maxLength: max }).map((cs) => cs.sort((a, b) => a - b));

/** Rows small enough to try every assignment (at most 8 columns and 6 cells). */
const rowCase = fc.record({
  slotCols: columns(8),
  tokenCols: columns(6),
  roles: fc.array(fc.constantFrom(...ROLES), { minLength: 8, maxLength: 8 }),
  kinds: fc.array(fc.constantFrom(...KINDS), { minLength: 6, maxLength: 6 }),
  blocked: fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }),
  moveCosts: fc.array(fc.constantFrom(1, 3), { minLength: 6, maxLength: 6 }),
});

describe("realign", () => {
  it("finds the cheapest assignment, as trying every one does, and reports its true cost", () => {
    fc.assert(
      fc.property(rowCase, (c) => {
        const slots: Slot[] = c.slotCols.map((col, j) => ({
          col,
          role: c.roles[j],
          blocked: c.blocked[j] && j % 3 === 0,
        }));
        const tokens: Token[] = c.tokenCols.map((col, i) => ({ col, kind: c.kinds[i], moveCost: c.moveCosts[i] }));
        const best = exhaustive(tokens, slots);
        const r = realign(tokens, slots);
        if (tokens.length === 0 || best === Infinity) {
          expect(r).toBeNull();
          return;
        }
        expect(r).not.toBeNull();
        expect(r!.cost).toBeCloseTo(best, 9);
        expect(assignmentCost(tokens, slots, r!.slotOf)).toBeCloseTo(r!.cost, 9);
      }),
      { numRuns: 1500 },
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
    expect(r.cost).toBe(assignmentCost(tokens, slots, r.slotOf));
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
