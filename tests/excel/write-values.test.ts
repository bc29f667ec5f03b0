import { gridFromRows } from "../../src/core/grid/grid";
import { createExcelPort } from "../../src/excel/excel-port";
import { SNAPSHOT_SHEET, encodeSnapshot, decodeSnapshot, emptySnapshot } from "../../src/excel/snapshot-store";
import type { CellWrite } from "../../src/port/workbook-port";
import { FakeExcel, fakeOfficeDeps } from "../support/fake-excel";

/** A KPI sheet: N holds the R12 target; N3 is empty, N4 has a user's value, N5 a formula. */
function workbook(apiVersion = "1.18"): FakeExcel {
  const grid = gridFromRows(
    "KPI",
    [
      ["指標", "R6年度", "R12指標値"],
      ["来館者数", 17842, null],
      ["相談件数", 120, "150件"],
      ["参加率", 0.5, null],
    ],
    [],
    { B2: "#,##0" },
  );
  // Move the target column to N and add a formula target with its cached result.
  const cells = grid.cells.map((row) => [row[0], row[1], ...new Array(11).fill(undefined), row[2]]);
  cells[3][13] = { value: 0.55, text: "55.0%", numberFormat: "0.0%", formula: "B4*1.1" };
  return FakeExcel.fromGrids([{ ...grid, cells, colCount: 14 }], {
    apiVersion,
    fills: { KPI: { N3: "#FFFF00" } },
  });
}

const WRITES: CellWrite[] = [
  { sheet: "KPI", address: "N2", value: 18940, numberFormat: "#,##0" },
  { sheet: "KPI", address: "N3", value: "160件" },
  { sheet: "KPI", address: "N4", value: "60.0%" },
];

describe("writeValues / revert", () => {
  it("writes the targets in at most three syncs, snapshotting first", async () => {
    const fake = workbook();
    await createExcelPort(fakeOfficeDeps(fake)).writeValues(WRITES);
    expect(fake.syncCount).toBeLessThanOrEqual(3);
    expect(fake.cell("KPI", "N2")).toEqual({ value: 18940, numberFormat: "#,##0" });
    expect(fake.cell("KPI", "N3")).toEqual({ value: "160件", fill: { color: "#FFFF00", pattern: "Solid" } });
    expect(fake.cell("KPI", "N4")).toEqual({ value: "60.0%", numberFormat: "0.0%" });
    const snapshotSheet = fake.sheet(SNAPSHOT_SHEET);
    expect(snapshotSheet?.visibility).toBe("VeryHidden");
    // The snapshot was written before the first target value.
    const firstTarget = fake.writeLog.findIndex((w) => w.sheet === "KPI");
    const lastSnapshot = fake.writeLog.map((w) => w.sheet).lastIndexOf(SNAPSHOT_SHEET);
    expect(lastSnapshot).toBeGreaterThanOrEqual(0);
    expect(lastSnapshot).toBeLessThan(firstTarget);
  });

  it("apply → revert restores values, number formats, formulas and fills exactly", async () => {
    const fake = workbook();
    const before = fake.snapshotState();
    const port = createExcelPort(fakeOfficeDeps(fake));
    await port.writeValues(WRITES);
    expect(await port.canRevert()).toBe(true);
    expect(await port.revert()).toEqual({ restored: 3, skipped: [], canRevert: false });
    expect(fake.snapshotState()).toEqual(before);
    expect(await port.canRevert()).toBe(false);
  });

  it("reverts after the workbook was saved and reopened", async () => {
    const fake = workbook();
    const before = fake.snapshotState();
    await createExcelPort(fakeOfficeDeps(fake)).writeValues(WRITES);
    const reopened = FakeExcel.open(fake.save());
    const port = createExcelPort(fakeOfficeDeps(reopened));
    expect(await port.canRevert()).toBe(true);
    expect(await port.revert()).toEqual({ restored: 3, skipped: [], canRevert: false });
    expect(reopened.snapshotState()).toEqual(before);
  });

  it("applying twice changes nothing the second time, and revert still restores the original", async () => {
    const fake = workbook();
    const before = fake.snapshotState();
    const port = createExcelPort(fakeOfficeDeps(fake));
    await port.writeValues(WRITES);
    const afterFirst = fake.snapshotState();
    const logged = fake.writeLog.length;
    await port.writeValues(WRITES);
    expect(fake.snapshotState()).toEqual(afterFirst);
    expect(fake.writeLog.length).toBe(logged);
    await port.revert();
    expect(fake.snapshotState()).toEqual(before);
  });

  it("two applies are two undo steps: the first revert goes back to the first apply, the second to the original", async () => {
    const fake = workbook();
    const before = fake.snapshotState();
    const port = createExcelPort(fakeOfficeDeps(fake));
    await port.writeValues(WRITES);
    const afterFirst = fake.snapshotState();
    await port.writeValues([{ sheet: "KPI", address: "N2", value: 19000, numberFormat: "#,##0" }]);
    expect(fake.cell("KPI", "N2")?.value).toBe(19000);
    expect(await port.revert()).toEqual({ restored: 1, skipped: [], canRevert: true });
    expect(fake.cell("KPI", "N2")?.value).toBe(18940);
    const { sheets: _a, ...restAfterFirst } = afterFirst;
    const { sheets: _b, ...restNow } = fake.snapshotState();
    expect(restNow).toEqual(restAfterFirst);
    expect(fake.snapshotState().sheets[0]).toEqual(afterFirst.sheets[0]);
    expect(await port.revert()).toEqual({ restored: 3, skipped: [], canRevert: false });
    expect(fake.snapshotState()).toEqual(before);
  });

  it("never touches a target cell it was not given (a user-edited, unticked target)", async () => {
    const fake = workbook();
    const userCell = fake.cell("KPI", "N3");
    // The task pane leaves N3 (non-empty, not ticked) out of the writes.
    await createExcelPort(fakeOfficeDeps(fake)).writeValues(WRITES.filter((w) => w.address !== "N3"));
    expect(fake.cell("KPI", "N3")).toEqual(userCell);
    expect(fake.writeLog.filter((w) => w.sheet === "KPI" && w.address === "N3")).toEqual([]);
    expect(fake.cell("KPI", "N2")?.value).toBe(18940);
  });

  it("writes nothing, not even a snapshot, when every value is already there", async () => {
    const fake = workbook();
    const before = fake.snapshotState();
    await createExcelPort(fakeOfficeDeps(fake)).writeValues([{ sheet: "KPI", address: "N3", value: "150件" }]);
    expect(fake.snapshotState()).toEqual(before);
    expect(fake.writeLog).toEqual([]);
  });

  it("keeps a text-formatted value text when reverting (format restored before the value)", async () => {
    const fake = FakeExcel.fromGrids([gridFromRows("KPI", [["001"]], [], { A1: "@" })]);
    const before = fake.snapshotState();
    const port = createExcelPort(fakeOfficeDeps(fake));
    await port.writeValues([{ sheet: "KPI", address: "A1", value: 5, numberFormat: "General" }]);
    expect(fake.cell("KPI", "A1")).toEqual({ value: 5 });
    await port.revert();
    expect(fake.cell("KPI", "A1")).toEqual({ value: "001", numberFormat: "@" });
    expect(fake.snapshotState()).toEqual(before);
  });

  it("revert without a snapshot restores nothing and changes nothing", async () => {
    const fake = workbook();
    const before = fake.snapshotState();
    expect(await createExcelPort(fakeOfficeDeps(fake)).revert()).toEqual({
      restored: 0,
      skipped: [],
      canRevert: false,
    });
    expect(fake.snapshotState()).toEqual(before);
  });

  it("tells what it wrote and whether a revert is possible, without reading the workbook unless asked", async () => {
    const fake = workbook();
    const port = createExcelPort(fakeOfficeDeps(fake));
    expect(await port.writeValues([])).toEqual({ written: 0, skipped: [], canRevert: false });
    // N3 already holds 150件: nothing to write, nothing to revert.
    expect(await port.writeValues([{ sheet: "KPI", address: "N3", value: "150件" }])).toEqual({
      written: 0,
      skipped: [],
      canRevert: false,
    });
    const result = await port.writeValues(WRITES);
    expect(result).toEqual({ written: 3, skipped: [], canRevert: true });
    expect("contents" in result).toBe(false);
    // Writing the same again changes nothing, and the first snapshot still allows the revert.
    expect(await port.writeValues(WRITES)).toEqual({ written: 0, skipped: [], canRevert: true });
    const reverted = await port.revert();
    expect(reverted).toEqual({ restored: 3, skipped: [], canRevert: false });
    expect("contents" in reverted).toBe(false);
  });
});

describe("snapshot encoding", () => {
  it("splits a long record into chunks under Excel's 32,767-character cell limit and reads it back", () => {
    const data = emptySnapshot();
    for (let i = 0; i < 2_000; i++) {
      data.steps.push({ values: [] });
      data.steps[i].values.push({
        sheetId: "{sheet-1}",
        sheet: "KPI",
        address: `N${i + 1}`,
        formula: "=x".repeat(20),
        value: 1,
        numberFormat: "General",
      });
    }
    const chunks = encodeSnapshot(data);
    expect(chunks.length).toBeGreaterThan(1);
    expect(Math.max(...chunks.map((c) => c.length))).toBeLessThanOrEqual(32_767);
    expect(chunks.every((c) => c.startsWith("k"))).toBe(true);
    expect(decodeSnapshot(chunks)).toEqual(data);
  });

  it("refuses a record of an unknown format instead of reading it as empty", () => {
    expect(() => decodeSnapshot(['k{"version":2,"values":[],"marks":[]}'])).toThrow(/unknown snapshot format/);
    expect(decodeSnapshot([""])).toEqual(emptySnapshot());
  });
});

describe("records of the first format (before undo steps and sheet ids)", () => {
  it("are read as one undo step found by sheet name; their notes are kept as possibly the user's", async () => {
    const fake = workbook();
    const before = fake.snapshotState();
    fake.cell("KPI", "N3")!.value = "160件";
    fake.state.notes.push({ sheet: "KPI", address: "A2", content: "単位" });
    const v1 = {
      version: 1,
      values: [{ sheet: "KPI", address: "N3", formula: "150件", value: "150件", numberFormat: "General" }],
      marks: [{ sheet: "KPI", address: "A2", fill: { color: "#FFFFFF", pattern: "None" }, annotation: "note" }],
    };
    fake.state.sheets.push({
      id: "{sheet-9}",
      name: SNAPSHOT_SHEET,
      visibility: "VeryHidden",
      cells: { A1: { value: `k${JSON.stringify(v1)}`, numberFormat: "@" } },
      merges: [],
    });
    const port = createExcelPort(fakeOfficeDeps(fake));
    expect(await port.canRevert()).toBe(true);
    expect(await port.revert()).toEqual({ restored: 1, skipped: [], canRevert: false });
    expect(fake.cell("KPI", "N3")?.value).toBe("150件");
    await port.clearMarks();
    expect(fake.state.notes).toEqual([{ sheet: "KPI", address: "A2", content: "単位" }]);
    expect(fake.sheet(SNAPSHOT_SHEET)).toBeUndefined();
    const { notes: _n, ...now } = fake.snapshotState();
    const { notes: _b, ...then } = before;
    expect(now).toEqual(then);
  });
});
