import type { CellValue } from "../../../src/core/grid/grid";
import type { Finding } from "../../../src/core/report/schema";
import type { IndicatorRow } from "../../../src/core/rows/types";
import { computeRealignedTarget, computeRowTarget } from "../../../src/core/targets/row-target";
import { isComputableRealignment, realignRow } from "../../../src/core/targets/shifted";
import { fiscalYear } from "../../../src/core/years/era";
import { check, CLEAN, kyoseiCells, kyoseiGrid, onlyTable } from "../checks/builder";

/** Rows of a 共生ビジョン grid damaged like a PDF conversion, realigned by COLUMN_SHIFT's moves. */

const ctx = { planTargetYear: fiscalYear(2030) };

/** The table's first row, its COLUMN_SHIFT moves, and the grid — as the engine sees them. */
function shiftedRow(cells: CellValue[]) {
  const grid = kyoseiGrid([cells]);
  const table = onlyTable(grid);
  const row = table.rows[0];
  const shift = check(grid).find((f: Finding) => f.code === "COLUMN_SHIFT");
  return { grid, table, row, moves: shift?.moves ?? [] };
}

function realigned(cells: CellValue[]): { row: IndicatorRow; again: IndicatorRow | null; moves: Finding["moves"] } {
  const { grid, table, row, moves } = shiftedRow(cells);
  return { row, again: realignRow(row, table.layout, moves ?? [], grid), moves };
}

const clean = kyoseiCells(CLEAN);
/** From the indicator on, every cell one column to the right (the target lands in O, the basis in P). */
const rightByOne = [clean[0], clean[1], null, ...clean.slice(2, 15)];

describe("realignRow", () => {
  it("puts each moved cell in its destination field and reads the row again", () => {
    const { row, again } = realigned(rightByOne);
    expect([row.status, row.statusText, row.target.kind]).toEqual([null, "17,842人/年", "blank"]);
    expect(again).not.toBeNull();
    const r = again!;
    expect([r.indicator, r.status, r.statusText]).toEqual(["伊那本線利用者人数", "継続", "継続"]);
    expect(r.baseline).toMatchObject({ kind: "quantity", quantity: { value: 22549 } });
    expect(r.baselineYear?.label).toBe("R1");
    expect(r.actuals.map((a) => (a.value.kind === "quantity" ? a.value.quantity.value : a.value.kind))).toEqual([
      18768, 17929, 17814, 17842,
    ]);
    expect(r.target).toMatchObject({ kind: "quantity", quantity: { value: 19000 } });
    // Cells keep the address their text has on the sheet.
    expect(r.cells.target?.address).toBe("O5");
    expect(r.cells.basis).toMatchObject({ address: "P5", text: "R6の現状から年1%の増加を目指す。" });
    expect(isComputableRealignment(r)).toBe(true);
  });

  it("no moves, or a move to another row: no realigned row", () => {
    const { grid, table, row } = shiftedRow(clean);
    expect(realignRow(row, table.layout, [], grid)).toBeNull();
    expect(realignRow(row, table.layout, [{ from: "D5", to: "C6", text: "x" }], grid)).toBeNull();
  });

  it("reads a destination the same whether it is one of the row's cells or written otherwise ($O$5, o5)", () => {
    const { grid, table, row, moves } = shiftedRow(rightByOne);
    expect(moves!.length).toBeGreaterThan(1);
    const again = realignRow(row, table.layout, moves!, grid);
    expect(again).not.toBeNull();
    const dollar = moves!.map((m) => ({ ...m, to: m.to.replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2") }));
    const lower = moves!.map((m) => ({ ...m, to: ` ${m.to.toLowerCase()} ` }));
    expect(dollar[0].to).toMatch(/^\$[A-Z]+\$\d+$/);
    expect(realignRow(row, table.layout, dollar, grid)).toEqual(again);
    expect(realignRow(row, table.layout, lower, grid)).toEqual(again);
    const otherRow = moves!.map((m, i) => (i === 0 ? { ...m, to: m.to.replace(/\d+$/, "6") } : m));
    expect(realignRow(row, table.layout, otherRow, grid)).toBeNull();
  });

  it("a vacated cell is emptied: the status moved out of L leaves L blank", () => {
    const { grid, table, row } = shiftedRow(clean);
    const r = realignRow(row, table.layout, [{ from: "L5", to: "M5", text: "継続" }], grid)!;
    expect([r.statusText, r.status, r.cells.reason?.text]).toEqual(["", null, "継続"]);
    expect(isComputableRealignment(r)).toBe(false);
  });
});

describe("computeRealignedTarget", () => {
  it("computes on the realigned row, says so, and offers no fill when the target cell moves", () => {
    const { row, again, moves } = realigned(rightByOne);
    const result = computeRealignedTarget(row, again!, moves!, ctx)!;
    expect(result.target).toMatchObject({ status: "match", rule: "compound-growth", basisCell: "P5" });
    expect(result.target.computed?.value).toBeCloseTo(18939.6, 1);
    expect(result.target.explanation).toMatch(/^列のずれを直した行で計算: /);
    expect(result.target.explanationEn).toMatch(/^computed on the realigned row: /);
    expect(result.target.fill).toBeUndefined();
    expect(result.findings).toEqual([]);
  });

  it("is the realigned row's own verdict, its explanations prefixed, its fields in the same order", () => {
    const { row, again, moves } = realigned(rightByOne);
    const own = computeRowTarget(again!, ctx).target;
    const result = computeRealignedTarget(row, again!, moves!, ctx)!;
    expect(result.target.explanation).toBe(`列のずれを直した行で計算: ${own.explanation}`);
    expect(result.target.explanationEn).toBe(`computed on the realigned row: ${own.explanationEn}`);
    // A 一致 row has nothing to write (issue 12.1): no fill on either.
    const { fill, ...rest } = own;
    expect(fill).toBeUndefined();
    expect(Object.keys(result.target)).toEqual(Object.keys(rest));
    expect({ ...result.target, explanation: own.explanation, explanationEn: own.explanationEn }).toEqual(rest);
  });

  it("keeps the fill when the realignment leaves the target cell alone (only the indicator moves)", () => {
    const cells = [...clean];
    cells[0] = CLEAN.indicator;
    cells[1] = null;
    cells[2] = null;
    const { row, again, moves } = realigned(cells);
    expect(moves).toEqual([{ from: "A5", to: "C5", text: CLEAN.indicator }]);
    const result = computeRealignedTarget(row, again!, moves!, ctx)!;
    expect(result.target.status).toBe("match");
    // 一致: nothing to write (issue 12.1), realigned or not.
    expect(result.target.fill).toBeUndefined();
    expect(Object.keys(result.target)).toEqual(Object.keys(computeRowTarget(again!, ctx).target));
  });

  it("a realigned 削除 row is not applicable, judged on the realigned row", () => {
    const cells = kyoseiCells({ ...CLEAN, status: "削除", reason: "事業終了のため", target: undefined });
    const { row, again, moves } = realigned([cells[0], cells[1], null, ...cells.slice(2, 15)]);
    const result = computeRealignedTarget(row, again!, moves!, ctx)!;
    expect(result.target).toMatchObject({ status: "not-applicable", computed: null });
    expect(result.target.explanation).toBe("列のずれを直した行で判定: 削除する指標のため計算しません");
  });

  it("stays uncomputed (null) when the realigned row has no target in place", () => {
    const cells = kyoseiCells({ ...CLEAN, target: undefined });
    const { row, again, moves } = realigned([cells[0], cells[1], null, ...cells.slice(2, 15)]);
    expect(again?.target.kind).toBe("blank");
    expect(computeRealignedTarget(row, again!, moves!, ctx)).toBeNull();
  });

  it("stays uncomputed when the realignment finds no place for the status (検討中 stays in the reason column)", () => {
    const cells = kyoseiCells({ ...CLEAN, status: "検討中" });
    const { row, again, moves } = realigned([cells[0], cells[1], null, ...cells.slice(2, 15)]);
    expect([again?.statusText, again?.status, again?.cells.reason?.text]).toEqual(["", null, "検討中"]);
    expect(computeRealignedTarget(row, again!, moves!, ctx)).toBeNull();
  });

  it("stays uncomputed when the realigned row has no value (baseline and actuals blank)", () => {
    const cells = kyoseiCells({ ...CLEAN, baseline: undefined, actuals: [] });
    const { row, again, moves } = realigned([cells[0], cells[1], null, ...cells.slice(2, 15)]);
    expect(again).not.toBeNull();
    expect(isComputableRealignment(again!)).toBe(false);
    expect(computeRealignedTarget(row, again!, moves!, ctx)).toBeNull();
  });
});
