import type { Grid } from "../../src/core/grid/grid";
import { gridFromRows } from "../../src/core/grid/grid";
import { createExcelPort } from "../../src/excel/excel-port";
import { toCell } from "../../src/excel/read-sheet";
import { FakeExcel, fakeOfficeDeps } from "../support/fake-excel";

const COLS = 16;

/** A KPI-like sheet: a title row, headers, then `rows` indicator rows of 16 columns. */
function kpiGrid(rows: number): Grid {
  const data: (string | number | null)[][] = [["KPI一覧"], Array.from({ length: COLS }, (_, c) => `見出し${c}`)];
  for (let r = 0; r < rows; r++) {
    data.push(Array.from({ length: COLS }, (_, c) => (c % 3 === 0 ? `指標${r}-${c}` : r * COLS + c)));
  }
  return gridFromRows("KPI", data);
}

async function syncsToRead(rows: number): Promise<{ syncs: number; grid: Grid }> {
  const fake = FakeExcel.fromGrids([kpiGrid(rows)]);
  const grid = await createExcelPort(fakeOfficeDeps(fake)).readSheet("KPI");
  return { syncs: fake.syncCount, grid };
}

describe("readSheet", () => {
  it("takes the same number of syncs for 10, 1,000 and 10,000 rows", async () => {
    const small = await syncsToRead(10);
    const medium = await syncsToRead(1_000);
    const large = await syncsToRead(10_000);
    expect([small.syncs, medium.syncs, large.syncs]).toEqual([2, 2, 2]);
    expect(large.grid.rowCount).toBe(10_002);
    expect(large.grid.cells[10_001][14]).toEqual({ value: 9_999 * COLS + 14, text: String(9_999 * COLS + 14) });
    expect(large.grid.cells[10_001][15]).toEqual({ value: "指標9999-15", text: "指標9999-15" });
  });

  it("places values, text, formats, formulas and merges at absolute coordinates when the used range starts at C3", async () => {
    const source: Grid = {
      name: "共生ビジョン",
      cells: [],
      merges: [{ top: 3, left: 2, bottom: 5, right: 2 }],
      rowCount: 6,
      colCount: 6,
    };
    source.cells[2] = [undefined, undefined, { value: "政策分野", text: "政策分野" }, { value: "R6", text: "R6" }];
    source.cells[3] = [
      undefined,
      undefined,
      { value: "子育て", text: "子育て" },
      { value: 17842, text: "17,842人", numberFormat: '#,##0"人"' },
      { value: 0.124, text: "12.4%", numberFormat: "0.0%", formula: "D4/1000" },
      { value: null, text: "", formula: 'IF(D5="","",D5)' },
    ];
    source.cells[4] = [undefined, undefined, undefined, { value: null, text: "#N/A", error: "#N/A" }];
    source.cells[5] = [undefined, undefined, undefined, { value: 45383, text: "2024/4/1", numberFormat: "yyyy/m/d" }];
    const fake = FakeExcel.fromGrids([source]);
    const grid = await createExcelPort(fakeOfficeDeps(fake)).readSheet("共生ビジョン");

    expect(grid.rowCount).toBe(6);
    expect(grid.colCount).toBe(6);
    expect(grid.cells[0]).toEqual([]);
    expect(grid.cells[2][2]).toEqual({ value: "政策分野", text: "政策分野" });
    expect(grid.cells[3][3]).toEqual({ value: 17842, text: "17,842人", numberFormat: '#,##0"人"' });
    expect(grid.cells[3][4]).toEqual({ value: 0.124, text: "12.4%", numberFormat: "0.0%", formula: "D4/1000" });
    expect(grid.cells[3][5]).toEqual({ value: null, text: "", formula: 'IF(D5="","",D5)' });
    expect(grid.cells[4][3]).toEqual({ value: null, text: "#N/A", error: "#N/A" });
    expect(grid.cells[5][3]).toEqual({ value: "2024/4/1", text: "2024/4/1", numberFormat: "yyyy/m/d" });
    expect(grid.cells[4][2]).toBeUndefined();
    expect(grid.merges).toEqual([{ top: 3, left: 2, bottom: 5, right: 2 }]);
  });

  it("reads merged areas on a sheet whose name needs quoting", async () => {
    const grid = gridFromRows(
      "KPI 表'1",
      [
        ["a", "b"],
        [null, "c"],
      ],
      [{ top: 0, left: 0, bottom: 1, right: 0 }],
    );
    const fake = FakeExcel.fromGrids([grid]);
    const read = await createExcelPort(fakeOfficeDeps(fake)).readSheet("KPI 表'1");
    expect(read.merges).toEqual([{ top: 0, left: 0, bottom: 1, right: 0 }]);
    expect(read.cells[1][1]).toEqual({ value: "c", text: "c" });
  });

  it("without ExcelApi 1.13 returns no merges and still reads the cells, in the same two syncs", async () => {
    const grid = gridFromRows(
      "KPI",
      [
        ["a", "b"],
        [null, "c"],
      ],
      [{ top: 0, left: 0, bottom: 1, right: 0 }],
    );
    const fake = FakeExcel.fromGrids([grid], { apiVersion: "1.12" });
    const read = await createExcelPort(fakeOfficeDeps(fake)).readSheet("KPI");
    expect(read.merges).toEqual([]);
    expect(read.cells[0]).toEqual([
      { value: "a", text: "a" },
      { value: "b", text: "b" },
    ]);
    expect(fake.syncCount).toBe(2);
  });

  it("chunks the used range by row blocks above the cell limit, still in two syncs and with the same grid", async () => {
    const grid = kpiGrid(300);
    const whole = await createExcelPort(fakeOfficeDeps(FakeExcel.fromGrids([grid]))).readSheet("KPI");
    const fake = FakeExcel.fromGrids([grid], { rangeCellLimit: 1_000 });
    const chunked = await createExcelPort({ ...fakeOfficeDeps(fake), cellLimit: 1_000 }).readSheet("KPI");
    expect(chunked).toEqual(whole);
    expect(fake.syncCount).toBe(2);
    // Without chunking the fake refuses the range; the reader then splits it, at the cost of more syncs.
    const refusing = FakeExcel.fromGrids([grid], { rangeCellLimit: 1_000 });
    const unchunked = createExcelPort({ ...fakeOfficeDeps(refusing), cellLimit: 100_000 }).readSheet("KPI");
    await expect(unchunked).resolves.toEqual(whole);
    expect(refusing.syncCount).toBeGreaterThan(2);
  });

  it("splits the batch when Excel refuses it as too large, and the grid is unchanged", async () => {
    const grid = kpiGrid(200);
    const whole = await createExcelPort(fakeOfficeDeps(FakeExcel.fromGrids([grid]))).readSheet("KPI");
    const fake = FakeExcel.fromGrids([grid], { payloadLimit: 40_000 });
    const read = await createExcelPort(fakeOfficeDeps(fake)).readSheet("KPI");
    expect(read).toEqual(whole);
    expect(fake.syncCount).toBeGreaterThan(2);
  });

  it("returns an empty grid for an empty sheet", async () => {
    const fake = FakeExcel.fromGrids([gridFromRows("空", [])]);
    const read = await createExcelPort(fakeOfficeDeps(fake)).readSheet("空");
    expect(read).toEqual({ name: "空", cells: [], merges: [], rowCount: 0, colCount: 0 });
  });

  it("fails clearly for a sheet that does not exist", async () => {
    const fake = FakeExcel.fromGrids([gridFromRows("KPI", [["a"]])]);
    await expect(createExcelPort(fakeOfficeDeps(fake)).readSheet("ない")).rejects.toThrow(/ItemNotFound/);
  });
});

describe("toCell", () => {
  it("keeps a number under a number format, and turns a date serial into its text", () => {
    expect(toCell(45383, "45,383", "#,##0")).toEqual({ value: 45383, text: "45,383", numberFormat: "#,##0" });
    expect(toCell(45383, "R6.4.1", "[$-ja-JP]ge.m.d")).toEqual({
      value: "R6.4.1",
      text: "R6.4.1",
      numberFormat: "[$-ja-JP]ge.m.d",
    });
  });

  it("drops an empty cell but keeps one that only displays something", () => {
    expect(toCell("", "", "General")).toBeUndefined();
    expect(toCell("", " ", "General")).toEqual({ value: null, text: " " });
  });

  it("keeps booleans, and marks an error value only when Excel shows it as such", () => {
    expect(toCell(true, "TRUE", "General")).toEqual({ value: true, text: "TRUE" });
    expect(toCell("#DIV/0!", "#DIV/0!", "General")).toEqual({ value: null, text: "#DIV/0!", error: "#DIV/0!" });
    expect(toCell("#DIV/0!", "'#DIV/0!", "@")).toEqual({ value: "#DIV/0!", text: "'#DIV/0!", numberFormat: "@" });
  });
});

describe("readSheet below ExcelApi 1.9", () => {
  it("reads formulas for every cell when special cells are unavailable, with the same grid", async () => {
    const grid: Grid = {
      name: "KPI",
      cells: [
        [
          { value: 2, text: "2" },
          { value: 4, text: "4", formula: "A1*2" },
        ],
      ],
      merges: [],
      rowCount: 1,
      colCount: 2,
    };
    const modern = await createExcelPort(fakeOfficeDeps(FakeExcel.fromGrids([grid]))).readSheet("KPI");
    const old = FakeExcel.fromGrids([grid], { apiVersion: "1.8" });
    const read = await createExcelPort(fakeOfficeDeps(old)).readSheet("KPI");
    expect(read).toEqual(modern);
    expect(read.cells[0][1]).toEqual({ value: 4, text: "4", formula: "A1*2" });
    expect(old.syncCount).toBe(2);
  });
});
