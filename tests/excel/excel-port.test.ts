import { cellAddress, gridFromRows } from "../../src/core/grid/grid";
import { parseSheetRange, parseSheetRanges, qualify } from "../../src/excel/address";
import { isDateFormat } from "../../src/excel/date-format";
import { createExcelPort } from "../../src/excel/excel-port";
import { capabilitiesFrom } from "../../src/excel/requirements";
import { RESULT_SHEET, RESULT_SHEET_SETTING, columnPoints, freeResultName } from "../../src/excel/result-sheet";
import { SNAPSHOT_SHEET } from "../../src/excel/snapshot-store";
import type { RowReport } from "../../src/core/report/schema";
import { FakeExcel, fakeOfficeDeps } from "../support/fake-excel";
import { type TestFinding, resultTables } from "../support/result-tables";

function twoSheets(apiVersion = "1.18"): FakeExcel {
  return FakeExcel.fromGrids([gridFromRows("KPI", [["指標"]]), gridFromRows("新規 指標", [["指標"]])], { apiVersion });
}

const LINES: TestFinding[] = [
  { sheet: "KPI", cell: "N5", severity: "error", code: "BASIS_MISMATCH", message: "目標値が根拠と一致しません" },
  { sheet: "新規 指標", cell: "D7", severity: "warning", code: "UNIT_STYLE", message: "=単位の表記" },
  { sheet: "KPI", cell: null, severity: "info", code: "LAYOUT_NOT_FOUND", message: "表が見つかりません" },
];

/** A target row judged 不一致 by a compound-growth basis (the codes a person must not be shown). */
const TARGET_ROW: RowReport = {
  row: 5,
  indicator: "観光入込客数",
  status: "継続",
  target: {
    status: "mismatch",
    stated: { text: "57,000人/年", value: 57000 },
    computed: { value: 18939.6, display: "18,940人/年" },
    rule: "compound-growth",
    explanation: "17,842 × 1.01⁶ = 18,939.6",
    explanationEn: "17,842 × 1.01^6 = 18,939.6",
    parts: [],
  },
};

const TARGETS = `${RESULT_SHEET}_目標値`;

describe("capabilities", () => {
  it("follows the requirement sets", () => {
    const at = (v: string) => capabilitiesFrom(FakeExcel.fromGrids([], { apiVersion: v }).requirements);
    expect(at("1.18")).toEqual({ excelApi: "1.18", notes: true, comments: true, mergedAreas: true });
    expect(at("1.17")).toEqual({ excelApi: "1.17", notes: false, comments: true, mergedAreas: true });
    expect(at("1.12")).toEqual({ excelApi: "1.12", notes: false, comments: true, mergedAreas: false });
    expect(at("1.9")).toEqual({ excelApi: "1.9", notes: false, comments: false, mergedAreas: false });
    expect(capabilitiesFrom(undefined)).toEqual({
      excelApi: "none",
      notes: false,
      comments: false,
      mergedAreas: false,
    });
  });

  it("is what the port reports", async () => {
    const port = createExcelPort(fakeOfficeDeps(twoSheets("1.14")));
    expect(await port.capabilities()).toEqual({ excelApi: "1.14", notes: false, comments: true, mergedAreas: true });
  });
});

describe("writeResultSheet", () => {
  const row = (fake: FakeExcel, sheet: string, r: number, width: number) =>
    Array.from({ length: width }, (_, c) => fake.cell(sheet, cellAddress(r, c))?.value ?? "");

  it("writes the findings, in the pane's language, code last, each finding linked to its cell", async () => {
    const fake = twoSheets();
    const names = await createExcelPort(fakeOfficeDeps(fake)).writeResultSheet(resultTables(LINES, "ja", [TARGET_ROW]));
    expect(names).toEqual([RESULT_SHEET, TARGETS]);
    expect(row(fake, RESULT_SHEET, 0, 5)).toEqual(["重要度", "シート", "セル", "指摘の内容", "コード"]);
    expect(row(fake, RESULT_SHEET, 1, 5)).toEqual([
      "エラー",
      "KPI",
      "N5",
      "目標値が根拠と一致しません",
      "BASIS_MISMATCH",
    ]);
    expect(fake.cell(RESULT_SHEET, "C2")?.hyperlink).toEqual({ documentReference: "'KPI'!N5", textToDisplay: "N5" });
    // Sheet by sheet, in the report's order: KPI's sheet-level finding has no link.
    expect(fake.cell(RESULT_SHEET, "C3")?.hyperlink).toBeUndefined();
    expect(fake.cell(RESULT_SHEET, "C4")?.hyperlink).toEqual({
      documentReference: "'新規 指標'!D7",
      textToDisplay: "D7",
    });
    // A message starting with "=" stays text, not a formula.
    expect(fake.cell(RESULT_SHEET, "D4")).toMatchObject({ value: "=単位の表記", numberFormat: "@" });
    expect(fake.cell(RESULT_SHEET, "A5")).toBeUndefined();
    // Severity coloured as the marks are.
    expect(["A2", "A3", "A4"].map((a) => fake.cell(RESULT_SHEET, a)?.fill?.color)).toEqual([
      "#F8CBAD",
      "#BDD7EE",
      "#FFE699",
    ]);
  });

  it("writes the targets on a sheet of their own, with 判定 and 規則 in words, never their codes", async () => {
    const fake = twoSheets();
    await createExcelPort(fakeOfficeDeps(fake)).writeResultSheet(resultTables(LINES, "ja", [TARGET_ROW]));
    expect(row(fake, TARGETS, 0, 8)).toEqual([
      "シート",
      "行",
      "指標",
      "記載の目標値",
      "算出値",
      "判定",
      "計算方法",
      "説明",
    ]);
    expect(row(fake, TARGETS, 1, 8)).toEqual([
      "KPI",
      5,
      "観光入込客数",
      "57,000人/年",
      "18,940人/年",
      "不一致",
      "毎年○%増減（複利）",
      "17,842 × 1.01⁶ = 18,939.6",
    ]);
    // The row number stays a number; the texts are kept as text.
    expect(fake.cell(TARGETS, "B2")?.numberFormat).toBeUndefined();
    expect(fake.cell(TARGETS, "D2")?.numberFormat).toBe("@");
    const all = fake.state.sheets.flatMap((s) => Object.values(s.cells).map((c) => c.value));
    expect(all).not.toContain("mismatch");
    expect(all).not.toContain("compound-growth");
  });

  it("writes one language: the English pane gets English headers, labels and messages", async () => {
    const fake = twoSheets();
    await createExcelPort(fakeOfficeDeps(fake)).writeResultSheet(resultTables(LINES, "en", [TARGET_ROW]));
    expect(row(fake, RESULT_SHEET, 0, 5)).toEqual(["Severity", "Sheet", "Cell", "What was found", "Code"]);
    expect(row(fake, RESULT_SHEET, 1, 5)).toEqual([
      "Error",
      "KPI",
      "N5",
      "(en) 目標値が根拠と一致しません",
      "BASIS_MISMATCH",
    ]);
    expect(row(fake, TARGETS, 1, 8).slice(5)).toEqual([
      "mismatch",
      "yearly % change (compound)",
      "17,842 × 1.01^6 = 18,939.6",
    ]);
    const headers = [...row(fake, RESULT_SHEET, 0, 5), ...row(fake, TARGETS, 0, 8)].join(" ");
    expect(headers).not.toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
  });

  it("gives each table its own widths, wrapped text, a bold header frozen and filtered, A4 landscape one page wide", async () => {
    const fake = twoSheets();
    await createExcelPort(fakeOfficeDeps(fake)).writeResultSheet(resultTables(LINES, "ja", [TARGET_ROW]));
    const findings = fake.sheet(RESULT_SHEET)!;
    const targets = fake.sheet(TARGETS)!;
    expect(findings.columnWidths).toEqual({
      A: columnPoints(9),
      B: columnPoints(16),
      C: columnPoints(8),
      D: columnPoints(80),
      E: columnPoints(20),
    });
    expect(targets.columnWidths?.C).toBe(columnPoints(30));
    expect(targets.columnWidths?.H).toBe(columnPoints(60));
    expect(columnPoints(80)).toBeGreaterThan(400);
    for (const [sheet, last] of [
      [findings, "E4"],
      [targets, "H2"],
    ] as const) {
      expect(sheet.frozenRows).toBe(1);
      expect(sheet.autoFilter).toBe(`A1:${last}`);
      expect(sheet.pageLayout).toEqual({
        orientation: "Landscape",
        paperSize: "A4",
        zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
        printTitleRows: "$1:$1",
      });
      for (const cell of Object.values(sheet.cells)) expect(cell.format).toMatchObject({ wrapText: true });
      expect(sheet.cells.A1.format).toMatchObject({ bold: true, verticalAlignment: "Top" });
      expect(sheet.cells.A2.format?.bold).toBeUndefined();
    }
  });

  it("takes 3 syncs the first time and 2 after, and rewrites its own sheets, dropping old rows", async () => {
    const fake = twoSheets();
    const port = createExcelPort(fakeOfficeDeps(fake));
    let before = fake.syncCount;
    await port.writeResultSheet(resultTables(LINES, "ja", [TARGET_ROW]));
    expect(fake.syncCount - before).toBe(3);
    // The user filtered the list: a rerun sets the filter up afresh over the new rows.
    fake.sheet(RESULT_SHEET)!.autoFilter = "A1:B2";
    before = fake.syncCount;
    await port.writeResultSheet(resultTables(LINES.slice(0, 1)));
    expect(fake.syncCount - before).toBe(2);
    expect(fake.state.sheets.filter((s) => s.name.startsWith(RESULT_SHEET))).toHaveLength(2);
    expect(fake.cell(RESULT_SHEET, "D2")?.value).toBe("目標値が根拠と一致しません");
    expect(fake.cell(RESULT_SHEET, "A3")).toBeUndefined();
    expect(fake.cell(RESULT_SHEET, "C3")).toBeUndefined();
    expect(fake.sheet(RESULT_SHEET)?.autoFilter).toBe("A1:E2");
    // No target rows this time: the targets sheet keeps only its header.
    expect(fake.cell(TARGETS, "A1")?.value).toBe("シート");
    expect(fake.cell(TARGETS, "A2")).toBeUndefined();
  });

  it("degrades below ExcelApi 1.9: no filter, no page setup; below 1.7 no frozen header, no links", async () => {
    const at18 = twoSheets("1.8");
    await createExcelPort(fakeOfficeDeps(at18)).writeResultSheet(resultTables(LINES));
    const sheet18 = at18.sheet(RESULT_SHEET)!;
    expect([sheet18.frozenRows, sheet18.autoFilter, sheet18.pageLayout]).toEqual([1, undefined, undefined]);
    expect(sheet18.cells.C2.hyperlink).toBeDefined();
    expect(sheet18.columnWidths?.D).toBe(columnPoints(80));

    const at16 = twoSheets("1.6");
    await createExcelPort(fakeOfficeDeps(at16)).writeResultSheet(resultTables(LINES));
    const sheet16 = at16.sheet(RESULT_SHEET)!;
    expect(sheet16.frozenRows).toBeUndefined();
    expect(sheet16.cells.C2).toMatchObject({ value: "N5" });
    expect(sheet16.cells.C2.hyperlink).toBeUndefined();
  });

  it("leaves a user's own 検証結果 sheet alone and writes to the next free name", async () => {
    const fake = FakeExcel.fromGrids([gridFromRows("KPI", [["指標"]]), gridFromRows(RESULT_SHEET, [["自分のメモ"]])]);
    const names = await createExcelPort(fakeOfficeDeps(fake)).writeResultSheet(resultTables(LINES));
    expect(names).toEqual([`${RESULT_SHEET} (2)`, TARGETS]);
    expect(fake.cell(RESULT_SHEET, "A1")?.value).toBe("自分のメモ");
    expect(fake.cell(`${RESULT_SHEET} (2)`, "A1")?.value).toBe("重要度");
  });

  it("a workbook from before the targets sheet: its findings sheet is reused, the targets sheet added", async () => {
    const fake = twoSheets();
    const id = fake.newSheetId();
    fake.state.sheets.push({ id, name: "古い結果", visibility: "Visible", cells: { A1: { value: "題" } }, merges: [] });
    fake.state.settings[RESULT_SHEET_SETTING] = id;
    const names = await createExcelPort(fakeOfficeDeps(fake)).writeResultSheet(resultTables(LINES));
    expect(names).toEqual(["古い結果", TARGETS]);
    expect(fake.cell("古い結果", "A1")?.value).toBe("重要度");
    expect(fake.state.settings[RESULT_SHEET_SETTING]).toEqual({ findings: id, targets: fake.sheet(TARGETS)?.id });
  });

  it("picks names", () => {
    expect(freeResultName(["KPI"])).toBe(RESULT_SHEET);
    expect(freeResultName(["KPI", RESULT_SHEET])).toBe(`${RESULT_SHEET} (2)`);
    expect(freeResultName(["KPI", RESULT_SHEET, `${RESULT_SHEET} (2)`])).toBe(`${RESULT_SHEET} (3)`);
    expect(freeResultName([RESULT_SHEET, TARGETS], TARGETS)).toBe(`${TARGETS} (2)`);
  });
});

describe("sheets, selection and settings", () => {
  it("lists the user's sheets, without the snapshot and result sheets", async () => {
    const fake = twoSheets();
    const port = createExcelPort(fakeOfficeDeps(fake));
    await port.writeValues([{ sheet: "KPI", address: "B1", value: 1 }]);
    await port.writeResultSheet(resultTables(LINES));
    expect(fake.sheet(SNAPSHOT_SHEET)).toBeDefined();
    expect(await port.listSheets()).toEqual(["KPI", "新規 指標"]);
  });

  it("selects a cell on another sheet, activating it first", async () => {
    const fake = twoSheets();
    const port = createExcelPort(fakeOfficeDeps(fake));
    expect(await port.activeSheet()).toBe("KPI");
    await port.selectCell("新規 指標", "D7");
    expect(fake.state.activeSheet).toBe("新規 指標");
    expect(fake.state.selection).toEqual({ sheet: "新規 指標", address: "D7" });
    expect(await port.activeSheet()).toBe("新規 指標");
  });

  it("round-trips settings as JSON, survives a reopen, and removes one set to undefined", async () => {
    const fake = twoSheets();
    const port = createExcelPort(fakeOfficeDeps(fake));
    const mapping = { sheet: "KPI", columns: { indicator: 2, target: 13 } };
    expect(await port.getSetting("mapping")).toBeUndefined();
    await port.setSetting("mapping", mapping);
    await port.setSetting("language", "ja");
    const reopened = createExcelPort(fakeOfficeDeps(FakeExcel.open(fake.save())));
    expect(await reopened.getSetting("mapping")).toEqual(mapping);
    expect(await reopened.getSetting("language")).toBe("ja");
    await port.setSetting("language", undefined);
    expect(await port.getSetting("language")).toBeUndefined();
  });
});

describe("addresses and formats", () => {
  it("parses sheet-qualified ranges, quoted or not", () => {
    expect(parseSheetRange("Sheet1!C3:H20")).toEqual({ sheet: "Sheet1", top: 2, left: 2, bottom: 19, right: 7 });
    expect(parseSheetRange("'KPI 表''1'!$B$2")).toEqual({ sheet: "KPI 表'1", top: 1, left: 1, bottom: 1, right: 1 });
    expect(parseSheetRanges("KPI!A1:A3, KPI!B1:B3")).toHaveLength(2);
    expect(parseSheetRange("A1:B2")).toBeNull();
    expect(qualify("KPI 表'1", "N5")).toBe("'KPI 表''1'!N5");
  });

  it("tells date formats from number formats", () => {
    expect(isDateFormat("yyyy/m/d")).toBe(true);
    expect(isDateFormat('[$-ja-JP]ggge"年"m"月"d"日"')).toBe(true);
    expect(isDateFormat("h:mm")).toBe(true);
    expect(isDateFormat("General")).toBe(false);
    expect(isDateFormat('#,##0"人/年"')).toBe(false);
    expect(isDateFormat("0.0E+00")).toBe(false);
    expect(isDateFormat('0"件（R6年度）"')).toBe(false);
  });
});
