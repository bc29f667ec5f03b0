import { type Grid, gridFromRows, parseAddress } from "../../src/core/grid/grid";
import { ANNOTATION_MARKER, annotationText } from "../../src/excel/annotations";
import { createExcelPort } from "../../src/excel/excel-port";
import { MARK_COLOURS } from "../../src/excel/marks";
import { RESULT_SHEET } from "../../src/excel/result-sheet";
import { SNAPSHOT_SHEET } from "../../src/excel/snapshot-store";
import type { CellMark, WorkbookPort } from "../../src/port/workbook-port";
import { checkSheets } from "../../src/taskpane/checker";
import { applyTargets, revertTargets, validateWorkbook } from "../../src/taskpane/flows";
import { defaultTicked, previewRows, writesFor } from "../../src/taskpane/model/preview";
import { consistentGrid } from "../fixtures/consistent-sheet";
import { FakeExcel, type FakeExcelOptions, fakeOfficeDeps } from "../support/fake-excel";
import { addComment, addNote, insertRow, renameSheet, reply, typeInto } from "../support/fake-user";
import { type TestFinding, resultTables } from "../support/result-tables";

/**
 * Issue 12's scenarios, add-in side: each way the add-in could hurt a workbook, tried as a user
 * would against the in-memory Excel, and what it must do instead.
 */

function portOver(fake: FakeExcel): WorkbookPort {
  return createExcelPort(fakeOfficeDeps(fake));
}

/** The consistent fixture with two targets emptied: 適用's default ticks fill them. */
function emptiedSheet(): { grid: Grid; emptied: string[] } {
  const grid = consistentGrid();
  // A 一致 row offers nothing to write (issue 12.1): the target cells come from the column map.
  const { sheets } = checkSheets([grid], []).report;
  const fills = sheets[0].rows.map((r) => `${sheets[0].tables[0].columns.target}${r.row}`);
  const emptied = [fills[2], fills[5]];
  for (const address of emptied) {
    const at = parseAddress(address)!;
    grid.cells[at.row][at.col] = undefined;
  }
  return { grid, emptied };
}

async function recalculated(options: FakeExcelOptions = {}) {
  const { grid, emptied } = emptiedSheet();
  const fake = FakeExcel.fromGrids([grid], options);
  const original = fake.snapshotState();
  const port = portOver(fake);
  const checked = await validateWorkbook(port, checkSheets);
  const rows = previewRows(checked.check.report);
  const writes = writesFor(rows, defaultTicked(rows));
  expect(writes.map((w) => w.address)).toEqual(emptied);
  return { fake, original, port, checked, writes, sheet: grid.name, emptied };
}

const rowOf = (address: string): number => parseAddress(address)!.row + 1;
const below = (address: string): string => address.replace(/\d+$/, (n) => String(Number(n) + 1));

describe("wrong cells after the sheet changes", () => {
  it("a row inserted after 目標値を再計算: 適用 writes nothing into the indicator that moved up into place", async () => {
    const { fake, port, checked, writes, sheet, emptied } = await recalculated();
    // A row inserted above the previous indicator pushes that indicator into the emptied row's place.
    insertRow(fake, sheet, rowOf(emptied[0]) - 1);
    const before = fake.snapshotState();
    const applied = await applyTargets(port, checkSheets, writes, checked.check);
    expect(applied.written).toBe(0);
    expect(applied.skipped.map((s) => [s.address, s.reason])).toEqual(emptied.map((a) => [a, "moved"]));
    expect(fake.snapshotState()).toEqual(before);
    expect(fake.sheet(SNAPSHOT_SHEET)).toBeUndefined();
  });

  it("a row inserted between 適用 and 元に戻す: undo leaves the new row and the moved targets alone", async () => {
    const { fake, port, checked, writes, sheet, emptied } = await recalculated();
    const applied = await applyTargets(port, checkSheets, writes, checked.check);
    expect(applied.written).toBe(2);
    insertRow(fake, sheet, rowOf(emptied[1]));
    const before = fake.snapshotState();
    const reverted = await revertTargets(port, checkSheets);
    // The first target (above the insertion) is restored (emptied again); the second moved: left.
    expect(reverted.restored).toBe(1);
    expect(reverted.skipped).toEqual([{ sheet, address: emptied[1], reason: "moved", original: "" }]);
    expect(fake.cell(sheet, emptied[0])).toBeUndefined();
    expect(fake.cell(sheet, emptied[1])).toEqual(before.sheets[0].cells[emptied[1]]);
    expect(fake.cell(sheet, below(emptied[1]))?.value).toBe(writes[1].value);
    expect(reverted.canRevert).toBe(false);
    expect(fake.sheet(SNAPSHOT_SHEET)).toBeUndefined();
  });

  it("a correction typed after 適用 is not reverted, and the user is told what was there before", async () => {
    const { fake, original, port, checked, writes, sheet, emptied } = await recalculated();
    await applyTargets(port, checkSheets, writes, checked.check);
    typeInto(fake, sheet, emptied[0], "9件/年（課長確認済み）");
    const reverted = await revertTargets(port, checkSheets);
    expect(reverted.restored).toBe(1);
    expect(reverted.skipped).toEqual([{ sheet, address: emptied[0], reason: "changed", original: "" }]);
    expect(fake.cell(sheet, emptied[0])?.value).toBe("9件/年（課長確認済み）");
    expect(fake.cell(sheet, emptied[1])).toEqual(original.sheets[0].cells[emptied[1]]);
  });

  it("a cell filled in by the user after 目標値を再計算 is not overwritten by 適用", async () => {
    const { fake, port, checked, writes, sheet, emptied } = await recalculated();
    typeInto(fake, sheet, emptied[1], "200件/年");
    const applied = await applyTargets(port, checkSheets, writes, checked.check);
    expect(applied.written).toBe(1);
    expect(applied.skipped).toEqual([{ sheet, address: emptied[1], reason: "changed" }]);
    expect(fake.cell(sheet, emptied[1])?.value).toBe("200件/年");
  });

  it("a renamed sheet: 元に戻す and 印を消す still find their cells (records keep the sheet's id)", async () => {
    const { fake, original, port, checked, writes, sheet, emptied } = await recalculated();
    await applyTargets(port, checkSheets, writes, checked.check);
    await port.markCells([{ sheet, address: emptied[0], severity: "error", text: "確認" }]);
    renameSheet(fake, sheet, "R7 KPI");
    const reopened = FakeExcel.open(fake.save());
    const again = portOver(reopened);
    expect((await again.clearMarks()).cleared).toBe(1);
    const reverted = await revertTargets(again, checkSheets);
    expect(reverted).toMatchObject({ restored: 2, skipped: [], canRevert: false });
    const renamedOriginal = { ...original.sheets[0], name: "R7 KPI" };
    expect(reopened.snapshotState().sheets).toEqual([renamedOriginal]);
  });

  it("two 適用 are two undo steps", async () => {
    const { fake, original, port, checked, writes, sheet } = await recalculated();
    await applyTargets(port, checkSheets, writes.slice(0, 1), checked.check);
    const afterFirst = fake.snapshotState();
    const second = await applyTargets(port, checkSheets, writes.slice(1), checked.check);
    expect(second.canRevert).toBe(true);
    const first = await revertTargets(port, checkSheets);
    expect(first).toMatchObject({ restored: 1, canRevert: true });
    expect(fake.snapshotState().sheets[0]).toEqual(afterFirst.sheets[0]);
    expect(await revertTargets(port, checkSheets)).toMatchObject({ restored: 1, canRevert: false });
    expect(fake.snapshotState()).toEqual(original);
    expect(fake.sheet(sheet)).toBeDefined();
  });

  it("a protected sheet is neither written nor marked, and nothing fails", async () => {
    const { fake, port, checked, writes, sheet, emptied } = await recalculated();
    fake.sheet(sheet)!.protected = true;
    const before = fake.snapshotState();
    const applied = await applyTargets(port, checkSheets, writes, checked.check);
    expect(applied.skipped.map((s) => s.reason)).toEqual(["protected", "protected"]);
    const marked = await port.markCells([{ sheet, address: emptied[0], severity: "error", text: "確認" }]);
    expect(marked).toEqual({ marked: 0, skipped: [{ sheet, address: emptied[0], reason: "protected" }] });
    expect(fake.snapshotState()).toEqual(before);
  });
});

describe("user content is never lost", () => {
  const grid = (): Grid =>
    gridFromRows("KPI", [
      ["指標", "R6", "R12"],
      ["来館者数", 17842, "18,940人/年"],
      ["相談件数", 120, "150件"],
    ]);
  const MARKS: CellMark[] = [
    { sheet: "KPI", address: "C2", severity: "error", text: "目標値が根拠と一致しません" },
    { sheet: "KPI", address: "C3", severity: "warning", text: "単位" },
  ];

  it("印を消す resolves a thread a colleague replied to instead of deleting it (ExcelApi 1.14)", async () => {
    const fake = FakeExcel.fromGrids([grid()], { apiVersion: "1.14" });
    const port = portOver(fake);
    await port.markCells(MARKS);
    reply(fake, "KPI", "C2", "確認しました（田中）");
    const cleared = await port.clearMarks();
    expect(cleared.kept).toEqual([{ sheet: "KPI", address: "C2", reason: "replied" }]);
    expect(fake.state.comments).toEqual([
      expect.objectContaining({ address: "C2", replies: ["確認しました（田中）"], resolved: true }),
    ]);
  });

  it("on ExcelApi 1.10 (no Comment.resolved) a replied thread is left as it is", async () => {
    const fake = FakeExcel.fromGrids([grid()], { apiVersion: "1.10" });
    const port = portOver(fake);
    await port.markCells(MARKS);
    reply(fake, "KPI", "C3", "了解");
    await port.clearMarks();
    expect(fake.state.comments.map((c) => [c.address, c.replies, c.resolved ?? false])).toEqual([
      ["C3", ["了解"], false],
    ]);
  });

  it("a user's note on a marked cell is neither replaced nor removed; a user's comment thread neither", async () => {
    const fake = FakeExcel.fromGrids([grid()], { apiVersion: "1.18" });
    addNote(fake, "KPI", "C2", "昨年度から据え置き（係長）");
    const port = portOver(fake);
    await port.markCells(MARKS);
    expect(fake.state.notes).toEqual([
      { sheet: "KPI", address: "C2", content: "昨年度から据え置き（係長）" },
      { sheet: "KPI", address: "C3", content: annotationText("単位") },
    ]);
    await port.clearMarks();
    expect(fake.state.notes).toEqual([{ sheet: "KPI", address: "C2", content: "昨年度から据え置き（係長）" }]);

    const commented = FakeExcel.fromGrids([grid()], { apiVersion: "1.14" });
    addComment(commented, "KPI", "C3", "要確認", ["対応中"]);
    const before = commented.snapshotState();
    const p = portOver(commented);
    await p.markCells(MARKS);
    await p.clearMarks();
    expect(commented.snapshotState().comments).toEqual(before.comments);
  });

  it("a note of the add-in's that the user edited is kept by 印を消す", async () => {
    const fake = FakeExcel.fromGrids([grid()], { apiVersion: "1.18" });
    const port = portOver(fake);
    await port.markCells(MARKS);
    fake.state.notes[0].content += "\n→ 修正済み（佐藤）";
    const cleared = await port.clearMarks();
    expect(cleared.kept).toEqual([{ sheet: "KPI", address: "C2", reason: "edited" }]);
    expect(fake.state.notes).toEqual([
      { sheet: "KPI", address: "C2", content: `${annotationText("目標値が根拠と一致しません")}\n→ 修正済み（佐藤）` },
    ]);
    expect(fake.state.notes[0].content.startsWith(ANNOTATION_MARKER)).toBe(true);
  });

  it("a fill the user gave a marked cell is kept by 印を消す, and is the original when marked again", async () => {
    const fake = FakeExcel.fromGrids([grid()], { apiVersion: "1.18" });
    const port = portOver(fake);
    await port.markCells(MARKS);
    fake.cell("KPI", "C2")!.fill = { color: "#00B050", pattern: "Solid" };
    await port.markCells(MARKS);
    expect(fake.cell("KPI", "C2")?.fill?.color).toBe(MARK_COLOURS.error);
    const cleared = await port.clearMarks();
    expect(cleared.kept).toEqual([]);
    expect(fake.cell("KPI", "C2")?.fill).toEqual({ color: "#00B050", pattern: "Solid" });
    await port.markCells(MARKS);
    fake.cell("KPI", "C3")!.fill = { color: "#FF0000", pattern: "Solid" };
    expect((await port.clearMarks()).kept).toEqual([{ sheet: "KPI", address: "C3", reason: "changed" }]);
    expect(fake.cell("KPI", "C3")?.fill).toEqual({ color: "#FF0000", pattern: "Solid" });
    expect(fake.cell("KPI", "C2")?.fill).toEqual({ color: "#00B050", pattern: "Solid" });
  });

  it("below ExcelApi 1.18 a user's note (invisible to the API) makes the marks fall back to fills only", async () => {
    const fake = FakeExcel.fromGrids([grid()], { apiVersion: "1.14" });
    addNote(fake, "KPI", "C3", "前年どおり");
    const before = fake.snapshotState();
    const port = portOver(fake);
    expect(await port.markCells(MARKS)).toEqual({ marked: 2, skipped: [] });
    expect(fake.state.comments).toEqual([]);
    expect(fake.cell("KPI", "C3")?.fill?.color).toBe(MARK_COLOURS.warning);
    await port.clearMarks();
    expect({ ...fake.snapshotState(), nextCommentId: 0 }).toEqual({ ...before, nextCommentId: 0 });
  });

  it("a mark whose row moved is left as it is by 印を消す, and no other cell gets its fill", async () => {
    const fake = FakeExcel.fromGrids([grid()], { apiVersion: "1.18", fills: { KPI: { C3: "#92D050" } } });
    const port = portOver(fake);
    await port.markCells(MARKS);
    insertRow(fake, "KPI", 3);
    const cleared = await port.clearMarks();
    expect(cleared.kept).toEqual([{ sheet: "KPI", address: "C3", reason: "moved" }]);
    expect(fake.cell("KPI", "C2")?.fill).toBeUndefined();
    expect(fake.cell("KPI", "C3")).toBeUndefined();
    expect(fake.cell("KPI", "C4")?.fill?.color).toBe(MARK_COLOURS.warning);
  });

  it("a mark that fails half way is already recorded: 印を消す restores every fill", async () => {
    const fake = FakeExcel.fromGrids([grid()], { apiVersion: "1.18", fills: { KPI: { C3: "#92D050" } } });
    const before = fake.snapshotState();
    const port = portOver(fake);
    fake.failWhen = (w) => w.address === "C3" && w.property === "fill.color";
    await expect(port.markCells(MARKS)).rejects.toThrow(/GeneralException/);
    expect(fake.cell("KPI", "C2")?.fill?.color).toBe(MARK_COLOURS.error);
    fake.failWhen = null;
    await port.clearMarks();
    expect(fake.snapshotState()).toEqual(before);
  });

  it("「確定」 takes the marks off and drops the record sheet; the written values stay", async () => {
    const { fake, port, checked, writes, sheet, emptied } = await recalculated();
    await applyTargets(port, checkSheets, writes, checked.check);
    await port.markCells([{ sheet, address: emptied[0], severity: "info", text: "書き込み" }]);
    const done = await port.finalize();
    expect(done).toEqual({ cleared: 1, kept: [], dropped: true });
    expect(fake.sheet(SNAPSHOT_SHEET)).toBeUndefined();
    expect(fake.cell(sheet, emptied[0])?.value).toBe(writes[0].value);
    expect(fake.cell(sheet, emptied[0])?.fill).toBeUndefined();
    expect(fake.state.notes).toEqual([]);
    expect(await port.canRevert()).toBe(false);
  });
});

describe("the 検証結果 sheet is the add-in's own", () => {
  const LINES: TestFinding[] = [
    { sheet: "KPI", cell: "C2", severity: "error", code: "BASIS_MISMATCH", message: "根拠と一致しません" },
    { sheet: "KPI", cell: "C3", severity: "warning", code: "UNIT_STYLE", message: "単位の表記" },
  ];

  it("a user's own sheet named 検証結果 is left alone; the add-in takes a free name", async () => {
    const fake = FakeExcel.fromGrids([gridFromRows("KPI", [["指標"]]), gridFromRows(RESULT_SHEET, [["私のメモ", 1]])]);
    const users = fake.snapshotState().sheets[1];
    const [name] = await portOver(fake).writeResultSheet(resultTables(LINES));
    expect(name).toBe(`${RESULT_SHEET} (2)`);
    expect(fake.sheet(RESULT_SHEET)).toEqual(users);
  });

  it("columns the user added are kept on a rerun, and a renamed result sheet is still the one rewritten", async () => {
    const fake = FakeExcel.fromGrids([gridFromRows("KPI", [["指標"]])]);
    const port = portOver(fake);
    const [name] = await port.writeResultSheet(resultTables(LINES));
    typeInto(fake, name, "F3", "対応済み");
    typeInto(fake, name, "F4", "来週確認");
    renameSheet(fake, name, "点検結果");
    // A user sheet now holds the old name: it must not be touched.
    fake.state.sheets.push({
      id: "{sheet-99}",
      name,
      visibility: "Visible",
      cells: { A1: { value: "私の" } },
      merges: [],
    });
    expect(await port.writeResultSheet(resultTables(LINES.slice(0, 1)))).toEqual(["点検結果", "検証結果_目標値"]);
    expect(fake.cell("点検結果", "F3")?.value).toBe("対応済み");
    expect(fake.cell("点検結果", "F4")?.value).toBe("来週確認");
    expect(fake.cell("点検結果", "A1")?.value).toBe("重要度");
    expect(fake.cell("点検結果", "D2")?.value).toBe("根拠と一致しません");
    expect(fake.cell("点検結果", "D3")).toBeUndefined();
    expect(fake.sheet(name)?.cells).toEqual({ A1: { value: "私の" } });
  });
});

describe("cells read and written as Excel keeps them", () => {
  it.each([
    ['General"人"', 19000],
    ['[$-ja-JP]General"人"', 19000],
    ['#,##0"人"', 19000],
    ["0.0%", 0.124],
  ])("a number formatted %s is read as the number", async (numberFormat, value) => {
    const fake = FakeExcel.fromGrids([
      { name: "KPI", cells: [[{ value, text: "x", numberFormat }]], merges: [], rowCount: 1, colCount: 1 },
    ]);
    const grid = await portOver(fake).readSheet("KPI");
    expect(grid.cells[0][0]?.value).toBe(value);
  });

  it("a date-formatted number is read as its text (and a time too)", async () => {
    const fake = FakeExcel.fromGrids([
      {
        name: "KPI",
        cells: [
          [
            { value: 45383, text: "2024/4/1", numberFormat: "yyyy/m/d" },
            { value: 0.5, text: "12:00", numberFormat: "[h]:mm" },
          ],
        ],
        merges: [],
        rowCount: 1,
        colCount: 2,
      },
    ]);
    const grid = await portOver(fake).readSheet("KPI");
    expect(grid.cells[0].map((c) => c?.value)).toEqual(["2024/4/1", "12:00"]);
  });

  it.each(["12.4%", "1,000", "2024/4/1", "R6.4.1", "4月1日", "TRUE", "１２３", "=SUM(A1)", "001"])(
    "the text target %s is written so Excel keeps it as that text, and read back the same",
    async (text) => {
      const fake = FakeExcel.fromGrids([gridFromRows("KPI", [["指標", null]])]);
      const port = portOver(fake);
      await port.writeValues([{ sheet: "KPI", address: "B1", value: text }]);
      expect(fake.cell("KPI", "B1")?.value).toBe(text);
      const grid = await port.readSheet("KPI");
      expect(grid.cells[0][1]?.value).toBe(text);
      // …while plain text that Excel keeps anyway is written as it is.
      await port.writeValues([{ sheet: "KPI", address: "B1", value: "18,940人/年" }]);
      expect(fake.writeLog.at(-1)?.value).toBe("18,940人/年");
    },
  );

  it("hidden sheets are not checked by default, and are named; asked for, they are read", async () => {
    const fake = FakeExcel.fromGrids([gridFromRows("KPI", [["指標"]]), gridFromRows("旧", [["指標"]])]);
    fake.sheet("旧")!.visibility = "Hidden";
    const port = portOver(fake);
    const contents = await port.readWorkbook([]);
    expect(contents.grids.map((g) => g.name)).toEqual(["KPI"]);
    expect(contents.hidden).toEqual(["旧"]);
    const all = await port.readWorkbook([], { hiddenSheets: true });
    expect(all.grids.map((g) => g.name)).toEqual(["KPI", "旧"]);
    expect(all.hidden).toEqual([]);
    expect((await validateWorkbook(port, checkSheets)).hidden).toEqual(["旧"]);
  });

  it("reads more than 512 merged areas (Excel cannot give their address in one RangeAreas)", async () => {
    const rows = Array.from({ length: 700 }, (_, i) => [`指標${i}`, null, i]);
    const merges = rows.map((_, i) => ({ top: i, left: 0, bottom: i, right: 1 }));
    const fake = FakeExcel.fromGrids([{ ...gridFromRows("KPI", rows), merges }]);
    await expect(
      fake.run(async (ctx) => {
        const areas = ctx.workbook.worksheets.getItem("KPI").getRange("A1:C700").getMergedAreasOrNullObject();
        areas.load("address");
        await ctx.sync();
      }),
    ).rejects.toThrow(/GeneralException/);
    const before = fake.syncCount;
    const grid = await portOver(fake).readSheet("KPI");
    expect(fake.syncCount - before).toBe(2);
    expect(grid.merges).toHaveLength(700);
    expect(grid.merges).toEqual(expect.arrayContaining([{ top: 699, left: 0, bottom: 699, right: 1 }]));
  });

  it("a large batch refused with GeneralException is read in smaller batches, with the same grids", async () => {
    const rows = Array.from({ length: 2_000 }, (_, i) => [`指標${i}`, i, i * 2, `${i}件`, i % 7, "備考"]);
    const grids = [gridFromRows("KPI", rows), gridFromRows("総合戦略", rows)];
    const roomy = FakeExcel.fromGrids(grids);
    const whole = await portOver(roomy).readWorkbook([]);
    const refusing = FakeExcel.fromGrids(grids, { payloadLimit: 200_000, oversizeCode: "GeneralException" });
    const split = await portOver(refusing).readWorkbook([]);
    expect(split.grids).toEqual(whole.grids);
    expect(refusing.syncCount).toBeGreaterThan(3);
  });

  it("a small batch that fails for another reason passes its error on (no endless splitting)", async () => {
    const fake = FakeExcel.fromGrids([gridFromRows("KPI", [["指標", 1]])]);
    let calls = 0;
    const port = createExcelPort({
      ...fakeOfficeDeps(fake),
      run: async (batch) =>
        fake.run(async (ctx) => {
          const sync = ctx.sync.bind(ctx);
          ctx.sync = async () => {
            calls++;
            if (calls === 3) throw Object.assign(new Error("ItemNotFound"), { code: "ItemNotFound" });
            return sync();
          };
          return batch(ctx as unknown as Excel.RequestContext);
        }),
    });
    await expect(port.readWorkbook([])).rejects.toThrow(/ItemNotFound/);
    expect(calls).toBe(3);
  });
});
