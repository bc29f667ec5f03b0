import {
  fieldsToShow,
  hasProblems,
  headerTexts,
  initialDraft,
  parseSavedMappings,
  problemsOf,
  tableToOpen,
  tableView,
  toManualMapping,
  unsureTable,
  withMapping,
  withoutMapping,
  yearOf,
  type MappingDraft,
} from "../../src/taskpane/model/mapping";
import { gridFromRows } from "../../src/core/grid/grid";
import { layoutFromMapping } from "../../src/core/layout/manual";
import { defaultTicked, previewRows, writesFor, type PreviewRow } from "../../src/taskpane/model/preview";
import { texts } from "../../src/taskpane/i18n";
import { changedCells } from "../../src/taskpane/model/changes";
import { kpiGrid, layoutOf, rowReport, SCRIPT, summaryOf, twoTableGrid } from "./fixtures";
import { anchorOf } from "../../src/core/layout/manual";
import type { ManualMapping } from "../../src/core/layout/types";
import type { Grid } from "../../src/core/grid/grid";
import { checkSheets } from "../../src/taskpane/checker";

/** A mapping of the table whose header is on `header` (0-based), anchored as the pane saves it. */
function mappingOf(grid: Grid, header: number, columns: ManualMapping["columns"]): ManualMapping {
  const m: ManualMapping = { sheet: grid.name, headerTop: header, headerBottom: header, columns, actuals: [] };
  return { ...m, anchor: anchorOf(grid, m) };
}
import type { Report, RowTarget, SheetReport } from "../../src/core/report/schema";

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

describe("preview: what is written is what was compared", () => {
  function rowWith(target: Partial<RowTarget>): PreviewRow {
    const base: RowTarget = {
      status: "mismatch",
      stated: { text: "57,000人/年", value: 57000 },
      computed: { value: 18939.642527, display: "18,940人/年" },
      rule: "compound-growth",
      explanation: "17,842 × 1.01⁶ = 18,939.6 → 18,940（目標値57,000人/年と不一致）",
      parts: [],
      fill: { cell: "N22", value: "18,940人/年" },
    };
    const sheet: SheetReport = {
      name: "KPI",
      layout: "kyosei-vision",
      targetYear: "R12",
      rows: [{ row: 22, indicator: "観光入込客数", status: "継続", target: { ...base, ...target } }],
      findings: [],
      tables: [],
    };
    return previewRows({ file: "", sheets: [sheet], summary: summaryOf([sheet]) })[0];
  }

  test("the exact value keeps every digit; the written value is the fill; rounding to the row's digits is said", () => {
    const r = rowWith({});
    expect(r.exact).toBe("18,939.642527");
    expect(r.written).toBe("18,940人/年");
    expect(r.form).toEqual({ kind: "digits", decimals: 0 });
    expect(
      rowWith({ computed: { value: 12.43, display: "12.4%" }, fill: { cell: "N22", value: "12.4%" } }).form,
    ).toEqual({ kind: "digits", decimals: 1 });
  });

  test("a value with nothing to drop is written as computed; a number fill is shown grouped", () => {
    const r = rowWith({ computed: { value: 58000, display: "58,000" }, fill: { cell: "N22", value: 58000 } });
    expect(r.written).toBe("58,000");
    expect(r.form).toEqual({ kind: "as-computed" });
  });

  test("the basis's own rounding words are quoted; an arrow without them is not taken for rounding words", () => {
    const basis = rowWith({
      computed: { value: 58000, display: "58,000人/年" },
      explanation: "51,416 × 1.136 = 58,408.6 → 千円未満切捨てで58,000 → 58,000（目標値57,000人/年と不一致）",
      fill: { cell: "N10", value: "58,000人/年" },
    });
    expect(basis.form).toEqual({ kind: "basis", words: "千円未満切捨て" });
    const plain = rowWith({ explanation: "平均 → 年で割る → 18,940（目標値と不一致）" });
    expect(plain.form?.kind).toBe("digits");
  });

  test("the engine's reason for the form, when the report carries it, wins over the pane's reading", () => {
    const why = "記載の目標値57,000人/年の精度（1,000の位）";
    const whyEn = "the precision of the stated target 57,000人/年 (nearest 1,000)";
    const r = rowWith({
      // The explanation quotes rounding words the pane would otherwise take for the reason.
      explanation: "17,842 × 1.01⁶ = 18,939.6 → 百人未満切捨てで18,900 → 18,900",
      fill: { cell: "N22", value: "19,000人/年", exact: 18939.642527, why, whyEn },
    });
    expect(r.form).toEqual({ kind: "reason", why, whyEn });
    expect(r.written).toBe("19,000人/年");
    // A report with the Japanese reason alone: the English pane shows it rather than a guess.
    expect(rowWith({ fill: { cell: "N22", value: "18,940人/年", why } }).form).toEqual({
      kind: "reason",
      why,
      whyEn: why,
    });
  });

  test("without a reason in the report (none, or empty), the form is read as before", () => {
    expect(rowWith({}).form).toEqual({ kind: "digits", decimals: 0 });
    expect(rowWith({ fill: { cell: "N22", value: "18,940人/年", why: "", whyEn: "" } }).form).toEqual({
      kind: "digits",
      decimals: 0,
    });
    // A whyEn without its Japanese is not a reason either.
    expect(rowWith({ fill: { cell: "N22", value: "18,940人/年", whyEn: "the row's digits" } }).form?.kind).toBe(
      "digits",
    );
  });

  test("the exact value is the engine's value before rounding where the report gives it", () => {
    const r = rowWith({
      computed: { value: 18939.6, display: "18,940人/年" },
      fill: { cell: "N22", value: "18,940人/年", exact: 18939.642527 },
    });
    expect(r.exact).toBe("18,939.642527");
    expect(rowWith({ computed: { value: 18939.6, display: "18,940人/年" } }).exact).toBe("18,939.6");
  });

  test("a row judged 一致 is never offered, ticked or written, even when the engine proposes a fill", () => {
    const r = rowWith({ status: "match", stated: { text: "19,000人/年", value: 19000 } });
    expect(r.fill).toBeUndefined();
    expect(r.written).toBeNull();
    expect(r.exact).toBe("18,939.642527");
    expect([...defaultTicked([r])]).toEqual([]);
    expect(writesFor([r], new Set([r.key]))).toEqual([]);
  });

  test("a fill equal to what the cell shows is not offered either", () => {
    const r = rowWith({ stated: { text: "18,940人/年", value: 18940 } });
    expect(r.fill).toBeUndefined();
  });

  test("a cell of several parts: each part's exact value, and the parts form", () => {
    const part = (label: string, value: number) => ({
      label,
      status: "mismatch" as const,
      stated: null,
      computed: { value, display: String(value) },
      explanation: "",
    });
    const r = rowWith({
      computed: null,
      parts: [part("1日平均", 129.82), part("乗合率", 38.6)],
      fill: { cell: "N23", value: "1日平均:129.8人 乗合率:38.6%" },
    });
    expect(r.exact).toBe("1日平均: 129.82 / 乗合率: 38.6");
    expect(r.form).toEqual({ kind: "parts" });
  });
});

describe("mapping", () => {
  const draft = (over: Partial<MappingDraft> = {}): MappingDraft => ({
    sheet: "KPI",
    headerTop: "2",
    headerBottom: "3",
    dataBottom: "",
    columns: { indicator: "B", target: "D" },
    actuals: [],
    baselineYear: "",
    targetYear: "",
    ...over,
  });

  test("the editor starts from the recognised layout: rows 1-based, letters, actual columns and years", () => {
    const layout = {
      ...layoutOf(),
      actuals: [{ col: 7, year: { fy: 2021, label: "R3" } }],
      baselineYear: { fy: 2023, label: "R5" },
    };
    expect(initialDraft("KPI", undefined, layout)).toEqual({
      sheet: "KPI",
      headerTop: "2",
      headerBottom: "3",
      dataBottom: "6",
      columns: { no: "A", indicator: "B", baseline: "C", target: "D" },
      actuals: [{ col: "H", year: "R3" }],
      baselineYear: "R5",
      targetYear: "R12",
    });
  });

  test("the saved form: 0-based rows, letters, the years and actual columns as the user set them", () => {
    const m = toManualMapping(
      draft({
        dataBottom: "40",
        columns: { indicator: "B", unit: undefined, target: "D" },
        actuals: [{ col: "H", year: "令和5年度" }],
        baselineYear: "2023",
        targetYear: " R12 ",
      }),
      kpiGrid(),
    );
    expect(m).toEqual({
      sheet: "KPI",
      headerTop: 1,
      headerBottom: 2,
      dataBottom: 39,
      columns: { indicator: "B", target: "D" },
      actuals: [{ col: "H", year: "令和5年度" }],
      targetYear: "R12",
      baselineYear: "R5",
      // What finds the table again: its header rows from B to H, its first indicator; with a last row,
      // the sheet's last indicator above its last row, and how far below it the table ends.
      anchor: {
        header: ["指標\t現状値\tR12指標値\t\t\t\t", "\t\t\t\t\t\t"],
        first: "観光入込客数",
        last: { text: "相談件数", below: 34 },
      },
    });
    expect(toManualMapping(draft({ headerTop: "1", headerBottom: "1" }), kpiGrid())).toEqual({
      sheet: "KPI",
      headerTop: 0,
      headerBottom: 0,
      columns: { indicator: "B", target: "D" },
      actuals: [],
      anchor: { header: ["\t\t"], first: "指標" },
    });
  });

  test("a saved mapping's last row limits the table: footnotes below it are not read as rows", () => {
    const grid = gridFromRows("KPI", [
      ["No", "指標", "目標値"],
      [1, "観光入込客数", "19,000人"],
      [2, "図書館利用者数", "52,000人"],
      ["※1 観光入込客数は県の統計による", "", ""],
    ]);
    const m = toManualMapping(
      draft({ headerTop: "1", headerBottom: "1", dataBottom: "3", columns: { indicator: "B", target: "C" } }),
      grid,
    );
    expect(layoutFromMapping(grid, m)?.dataBottom).toBe(2);
    expect(layoutFromMapping(grid, { ...m, dataBottom: undefined })?.dataBottom).toBe(3);
  });

  test("rows as typed: an emptied input is a problem, not a reset; the bottom cannot be above the top", () => {
    expect(problemsOf(draft({ headerTop: "" })).headerTop).toBe("badRow");
    expect(problemsOf(draft({ headerTop: "0" })).headerTop).toBe("badRow");
    expect(problemsOf(draft({ headerTop: "4", headerBottom: "3" })).headerBottom).toBe("bottomAboveTop");
    expect(problemsOf(draft({ headerTop: "3", headerBottom: "3" })).headerBottom).toBeUndefined();
    expect(problemsOf(draft({ dataBottom: "3" })).dataBottom).toBe("dataAboveHeader");
    expect(problemsOf(draft({ dataBottom: "2x" })).dataBottom).toBe("badRow");
    expect(hasProblems(problemsOf(draft()))).toBe(false);
  });

  test("years typed by hand: era, short era and Western read; anything else is a problem", () => {
    for (const t of ["R12", "令和12年度", "2030", "Ｒ１２"]) expect(yearOf(t)).toMatchObject({ fy: 2030 });
    expect(yearOf("")).toBe("");
    for (const t of ["12", "R", "来年", "20301"]) expect(yearOf(t)).toBeNull();
    expect(problemsOf(draft({ targetYear: "来年" })).targetYear).toBe(true);
    expect(problemsOf(draft({ actuals: [{ col: "H", year: "?" }] })).actualYears).toEqual(new Set([0]));
  });

  test("one column cannot serve two fields (nor a field and an actual column); both are named", () => {
    const p = problemsOf(
      draft({ columns: { indicator: "B", target: "D", basis: "D" }, actuals: [{ col: "B", year: "R5" }] }),
    );
    expect(p.taken.get("field:basis")).toEqual({ field: "target" });
    expect(p.taken.get("field:target")).toEqual({ field: "basis" });
    expect(p.taken.get("actual:0")).toEqual({ field: "indicator" });
    expect(p.taken.has("field:unit")).toBe(false);
    expect(hasProblems(problemsOf(draft({ actuals: [{ col: "E", year: "R5" }] })))).toBe(false);
  });

  test("no indicator column: cannot be saved", () => {
    expect(problemsOf(draft({ columns: { target: "D" } })).noIndicator).toBe(true);
  });

  test("the header text of each column, over a two-row header, each text once", () => {
    const grid = gridFromRows("KPI", [["title"], ["No", "指標", "目標値"], ["", "指標", "（R12）"]]);
    expect(headerTexts(grid, 2, 3)).toEqual(["No", "指標", "目標値 / （R12）"]);
  });

  test("one mapping per table: saving replaces the one it was edited from and any for the same header", () => {
    const grid = twoTableGrid();
    const first = mappingOf(grid, 1, { indicator: "B", target: "E" });
    const second = mappingOf(grid, 6, { indicator: "B", target: "E" });
    const other = { ...first, sheet: "別" };
    // Another table of the sheet is kept; the same table saved again is replaced.
    expect(withMapping([other, first], second)).toEqual([other, first, second]);
    const again = { ...second, targetYear: "R9" };
    expect(withMapping([first, second], again, second)).toEqual([first, again]);
    // Replaced although edited from scratch: its header rows and columns meet the saved one's.
    expect(withMapping([first, second], again)).toEqual([first, again]);
    // Forgetting removes that table's mapping only (as parsed from the workbook: defaults filled).
    expect(withoutMapping([other, first, second], JSON.parse(JSON.stringify(second)))).toEqual([other, first]);
    expect(withoutMapping([first], second)).toEqual([first]);
  });

  test("a mapping saved in the earlier form (one per sheet, no anchor) loads and gives way on saving", () => {
    const grid = twoTableGrid();
    const old = { sheet: grid.name, headerTop: 1, headerBottom: 1, columns: { indicator: "B", target: "E" } };
    const [loaded] = parseSavedMappings([old]);
    expect(loaded).toEqual({ ...old, actuals: [] });
    // The check reads it as the sheet's only table; the editor shows that table as saved by hand.
    const check = checkSheets([grid], [loaded]);
    expect(check.layouts[grid.name].map((l) => l.id)).toEqual(["custom"]);
    const view = tableView(check, [loaded], { sheet: grid.name, table: 0 });
    expect(view.saved?.saved).toBe(loaded);
    expect(view.tables.map((t) => t.byHand)).toEqual([true]);
    expect(view.unplaced).toEqual([]);
    // Saved again from the editor (now anchored), it takes the old one's place.
    const anew = mappingOf(grid, 1, { indicator: "B", target: "E" });
    expect(withMapping([loaded], anew, loaded)).toEqual([anew]);
    expect(withMapping([loaded], mappingOf(grid, 6, { indicator: "B", target: "E" }))).toHaveLength(1);
    expect(withoutMapping([loaded], loaded)).toEqual([]);
    // One naming no usable indicator column leaves the sheet without a table: it is named as unplaced.
    const [broken] = parseSavedMappings([{ ...old, columns: { target: "E" } }]);
    const none = checkSheets([grid], [broken]);
    expect(none.layouts[grid.name]).toEqual([]);
    expect(tableView(none, [broken], { sheet: grid.name, table: 0 }).unplaced).toEqual([broken]);
    expect(tableToOpen(none, [broken])).toEqual({ sheet: grid.name, table: 0 });
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

describe("several tables per sheet", () => {
  const grid = twoTableGrid();

  test("each table is named by its header rows and range, its first indicator and its confidence", () => {
    const view = tableView(checkSheets([grid], []), [], { sheet: grid.name, table: 1 });
    expect(view.tables).toEqual([
      { rows: "2", range: "A2:F2", first: "観光入込客数", confidence: 1, doubts: [], byHand: false },
      { rows: "7", range: "A7:F7", first: "保育所待機児童数", confidence: 1, doubts: [], byHand: false },
    ]);
    expect(view.table).toBe(1);
    expect(view.initial).toMatchObject({ headerTop: "7", headerBottom: "7", dataBottom: "9" });
    // Past the last table: a table the reader did not find, started from nothing.
    const fresh = tableView(checkSheets([grid], []), [], { sheet: grid.name, table: 5 });
    expect(fresh.table).toBe(2);
    expect(fresh.layout).toBeNull();
    expect(fresh.initial.columns).toEqual({});
  });

  test("the second table corrected: the first stays automatic, the editor finds the saved mapping at its table", () => {
    const second = { ...mappingOf(grid, 6, { indicator: "B", baseline: "C", target: "E" }), targetYear: "R9" };
    const check = checkSheets([grid], [second]);
    expect(check.layouts[grid.name].map((l) => l.id)).toEqual(["generic", "custom"]);
    const view = tableView(check, [second], { sheet: grid.name, table: 1 });
    expect(view.saved?.saved).toBe(second);
    expect(view.tables.map((t) => t.byHand)).toEqual([false, true]);
    expect(view.initial.targetYear).toBe("R9");
    expect(tableView(check, [second], { sheet: grid.name, table: 0 }).saved).toBeUndefined();
  });

  test("rows inserted above: the editor starts from where the table now is; the stored mapping is what reset drops", () => {
    const second = mappingOf(grid, 6, { indicator: "B", target: "E" });
    const moved = gridFromRows(grid.name, [["令和6年度"], ...rowsOf(grid)]);
    const check = checkSheets([moved], [second]);
    const view = tableView(check, [second], { sheet: grid.name, table: 1 });
    expect(view.saved?.saved).toBe(second);
    expect(view.saved?.at.headerTop).toBe(7);
    expect(view.initial.headerTop).toBe("8");
    expect(view.unplaced).toEqual([]);
  });

  test("a saved mapping whose table is gone is named, and the pane opens on it", () => {
    const second = mappingOf(grid, 6, { indicator: "B", target: "E" });
    const renamed = rowsOf(grid);
    renamed[7][1] = "保育所等待機児童数";
    const changed = gridFromRows(grid.name, renamed);
    const check = checkSheets([changed], [second]);
    expect(check.layouts[grid.name].map((l) => l.id)).toEqual(["generic", "generic"]);
    expect(tableView(check, [second], { sheet: grid.name, table: 1 }).unplaced).toEqual([second]);
    expect(tableToOpen(check, [second])).toEqual({ sheet: grid.name, table: 0 });
    // Near miss: the same mapping on the unchanged sheet is in force, and nothing needs the user.
    expect(tableToOpen(checkSheets([grid], [second]), [second])).toBeNull();
  });

  test("the pane opens on the unsure table, on whichever sheet and place", () => {
    const check = checkSheets([kpiGrid(), grid], []);
    expect(unsureTable(check.report)).toBeNull();
    check.report.sheets[1].tables[1].confidence = 0.5;
    expect(unsureTable(check.report)).toEqual({ sheet: grid.name, table: 1 });
    expect(tableToOpen(check, [])).toEqual({ sheet: grid.name, table: 1 });
    check.report.sheets[1].tables[0].confidence = 0.79;
    expect(unsureTable(check.report)).toEqual({ sheet: grid.name, table: 0 });
  });
});

/** A grid's rows as values, to build a changed copy of it. */
function rowsOf(grid: Grid): (string | number | null)[][] {
  return grid.cells.map((row) => (row ?? []).map((c) => (c?.value ?? null) as string | number | null));
}

describe("i18n", () => {
  test("placeholders are filled; a missing one is left visible", () => {
    expect(texts("ja").t("marked", { n: 3 })).toBe("3個のセルに印を付けました。");
    expect(texts("en").t("marked", { n: 3 })).toBe("Marked 3 cells.");
    expect(texts("en").t("marked")).toBe("Marked {n} cells.");
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

describe("changedCells (the summary after 適用 and 元に戻す)", () => {
  test("what each cell showed before and shows now, from the two checks' grids; unchanged cells left out", () => {
    const before = [kpiGrid()];
    const after = [kpiGrid()];
    after[0].cells[3][3] = { value: "18,940人/年", text: "18,940人/年" };
    const refs = [
      { sheet: "KPI", address: "D4" },
      { sheet: "KPI", address: "D5" },
      { sheet: "Other", address: "A1" },
    ];
    expect(changedCells(before, after, refs)).toEqual([
      { sheet: "KPI", address: "D4", before: "", after: "18,940人/年" },
    ]);
    expect(changedCells(after, before, refs)).toEqual([
      { sheet: "KPI", address: "D4", before: "18,940人/年", after: "" },
    ]);
  });
});
