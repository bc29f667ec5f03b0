import { gridFromRows } from "../../src/core/grid/grid";
import { createExcelPort } from "../../src/excel/excel-port";
import { annotationText } from "../../src/excel/annotations";
import { MARK_COLOURS, mergeMarks } from "../../src/excel/marks";
import type { CellMark } from "../../src/port/workbook-port";
import { FakeExcel, type FakeWorkbookState, fakeOfficeDeps } from "../support/fake-excel";

function workbook(apiVersion: string): FakeExcel {
  const grid = gridFromRows("KPI", [
    ["指標", "R6", "R12"],
    ["来館者数", 17842, "18,940人/年"],
    ["相談件数", 120, "150件"],
  ]);
  return FakeExcel.fromGrids([grid], { apiVersion, fills: { KPI: { C2: "#FFFFFF", B3: "#92D050" } } });
}

const MARKS: CellMark[] = [
  { sheet: "KPI", address: "A2", severity: "warning", text: "単位が違います" },
  { sheet: "KPI", address: "C2", severity: "error", text: "目標値が根拠と一致しません" },
  { sheet: "KPI", address: "B3", severity: "info", text: "確認してください" },
];

/** The state without the comment-id counter, which only ever grows. */
function comparable(state: FakeWorkbookState): Omit<FakeWorkbookState, "nextCommentId"> {
  const { nextCommentId: _ignored, ...rest } = state;
  return rest;
}

describe("markCells / clearMarks", () => {
  it("fills by severity and adds notes on ExcelApi 1.18, in three syncs", async () => {
    const fake = workbook("1.18");
    await createExcelPort(fakeOfficeDeps(fake)).markCells(MARKS);
    expect(fake.syncCount).toBe(3);
    expect(fake.cell("KPI", "A2")?.fill).toEqual({ color: MARK_COLOURS.warning, pattern: "Solid" });
    expect(fake.cell("KPI", "C2")?.fill).toEqual({ color: MARK_COLOURS.error, pattern: "Solid" });
    expect(fake.cell("KPI", "B3")?.fill).toEqual({ color: MARK_COLOURS.info, pattern: "Solid" });
    expect(fake.state.notes).toEqual([
      { sheet: "KPI", address: "A2", content: annotationText("単位が違います") },
      { sheet: "KPI", address: "C2", content: annotationText("目標値が根拠と一致しません") },
      { sheet: "KPI", address: "B3", content: annotationText("確認してください") },
    ]);
    expect(fake.state.comments).toEqual([]);
  });

  it("clear restores the original fills exactly (no fill, white, green) and removes the notes", async () => {
    const fake = workbook("1.18");
    const before = fake.snapshotState();
    const port = createExcelPort(fakeOfficeDeps(fake));
    await port.markCells(MARKS);
    await port.clearMarks();
    expect(fake.snapshotState()).toEqual(before);
  });

  it("clears after a save and reopen", async () => {
    const fake = workbook("1.18");
    const before = fake.snapshotState();
    await createExcelPort(fakeOfficeDeps(fake)).markCells(MARKS);
    const reopened = FakeExcel.open(fake.save(), { apiVersion: "1.18" });
    await createExcelPort(fakeOfficeDeps(reopened)).clearMarks();
    expect(reopened.snapshotState()).toEqual(before);
  });

  it("marking again first takes the previous marks off, keeping the true original fills", async () => {
    const fake = workbook("1.18");
    const before = fake.snapshotState();
    const port = createExcelPort(fakeOfficeDeps(fake));
    await port.markCells(MARKS);
    await port.markCells([{ sheet: "KPI", address: "C2", severity: "warning", text: "再確認" }]);
    expect(fake.cell("KPI", "A2")).toEqual({ value: "来館者数" });
    expect(fake.cell("KPI", "B3")?.fill).toEqual({ color: "#92D050", pattern: "Solid" });
    expect(fake.cell("KPI", "C2")?.fill).toEqual({ color: MARK_COLOURS.warning, pattern: "Solid" });
    expect(fake.state.notes).toEqual([{ sheet: "KPI", address: "C2", content: annotationText("再確認") }]);
    await port.clearMarks();
    expect(fake.snapshotState()).toEqual(before);
  });

  it("leaves a user's own note alone, still filling the cell", async () => {
    const fake = workbook("1.18");
    fake.state.notes.push({ sheet: "KPI", address: "C2", content: annotationText("担当: 企画課") });
    const before = fake.snapshotState();
    const port = createExcelPort(fakeOfficeDeps(fake));
    await port.markCells(MARKS);
    expect(fake.state.notes.filter((n) => n.address === "C2")).toEqual([
      { sheet: "KPI", address: "C2", content: annotationText("担当: 企画課") },
    ]);
    expect(fake.cell("KPI", "C2")?.fill?.color).toBe(MARK_COLOURS.error);
    await port.clearMarks();
    expect(fake.snapshotState()).toEqual(before);
  });

  it("with ExcelApi 1.14 (no notes) uses threaded comments, and clear removes them", async () => {
    const fake = workbook("1.14");
    const before = fake.snapshotState();
    const port = createExcelPort(fakeOfficeDeps(fake));
    await port.markCells(MARKS);
    expect(fake.state.notes).toEqual([]);
    expect(fake.state.comments.map((c) => [c.address, c.content])).toEqual([
      ["A2", annotationText("単位が違います")],
      ["C2", annotationText("目標値が根拠と一致しません")],
      ["B3", annotationText("確認してください")],
    ]);
    await port.clearMarks();
    expect(comparable(fake.snapshotState())).toEqual(comparable(before));
  });

  it("with ExcelApi 1.9 (no comments) only fills, and clear restores", async () => {
    const fake = workbook("1.9");
    const before = fake.snapshotState();
    const port = createExcelPort(fakeOfficeDeps(fake));
    await port.markCells(MARKS);
    expect(fake.state.notes).toEqual([]);
    expect(fake.state.comments).toEqual([]);
    expect(fake.cell("KPI", "C2")?.fill?.color).toBe(MARK_COLOURS.error);
    await port.clearMarks();
    expect(fake.snapshotState()).toEqual(before);
  });

  it("keeps fills and values apart: mark → write → clear → revert ends at the original", async () => {
    const fake = workbook("1.18");
    const before = fake.snapshotState();
    const port = createExcelPort(fakeOfficeDeps(fake));
    await port.markCells(MARKS);
    await port.writeValues([{ sheet: "KPI", address: "C2", value: "19,000人/年" }]);
    await port.clearMarks();
    expect(fake.cell("KPI", "C2")).toEqual({ value: "19,000人/年", fill: { color: "#FFFFFF", pattern: "Solid" } });
    await port.revert();
    expect(fake.snapshotState()).toEqual(before);
  });

  it("clear without marks changes nothing", async () => {
    const fake = workbook("1.18");
    const before = fake.snapshotState();
    await createExcelPort(fakeOfficeDeps(fake)).clearMarks();
    expect(fake.snapshotState()).toEqual(before);
  });
});

describe("mergeMarks", () => {
  it("keeps one mark per cell with the highest severity and every distinct text", () => {
    expect(
      mergeMarks([
        { sheet: "KPI", address: "C2", severity: "info", text: "a" },
        { sheet: "KPI", address: "$C$2", severity: "error", text: "b" },
        { sheet: "KPI", address: "C2", severity: "warning", text: "a" },
        { sheet: "KPI", address: "C3", severity: "info", text: "c" },
      ]),
    ).toEqual([
      { sheet: "KPI", address: "C2", severity: "error", text: "a\nb" },
      { sheet: "KPI", address: "C3", severity: "info", text: "c" },
    ]);
  });

  it("rejects a multi-cell address", () => {
    expect(() => mergeMarks([{ sheet: "KPI", address: "C2:C3", severity: "info", text: "x" }])).toThrow(/single cell/);
  });
});
