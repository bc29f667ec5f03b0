import { guardedWrites } from "../../src/taskpane/flows";
import type { WorkbookCheck } from "../../src/taskpane/check-types";
import type { TableLayout } from "../../src/core/layout/types";
import { kpiGrid, layoutOf } from "./fixtures";

/** A check of the small KPI sheet as the pane holds it: layouts and grids, no tables. */
function checkWith(layout: TableLayout): WorkbookCheck {
  const grid = kpiGrid();
  return {
    report: { file: "", sheets: [], summary: { rows: 0, errors: 0, warnings: 0, infos: 0 } },
    layouts: { [grid.name]: [layout] },
    trends: {},
    grids: [grid],
  };
}

describe("guardedWrites: the indicator guard comes from the layout, the values from the grid", () => {
  test("a write in a data row carries its cell's value and the row's indicator cell", () => {
    const [w4, w5] = guardedWrites(checkWith(layoutOf()), [
      { sheet: "KPI", address: "D4", value: "18,940人/年" },
      { sheet: "KPI", address: "D5", value: "55,000人/年" },
    ]);
    expect(w4.expect).toEqual({ value: null, label: { address: "B4", value: "観光入込客数" } });
    expect(w5.expect).toEqual({ value: "52,000人/年", label: { address: "B5", value: "図書館利用者数" } });
  });

  test("outside the data rows, in a repeated header row, or on a sheet without tables: the cell's value only", () => {
    const check = checkWith({ ...layoutOf(), repeatedHeaderRows: [4] });
    const writes = guardedWrites(check, [
      { sheet: "KPI", address: "D3", value: "x" },
      { sheet: "KPI", address: "D5", value: "x" },
      { sheet: "KPI", address: "D7", value: "x" },
      { sheet: "他", address: "D4", value: "x" },
    ]);
    expect(writes.map((w) => w.expect)).toEqual([
      { value: null },
      { value: "52,000人/年" },
      { value: null },
      { value: null },
    ]);
  });

  test("a table without an indicator column gives no indicator guard", () => {
    const { indicator: _, ...columns } = layoutOf().columns;
    const [w] = guardedWrites(checkWith({ ...layoutOf(), columns }), [{ sheet: "KPI", address: "D4", value: "x" }]);
    expect(w.expect).toEqual({ value: null });
  });
});
