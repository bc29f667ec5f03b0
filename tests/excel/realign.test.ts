import { gridFromRows, parseAddress, type Grid, type MergedArea } from "../../src/core/grid/grid";
import { createExcelPort } from "../../src/excel/excel-port";
import { checkSheets } from "../../src/taskpane/checker";
import { realignRows, realignWrites, realignments, revertTargets, validateWorkbook } from "../../src/taskpane/flows";
import { kyoseiVision } from "../../samples/data/kyosei-vision";
import { FakeExcel, fakeOfficeDeps } from "../support/fake-excel";
import { typeInto } from "../support/fake-user";

/** 列のずれを直す on the 共生ビジョン sample's PDF-shifted rows, through the Excel adapter. */

function sampleGrid(): Grid {
  const sheet = kyoseiVision.sheets[0];
  const merges: MergedArea[] = sheet.merges.map((m) => {
    const [a, b = a] = m.split(":").map((x) => parseAddress(x)!);
    return { top: a.row, left: a.col, bottom: b.row, right: b.col };
  });
  return gridFromRows(sheet.name, sheet.rows, merges);
}

const shifts = (check: Awaited<ReturnType<typeof validateWorkbook>>["check"]) =>
  check.report.sheets.flatMap((s) => s.findings.filter((f) => f.code === "COLUMN_SHIFT"));

async function setUp() {
  const fake = FakeExcel.fromGrids([sampleGrid()]);
  const original = fake.snapshotState();
  const port = createExcelPort(fakeOfficeDeps(fake));
  const { check } = await validateWorkbook(port, checkSheets);
  return { fake, original, port, check };
}

describe("列のずれを直す", () => {
  it("realigns the sample's shifted rows: the re-check has no COLUMN_SHIFT, and 元に戻す restores exactly", async () => {
    const { fake, original, port, check } = await setUp();
    const found = shifts(check);
    expect(found.length).toBeGreaterThan(0);
    const rows = realignments(check);
    expect(rows.map((r) => r.row)).toEqual(found.map((f) => f.row));

    const before = fake.syncCount;
    const fixed = await realignRows(port, checkSheets, check, rows);
    expect(fake.syncCount - before).toBe(4);
    expect(fixed.skipped).toEqual([]);
    expect(shifts(fixed.check)).toEqual([]);
    // Each moved text is now in its column (after the label it joined, if any), and nothing else changed.
    const sheet = check.grids[0].name;
    const joined = rows.flatMap((r) => r.moves).filter((m) => fake.cell(sheet, m.to)?.value !== m.text);
    expect(joined.map((m) => fake.cell(sheet, m.to)?.value)).toEqual(
      joined.map((m) => `${original.sheets[0].cells[m.to].value}\n${m.text}`),
    );
    expect(joined.map((m) => m.to)).toEqual(["B14", "B24", "B30"]);
    const touched = new Set(rows.flatMap((r) => r.moves.flatMap((m) => [m.from, m.to])));
    for (const [address, cell] of Object.entries(original.sheets[0].cells))
      if (!touched.has(address)) expect(fake.cell(sheet, address)).toEqual(cell);

    const undone = await revertTargets(port, checkSheets);
    expect(undone).toMatchObject({ skipped: [], canRevert: false });
    expect(fake.snapshotState()).toEqual(original);
    expect(shifts(undone.check)).toEqual(found);
  });

  it("a row with a cell edited after the check is left whole; the other rows are realigned", async () => {
    const { fake, port, check } = await setUp();
    const sheet = check.grids[0].name;
    const rows = realignments(check);
    const damaged = rows.find((r) => r.moves.length > 1)!;
    const edited = damaged.moves[1].from;
    typeInto(fake, sheet, edited, "利用者が直した");
    const untouched = damaged.moves.flatMap((m) => [m.from, m.to]).map((a) => [a, fake.cell(sheet, a)] as const);
    const fixed = await realignRows(port, checkSheets, check, rows);
    expect(fixed.skipped).toContainEqual({ sheet, address: edited, reason: "changed" });
    expect(fixed.skipped.filter((s) => s.reason !== "group").map((s) => s.address)).toEqual([edited]);
    expect(untouched.map(([a]) => [a, fake.cell(sheet, a)])).toEqual(untouched);
    const left = shifts(fixed.check).map((f) => f.row);
    expect(left).toEqual([damaged.row]);
  });

  it("keeps what a destination holds: text is joined, a number blocks the row", () => {
    const grid = sampleGrid();
    const check = checkSheets([grid], []);
    const [row] = realignments(check);
    const target = row.moves.find((m) => !row.moves.some((o) => o.from === m.to))!;
    const at = parseAddress(target.to)!;
    grid.cells[at.row][at.col] = { value: "先客", text: "先客" };
    const withText = { ...check, grids: [grid] };
    expect(realignments(withText).map((r) => r.row)).toContain(row.row);
    expect(realignWrites(withText, [row]).find((w) => w.address === target.to)).toEqual({
      sheet: grid.name,
      address: target.to,
      value: `先客\n${target.text}`,
      expect: { value: "先客" },
      group: `${grid.name}!${row.moves[0].from}`,
    });
    grid.cells[at.row][at.col] = { value: 5, text: "5" };
    expect(realignments(withText).map((r) => r.row)).not.toContain(row.row);
    expect(realignWrites(check, [row]).every((w) => w.expect !== undefined)).toBe(true);
  });

  it("leaves a row whose moved cell is in a merged area; a merge beside the moves does not block it", () => {
    const grid = sampleGrid();
    const check = checkSheets([grid], []);
    const [row] = realignments(check);
    const at = parseAddress(row.moves[0].to)!;
    const withMerge = (m: MergedArea) => ({ ...check, grids: [{ ...grid, merges: [...grid.merges, m] }] });
    // The destination merged with the cell below it (a later row, so no other merge is in the way).
    const over = withMerge({ top: at.row, left: at.col, bottom: at.row + 1, right: at.col });
    expect(realignments(over).map((r) => r.row)).not.toContain(row.row);
    const touched = new Set(row.moves.flatMap((m) => [m.from, m.to]).map((a) => parseAddress(a)!.col));
    const free = [...Array(grid.colCount).keys()].find((c) => !touched.has(c) && !touched.has(c + 1))!;
    const beside = withMerge({ top: at.row, left: free, bottom: at.row, right: free + 1 });
    expect(realignments(beside).map((r) => r.row)).toContain(row.row);
  });
});
