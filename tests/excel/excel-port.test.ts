import { gridFromRows } from "../../src/core/grid/grid";
import { parseSheetRange, parseSheetRanges, qualify } from "../../src/excel/address";
import { isDateFormat } from "../../src/excel/date-format";
import { createExcelPort } from "../../src/excel/excel-port";
import { capabilitiesFrom } from "../../src/excel/requirements";
import { RESULT_SHEET, freeResultName } from "../../src/excel/result-sheet";
import { SNAPSHOT_SHEET } from "../../src/excel/snapshot-store";
import type { ResultLine } from "../../src/port/workbook-port";
import { FakeExcel, fakeOfficeDeps } from "../support/fake-excel";

function twoSheets(apiVersion = "1.18"): FakeExcel {
  return FakeExcel.fromGrids([gridFromRows("KPI", [["指標"]]), gridFromRows("新規 指標", [["指標"]])], { apiVersion });
}

const LINES: ResultLine[] = [
  { sheet: "KPI", address: "N5", severity: "error", code: "BASIS_MISMATCH", message: "目標値が根拠と一致しません" },
  { sheet: "新規 指標", address: "D7", severity: "warning", code: "UNIT_STYLE", message: "=単位の表記" },
  { sheet: "KPI", address: null, severity: "info", code: "LAYOUT_NOT_FOUND", message: "表が見つかりません" },
];

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
  it("writes a title, a header row and one row per finding, each linked to its cell", async () => {
    const fake = twoSheets();
    await createExcelPort(fakeOfficeDeps(fake)).writeResultSheet(LINES, "検証結果 2025-04-01");
    const sheet = fake.sheet(RESULT_SHEET);
    expect(sheet).toBeDefined();
    const value = (a: string) => fake.cell(RESULT_SHEET, a)?.value;
    expect(value("A1")).toBe("検証結果 2025-04-01");
    expect(["A2", "B2", "C2", "D2", "E2"].map(value)).toEqual([
      "重要度 (Severity)",
      "コード (Code)",
      "シート (Sheet)",
      "セル (Cell)",
      "内容 (Message)",
    ]);
    expect(["A3", "B3", "C3", "D3", "E3"].map(value)).toEqual([
      "エラー (error)",
      "BASIS_MISMATCH",
      "KPI",
      "N5",
      "目標値が根拠と一致しません",
    ]);
    expect(fake.cell(RESULT_SHEET, "D3")?.hyperlink).toEqual({ documentReference: "'KPI'!N5", textToDisplay: "N5" });
    expect(fake.cell(RESULT_SHEET, "D4")?.hyperlink).toEqual({
      documentReference: "'新規 指標'!D7",
      textToDisplay: "D7",
    });
    // A message starting with "=" stays text, not a formula.
    expect(fake.cell(RESULT_SHEET, "E4")).toMatchObject({ value: "=単位の表記", numberFormat: "@" });
    expect(fake.cell(RESULT_SHEET, "D5")?.hyperlink).toBeUndefined();
    expect(fake.cell(RESULT_SHEET, "A6")).toBeUndefined();
  });

  it("rewrites its own sheet on a second run, dropping old rows", async () => {
    const fake = twoSheets();
    const port = createExcelPort(fakeOfficeDeps(fake));
    await port.writeResultSheet(LINES, "1回目");
    await port.writeResultSheet(LINES.slice(0, 1), "2回目");
    expect(fake.state.sheets.filter((s) => s.name.startsWith(RESULT_SHEET))).toHaveLength(1);
    expect(fake.cell(RESULT_SHEET, "A1")?.value).toBe("2回目");
    expect(fake.cell(RESULT_SHEET, "A4")).toBeUndefined();
    expect(fake.cell(RESULT_SHEET, "D4")).toBeUndefined();
  });

  it("leaves a user's own 検証結果 sheet alone and writes to the next free name", async () => {
    const fake = FakeExcel.fromGrids([gridFromRows("KPI", [["指標"]]), gridFromRows(RESULT_SHEET, [["自分のメモ"]])]);
    await createExcelPort(fakeOfficeDeps(fake)).writeResultSheet(LINES, "結果");
    expect(fake.cell(RESULT_SHEET, "A1")?.value).toBe("自分のメモ");
    expect(fake.cell(`${RESULT_SHEET} (2)`, "A1")?.value).toBe("結果");
  });

  it("picks names", () => {
    expect(freeResultName(["KPI"])).toBe(RESULT_SHEET);
    expect(freeResultName(["KPI", RESULT_SHEET])).toBe(`${RESULT_SHEET} (2)`);
    expect(freeResultName(["KPI", RESULT_SHEET, `${RESULT_SHEET} (2)`])).toBe(`${RESULT_SHEET} (3)`);
  });
});

describe("sheets, selection and settings", () => {
  it("lists the user's sheets, without the snapshot and result sheets", async () => {
    const fake = twoSheets();
    const port = createExcelPort(fakeOfficeDeps(fake));
    await port.writeValues([{ sheet: "KPI", address: "B1", value: 1 }]);
    await port.writeResultSheet(LINES, "結果");
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
