import { parseSavedMappings, fieldsToShow, toManualMapping, withMapping } from "../../src/taskpane/model/mapping";
import { defaultTicked, previewRows, writesFor } from "../../src/taskpane/model/preview";
import { texts } from "../../src/taskpane/i18n";
import { kpiGrid, layoutOf, rowReport, SCRIPT, summaryOf } from "./fixtures";
import type { Report, SheetReport } from "../../src/core/report/schema";

function report(): Report {
  const grid = kpiGrid();
  const sheet: SheetReport = {
    name: "KPI",
    layout: "kyosei-vision",
    targetYear: "R12",
    rows: SCRIPT.rows.map((r) => rowReport(grid, r)),
    findings: [],
    tables: [],
  };
  sheet.rows.push({
    row: 7,
    indicator: "削除指標",
    status: "削除",
    target: { status: "not-applicable", stated: null, computed: null, rule: null, explanation: "", parts: [] },
  });
  return { file: "", sheets: [sheet], summary: summaryOf([sheet]) };
}

describe("preview", () => {
  test("rows outside recalculation (not-applicable) are left out", () => {
    expect(previewRows(report()).map((r) => r.key)).toEqual(["KPI!4", "KPI!5", "KPI!6"]);
  });

  test("only empty target cells are ticked by default", () => {
    expect([...defaultTicked(previewRows(report()))]).toEqual(["KPI!4"]);
  });

  test("writes only ticked rows with a fill, keeping the number format", () => {
    const rows = previewRows(report());
    rows[1].fill = { cell: "D5", value: 55000, numberFormat: '#,##0"人/年"' };
    expect(writesFor(rows, new Set(["KPI!5", "KPI!99"]))).toEqual([
      { sheet: "KPI", address: "D5", value: 55000, numberFormat: '#,##0"人/年"' },
    ]);
    delete rows[1].fill;
    expect(writesFor(rows, new Set(["KPI!5"]))).toEqual([]);
  });
});

describe("mapping", () => {
  test("the saved form is 0-based header rows and letters, with the layout's actual columns and years", () => {
    const layout = {
      ...layoutOf(),
      actuals: [{ col: 7, year: { fy: 2021, label: "R3" } }],
      baselineYear: { fy: 2023, label: "R5" },
    };
    const m = toManualMapping(
      { sheet: "KPI", headerTop: 2, headerBottom: 3, columns: { indicator: "B", unit: undefined } },
      layout,
    );
    expect(m).toEqual({
      sheet: "KPI",
      headerTop: 1,
      headerBottom: 2,
      columns: { indicator: "B" },
      actuals: [{ col: "H", year: "R3" }],
      targetYear: "R12",
      baselineYear: "R5",
    });
    expect(toManualMapping({ sheet: "S", headerTop: 1, headerBottom: 1, columns: { indicator: "A" } }, null)).toEqual({
      sheet: "S",
      headerTop: 0,
      headerBottom: 0,
      columns: { indicator: "A" },
      actuals: [],
    });
  });

  test("one mapping per sheet: saving again replaces it", () => {
    const a = { sheet: "A", headerTop: 0, headerBottom: 0, columns: {}, actuals: [] };
    const b = { sheet: "B", headerTop: 0, headerBottom: 0, columns: {}, actuals: [] };
    const a2 = { ...a, headerTop: 3 };
    expect(withMapping([a, b], a2)).toEqual([b, a2]);
  });

  test("invalid saved values are dropped", () => {
    const ok = { sheet: "A", headerTop: 0, headerBottom: 1, columns: { indicator: "C" }, actuals: [] };
    expect(parseSavedMappings([ok, { sheet: "B" }, "x"])).toEqual([ok]);
    expect(parseSavedMappings({ sheet: "A" })).toEqual([]);
    expect(parseSavedMappings(undefined)).toEqual([]);
  });

  test("recognised fields in column order come first, then the core fields not recognised", () => {
    const fields = fieldsToShow({ target: "N", indicator: "C", policyArea: "A" });
    expect(fields.slice(0, 3)).toEqual(["policyArea", "indicator", "target"]);
    expect(fields).toContain("basis");
    expect(fields.filter((f) => f === "target")).toHaveLength(1);
  });
});

describe("i18n", () => {
  test("placeholders are filled; a missing one is left visible", () => {
    expect(texts("ja").t("applied", { n: 3 })).toBe("3個のセルに書き込みました。");
    expect(texts("en").t("applied", { n: 3 })).toBe("Wrote 3 cells.");
    expect(texts("en").t("applied")).toBe("Wrote {n} cells.");
  });

  test("severity, status and field names in both languages", () => {
    expect([texts("ja").severity("warning"), texts("en").severity("warning")]).toEqual(["警告", "Warning"]);
    expect([texts("ja").targetStatus("mismatch"), texts("en").targetStatus("mismatch")]).toEqual([
      "不一致",
      "Mismatch",
    ]);
    expect([texts("ja").field("basis"), texts("en").field("basis")]).toEqual(["設定根拠", "Basis"]);
  });
});
