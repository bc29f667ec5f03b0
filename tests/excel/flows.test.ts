import { cellAddress, gridFromRows, parseAddress, type Grid } from "../../src/core/grid/grid";
import type { ManualMapping } from "../../src/core/layout/types";
import { createExcelPort } from "../../src/excel/excel-port";
import { SNAPSHOT_SHEET } from "../../src/excel/snapshot-store";
import type { CellWrite, WorkbookPort } from "../../src/port/workbook-port";
import { checkSheets, type Checker } from "../../src/taskpane/checker";
import {
  MAPPING_SETTING,
  RESULT_SHEET,
  applyTargets,
  forgetMappingAndCheck,
  revertTargets,
  saveMappingAndCheck,
  validateWorkbook,
} from "../../src/taskpane/flows";
import { defaultTicked, previewRows, writesFor } from "../../src/taskpane/model/preview";
import { consistentGrid } from "../fixtures/consistent-sheet";
import { twoTableGrid } from "../taskpane/fixtures";
import { anchorOf } from "../../src/core/layout/manual";
import { FakeExcel, fakeOfficeDeps, type FakeExcelOptions } from "../support/fake-excel";
import { resultTables } from "../support/result-tables";

/**
 * The task pane's whole 検証 / 適用 / 元に戻す flows (src/taskpane/flows.ts, what the hooks run)
 * over the real Excel adapter and the in-memory Excel, counting context.sync() calls.
 */

const COLS = 16;
const TARGET_COL = COLS - 1;
const SIZES = [10, 1_000, 10_000];

/** A KPI-like sheet: title, headers, then `rows` rows of 16 columns whose last one (the target, P) is empty. */
function kpiSheet(name: string, rows: number): Grid {
  const data: (string | number | null)[][] = [["KPI一覧"], Array.from({ length: COLS }, (_, c) => `見出し${c}`)];
  for (let r = 0; r < rows; r++) {
    data.push(
      Array.from({ length: COLS }, (_, c) => (c === TARGET_COL ? null : c % 3 === 0 ? `指標${r}-${c}` : r * COLS + c)),
    );
  }
  return gridFromRows(name, data);
}

const SHEET_NAMES = ["KPI", "総合戦略", "新規 指標"];

/** `rows` data rows spread over `sheets` sheets. */
function workbook(rows: number, sheets: number): Grid[] {
  return SHEET_NAMES.slice(0, sheets).map((name, i) =>
    kpiSheet(name, Math.floor(rows / sheets) + (i < rows % sheets ? 1 : 0)),
  );
}

/** A target for every data row of every sheet: the most an 適用 can write. */
function everyTarget(grids: Grid[], mark: string): CellWrite[] {
  return grids.flatMap((g) =>
    Array.from({ length: g.rowCount - 2 }, (_, i) => ({
      sheet: g.name,
      address: cellAddress(i + 2, TARGET_COL),
      value: `${i}${mark}`,
    })),
  );
}

/** A checker that only records what it was given (the engine is not what is measured here). */
function recordingChecker(): Checker & { calls: { grids: Grid[]; mappings: ManualMapping[] }[] } {
  const calls: { grids: Grid[]; mappings: ManualMapping[] }[] = [];
  const checker: Checker = (grids, mappings) => {
    calls.push({ grids, mappings });
    return {
      report: { file: "", sheets: [], summary: { rows: 0, errors: 0, warnings: 0, infos: 0 } },
      layouts: {},
      trends: {},
      grids,
    };
  };
  return Object.assign(checker, { calls });
}

function portOver(fake: FakeExcel): WorkbookPort {
  return createExcelPort(fakeOfficeDeps(fake));
}

/** Syncs taken by one action. */
async function syncsOf<T>(fake: FakeExcel, action: () => Promise<T>): Promise<{ syncs: number; result: T }> {
  const before = fake.syncCount;
  const result = await action();
  return { syncs: fake.syncCount - before, result };
}

interface FlowCounts {
  validate: number;
  firstApply: number;
  secondApply: number;
  revert: number;
}

/** 検証, 適用 (no snapshot yet), 適用 again (a snapshot exists), 元に戻す; checks what each re-check saw. */
async function runFlows(rows: number, sheets: number): Promise<FlowCounts> {
  const grids = workbook(rows, sheets);
  const fake = FakeExcel.fromGrids(grids);
  const original = fake.snapshotState();
  const port = portOver(fake);
  const checker = recordingChecker();

  const validate = await syncsOf(fake, () => validateWorkbook(port, checker));
  expect(validate.result.check.grids.map((g) => [g.name, g.rowCount])).toEqual(grids.map((g) => [g.name, g.rowCount]));

  const first = everyTarget(grids, "件");
  const firstApply = await syncsOf(fake, () => applyTargets(port, checker, first));
  expect(firstApply.result.written).toBe(first.length);
  expect(firstApply.result.canRevert).toBe(true);
  // The re-check sees the workbook as written.
  const last = first[first.length - 1];
  const at = parseAddress(last.address)!;
  const seen = firstApply.result.check.grids.find((g) => g.name === last.sheet)!;
  expect(seen.cells[at.row][at.col]).toEqual({ value: last.value, text: last.value });

  const afterFirst = firstApply.result.check.grids;
  const secondApply = await syncsOf(fake, () => applyTargets(port, checker, everyTarget(grids, "人")));
  expect(secondApply.result.canRevert).toBe(true);

  // Two 適用, two undo steps: the first 元に戻す goes back to the first 適用, the second to the original.
  const revert = await syncsOf(fake, () => revertTargets(port, checker));
  expect(revert.result.restored).toBe(first.length);
  expect(revert.result.canRevert).toBe(true);
  expect(revert.result.check.grids).toEqual(afterFirst);
  const secondRevert = await syncsOf(fake, () => revertTargets(port, checker));
  expect(secondRevert.syncs).toBe(revert.syncs);
  expect(secondRevert.result.canRevert).toBe(false);
  // Back to the user's original, and the re-check sees exactly what 検証 saw at first.
  expect(fake.snapshotState()).toEqual(original);
  expect(secondRevert.result.check.grids).toEqual(validate.result.check.grids);
  expect(checker.calls).toHaveLength(5);

  return {
    validate: validate.syncs,
    firstApply: firstApply.syncs,
    secondApply: secondApply.syncs,
    revert: revert.syncs,
  };
}

describe.each([1, 3])("a %i-sheet workbook", (sheets) => {
  it("検証 3, 適用 4 and 元に戻す 5 syncs, the same at 10, 1,000 and 10,000 rows", async () => {
    const counts: FlowCounts[] = [];
    for (const rows of SIZES) counts.push(await runFlows(rows, sheets));
    // 検証: sheet list + settings, used ranges, cells. 適用: sheets + record probe, [the record] +
    // the cells to check, record + values + used ranges, cells. 元に戻す: sheets + probe, record,
    // the step's cells, restore + used ranges, cells.
    const expected: FlowCounts = { validate: 3, firstApply: 4, secondApply: 4, revert: 5 };
    expect(counts).toEqual([expected, expected, expected]);
  });
});

describe("検証", () => {
  it("reads every user sheet as readSheet does, with the saved mapping, and skips the add-in's own sheets", async () => {
    const grids = workbook(30, 3);
    const fake = FakeExcel.fromGrids(grids);
    const port = portOver(fake);
    await port.writeValues([{ sheet: "KPI", address: "P3", value: "12件" }]);
    await port.writeResultSheet(resultTables([]));
    const mapping = {
      sheet: "KPI",
      headerTop: 1,
      headerBottom: 1,
      columns: { indicator: "A", target: "P" },
      actuals: [],
    };
    await port.setSetting(MAPPING_SETTING, [mapping]);
    fake.state.sheets.push({ name: "hidden", visibility: "VeryHidden", cells: {}, merges: [] });
    expect(fake.state.sheets.map((s) => s.name)).toEqual([
      ...SHEET_NAMES,
      SNAPSHOT_SHEET,
      RESULT_SHEET,
      `${RESULT_SHEET}_目標値`,
      "hidden",
    ]);

    const checker = recordingChecker();
    const { syncs, result } = await syncsOf(fake, () => validateWorkbook(port, checker));
    expect(syncs).toBe(3);
    const separately = [];
    for (const name of SHEET_NAMES) separately.push(await port.readSheet(name));
    expect(result.check.grids).toEqual(separately);
    expect(result.mappings).toEqual([mapping]);
    expect(checker.calls[0].mappings).toEqual([mapping]);
  });

  it("keeps skipping a user sheet named 検証結果 (the pane's own name for its result sheet)", async () => {
    const fake = FakeExcel.fromGrids([kpiSheet("KPI", 3), kpiSheet(RESULT_SHEET, 3)]);
    const { check } = await validateWorkbook(portOver(fake), recordingChecker());
    expect(check.grids.map((g) => g.name)).toEqual(["KPI"]);
  });

  it.each([
    ["1.13 (no merged areas)", "1.12"],
    ["1.9 (no special cells: formulas read for every cell)", "1.8"],
  ])("below ExcelApi %s still takes 3 syncs", async (_, apiVersion) => {
    const grid: Grid = {
      name: "KPI",
      cells: [
        [
          { value: "区分", text: "区分" },
          { value: 4, text: "4", formula: "2*2" },
        ],
        [undefined, { value: 5, text: "5" }],
      ],
      merges: [{ top: 0, left: 0, bottom: 1, right: 0 }],
      rowCount: 2,
      colCount: 2,
    };
    const fake = FakeExcel.fromGrids([grid], { apiVersion });
    const { syncs, result } = await syncsOf(fake, () => validateWorkbook(portOver(fake), recordingChecker()));
    expect(syncs).toBe(3);
    const [read] = result.check.grids;
    expect(read.cells[0][1]).toEqual({ value: 4, text: "4", formula: "2*2" });
    expect(read.merges).toEqual([]);
    expect(read.cells[1][1]).toEqual({ value: 5, text: "5" });
  });

  it("when all sheets' cells exceed the payload limit (Excel on the web: 5 MB), reads a sheet per sync, with the same grids", async () => {
    // Three sheets of 10,000 rows × 16 columns are ≈ 12 MB; scaled down here to 1,000 rows and 1 MB.
    const grids = [kpiSheet("KPI", 1_000), kpiSheet("総合戦略", 1_000), kpiSheet("新規 指標", 1_000)];
    const roomy = FakeExcel.fromGrids(grids);
    const whole = await syncsOf(roomy, () => validateWorkbook(portOver(roomy), recordingChecker()));
    expect(whole.syncs).toBe(3);
    const limited = FakeExcel.fromGrids(grids, { payloadLimit: 1024 * 1024 });
    const split = await syncsOf(limited, () => validateWorkbook(portOver(limited), recordingChecker()));
    // Sheet list, used ranges, the refused batch of all cells, then one sheet per sync.
    expect(split.syncs).toBe(6);
    expect(split.result.check.grids).toEqual(whole.result.check.grids);
  });
});

describe("適用 and 元に戻す with the real engine", () => {
  /** The consistent fixture sheet with two targets emptied and one overwritten by a user. */
  function edited(): { grid: Grid; emptied: string[]; userEdited: string } {
    const grid = consistentGrid();
    // Every row of this sheet is 一致, and a 一致 row offers nothing to write (issue 12.1):
    // the target cells come from the column map.
    const { sheets } = checkSheets([grid], []).report;
    const fills = sheets[0].rows.map((r) => `${sheets[0].tables[0].columns.target}${r.row}`);
    const [a, b, c] = fills;
    for (const address of [a, b]) {
      const at = parseAddress(address)!;
      grid.cells[at.row][at.col] = undefined;
    }
    const at = parseAddress(c)!;
    grid.cells[at.row][at.col] = { value: "1件", text: "1件" };
    return { grid, emptied: [a, b], userEdited: c };
  }

  async function applyDefaults(options: FakeExcelOptions = {}) {
    const { grid, emptied, userEdited } = edited();
    const fake = FakeExcel.fromGrids([grid], options);
    const before = fake.snapshotState();
    const port = portOver(fake);
    const validate = await syncsOf(fake, () => validateWorkbook(port, checkSheets));
    const rows = previewRows(validate.result.check.report);
    const writes = writesFor(rows, defaultTicked(rows));
    const apply = await syncsOf(fake, () => applyTargets(port, checkSheets, writes));
    return { fake, before, port, rows, writes, validate, apply, emptied, userEdited };
  }

  it("writes the emptied targets only, leaves the user's value, and the re-check matches them", async () => {
    const { fake, rows, writes, validate, apply, emptied, userEdited } = await applyDefaults();
    expect(validate.syncs).toBe(3);
    expect(apply.syncs).toBe(4);
    expect(writes.map((w) => w.address)).toEqual(emptied);
    const name = validate.result.check.grids[0].name;
    for (const w of writes) expect(fake.cell(name, w.address)?.value).toBe(w.value);
    expect(fake.cell(name, userEdited)?.value).toBe("1件");
    const after = previewRows(apply.result.check.report);
    // By row: a row judged 一致 carries no fill to find it by.
    const statusOf = (list: typeof rows, address: string) =>
      list.find((r) => r.row === parseAddress(address)!.row + 1)?.status;
    expect(emptied.map((a) => statusOf(rows, a))).toEqual(["computed", "computed"]);
    expect(emptied.map((a) => statusOf(after, a))).toEqual(["match", "match"]);
    expect(statusOf(after, userEdited)).toBe("mismatch");
  });

  it("applying the same targets twice changes nothing the second time, and one revert restores the original", async () => {
    const { fake, before, port, writes } = await applyDefaults();
    const afterFirst = fake.snapshotState();
    const again = await applyTargets(port, checkSheets, writes);
    expect(again.written).toBe(0);
    expect(again.canRevert).toBe(true);
    expect(fake.snapshotState()).toEqual(afterFirst);
    const reverted = await revertTargets(port, checkSheets);
    expect(reverted.restored).toBe(writes.length);
    expect(fake.snapshotState()).toEqual(before);
  });

  it("元に戻す after save and reopen restores the original in 5 syncs; with nothing to revert it only re-checks", async () => {
    const { fake, before, writes } = await applyDefaults({ apiVersion: "1.14" });
    const reopened = FakeExcel.open(fake.save(), { apiVersion: "1.14" });
    const port = portOver(reopened);
    const revert = await syncsOf(reopened, () => revertTargets(port, checkSheets));
    expect(revert.syncs).toBe(5);
    expect(revert.result.restored).toBe(writes.length);
    expect(reopened.snapshotState()).toEqual(before);
    expect(await port.canRevert()).toBe(false);
    const nothing = await syncsOf(reopened, () => revertTargets(port, checkSheets));
    expect(nothing.syncs).toBe(3);
    expect(nothing.result.restored).toBe(0);
    expect(reopened.snapshotState()).toEqual(before);
  });
});

describe("列の対応を保存", () => {
  it("saves the mapping with the others and checks with them", async () => {
    const fake = FakeExcel.fromGrids(workbook(10, 3));
    const port = portOver(fake);
    const other = { sheet: "総合戦略", headerTop: 1, headerBottom: 1, columns: { indicator: "B" }, actuals: [] };
    await port.setSetting(MAPPING_SETTING, [other]);
    const mine = { sheet: "KPI", headerTop: 1, headerBottom: 1, columns: { indicator: "A", target: "P" }, actuals: [] };
    const checker = recordingChecker();
    const { syncs, result } = await syncsOf(fake, () => saveMappingAndCheck(port, checker, mine));
    // getSetting, setSetting, then 検証's three.
    expect(syncs).toBe(5);
    expect(result.mappings).toEqual([other, mine]);
    expect(checker.calls[0].mappings).toEqual([other, mine]);
  });

  it("saves one table's mapping in place of the one it was edited from; the sheet's other table keeps its own", async () => {
    const grid = twoTableGrid();
    const fake = FakeExcel.fromGrids([grid]);
    const port = portOver(fake);
    const first = anchored(grid, 1, { indicator: "B", target: "E" });
    const second = anchored(grid, 6, { indicator: "B", target: "E" });
    await port.setSetting(MAPPING_SETTING, [first, second]);
    const corrected = { ...second, targetYear: "R9" };
    const { syncs, result } = await syncsOf(fake, () => saveMappingAndCheck(port, checkSheets, corrected, second));
    expect(syncs).toBe(5);
    expect(result.mappings).toEqual([first, corrected]);
    expect(result.check.layouts[grid.name].map((l) => [l.id, l.headerTop, l.targetYear?.label])).toEqual([
      ["custom", 1, undefined],
      ["custom", 6, "R9"],
    ]);
    // Reopened, the workbook gives the same mappings back.
    const reopened = portOver(FakeExcel.open(fake.save()));
    expect(await reopened.getSetting(MAPPING_SETTING)).toEqual([first, corrected]);
  });

  it("自動認識に戻す drops that table's mapping only, in as many syncs as saving", async () => {
    const grid = twoTableGrid();
    const fake = FakeExcel.fromGrids([grid]);
    const port = portOver(fake);
    const first = anchored(grid, 1, { indicator: "B", target: "E" });
    const second = anchored(grid, 6, { indicator: "B", target: "E" });
    await port.setSetting(MAPPING_SETTING, [first, second]);
    const { syncs, result } = await syncsOf(fake, () => forgetMappingAndCheck(port, checkSheets, second));
    expect(syncs).toBe(5);
    expect(result.mappings).toEqual([first]);
    expect(result.check.layouts[grid.name].map((l) => l.id)).toEqual(["custom", "generic"]);
  });

  it("a mapping saved in the earlier form (one per sheet, no anchor, no actuals) loads and is used", async () => {
    const grid = twoTableGrid();
    const fake = FakeExcel.fromGrids([grid]);
    const port = portOver(fake);
    // As an earlier version wrote it: JSON text in the workbook's settings.
    const old = { sheet: grid.name, headerTop: 1, headerBottom: 1, columns: { indicator: "B", target: "E" } };
    await port.setSetting(MAPPING_SETTING, [old]);
    const { result } = await syncsOf(fake, () => validateWorkbook(port, checkSheets));
    expect(result.mappings).toEqual([{ ...old, actuals: [] }]);
    expect(result.check.layouts[grid.name].map((l) => l.id)).toEqual(["custom"]);
    // Saved again as the first table's mapping, it gives way: the second table is recognised again.
    const anew = anchored(grid, 1, { indicator: "B", target: "E" });
    const saved = await saveMappingAndCheck(port, checkSheets, anew, result.mappings[0]);
    expect(saved.mappings).toEqual([anew]);
    expect(saved.check.layouts[grid.name].map((l) => l.id)).toEqual(["custom", "generic"]);
  });
});

/** A table's mapping anchored on `grid` as the pane saves it. */
function anchored(grid: Grid, header: number, columns: ManualMapping["columns"]): ManualMapping {
  const m: ManualMapping = { sheet: grid.name, headerTop: header, headerBottom: header, columns, actuals: [] };
  return { ...m, anchor: anchorOf(grid, m) };
}
