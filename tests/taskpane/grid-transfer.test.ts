import type { Cell, Grid } from "../../src/core/grid/grid";
import { createExcelPort } from "../../src/excel/excel-port";
import { packGrid, unpackGrid } from "../../src/taskpane/worker/grid-transfer";
import { consistentGrid } from "../fixtures/consistent-sheet";
import { FakeExcel, fakeOfficeDeps } from "../support/fake-excel";

/** What the check worker receives: the packed grid as postMessage copies it, unpacked. */
const crossed = (grid: Grid): Grid => unpackGrid(structuredClone(packGrid(grid)));

/** A row as the adapter makes it: `length` slots, empty ones undefined. */
function row(length: number, cells: Record<number, Cell>): (Cell | undefined)[] {
  const line = new Array<Cell | undefined>(length).fill(undefined);
  for (const [c, cell] of Object.entries(cells)) line[Number(c)] = cell;
  return line;
}

describe("the grid as it crosses to the check worker", () => {
  it("arrives the same, cell by cell: optional fields only where they were, empty rows and lengths kept", () => {
    const grid: Grid = {
      name: "総合戦略 (2)",
      cells: [
        row(3, { 0: { value: "指標", text: "指標" }, 2: { value: "R6", text: "R6" } }),
        [],
        row(5, {
          1: { value: 17842, text: "17,842人", numberFormat: '#,##0"人"' },
          2: { value: 0.124, text: "12.4%", numberFormat: "0.0%", formula: "B3/1000" },
          3: { value: null, text: "#N/A", error: "#N/A" },
          4: { value: "2024/4/1", text: "2024/4/1", numberFormat: "yyyy/m/d" },
        }),
        row(2, { 0: { value: true, text: "TRUE" }, 1: { value: null, text: "", formula: 'IF(A4,"","x")' } }),
        row(0, {}),
      ],
      merges: [{ top: 0, left: 0, bottom: 1, right: 0 }],
      rowCount: 5,
      colCount: 5,
    };
    expect(crossed(grid)).toStrictEqual(grid);
    // A near miss: a cell with a number format but no formula gains no formula key.
    expect(Object.keys(crossed(grid).cells[2][1]!)).toEqual(["value", "text", "numberFormat"]);
  });

  it("arrives the same for a sheet read through the Excel adapter", async () => {
    const fake = FakeExcel.fromGrids([consistentGrid()]);
    const read = await createExcelPort(fakeOfficeDeps(fake)).readSheet(consistentGrid().name);
    expect(crossed(read)).toStrictEqual(read);
  });
});
