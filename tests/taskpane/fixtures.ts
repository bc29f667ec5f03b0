import { cellText, gridFromRows, parseAddress, type Grid } from "../../src/core/grid/grid";
import type { ManualMapping, TableLayout } from "../../src/core/layout/types";
import type { Finding, Report, RowReport, SheetReport } from "../../src/core/report/schema";
import type { Checker, WorkbookCheck } from "../../src/taskpane/checker";

/**
 * A stand-in for the engine in the UI tests: rows whose computed target is given, judged against
 * what the workbook's target cell holds NOW (empty → computed, same text → match, else mismatch),
 * so apply and revert change what the next check reports, as with the real engine.
 */
export interface ScriptedRow {
  row: number;
  indicator: string;
  /** Target cell, e.g. "N5". */
  cell: string;
  computed: string | null;
  explanation: string;
  /** The engine's reason for the written form (fill.why / fill.whyEn), when the report gives one. */
  why?: { ja: string; en: string };
}

export function finding(
  code: Finding["code"],
  severity: Finding["severity"],
  cell: string | null,
  message: string,
): Finding {
  const row = cell ? (parseAddress(cell)?.row ?? 0) + 1 : null;
  return { code, severity, row, cell, message, messageEn: `EN ${message}`, messageKey: code, params: {} };
}

export function rowReport(grid: Grid, r: ScriptedRow): RowReport {
  const at = parseAddress(r.cell)!;
  const stated = cellText(grid, at.row, at.col);
  const computed =
    r.computed === null ? null : { value: Number(r.computed.replace(/[^\d.]/g, "")), display: r.computed };
  const status = !computed ? "unverifiable" : stated === "" ? "computed" : stated === r.computed ? "match" : "mismatch";
  return {
    row: r.row,
    indicator: r.indicator,
    status: "継続",
    target: {
      status,
      stated: stated === "" ? null : { text: stated, value: Number(stated.replace(/[^\d.]/g, "")) },
      computed,
      rule: computed ? "compound-growth" : null,
      explanation: r.explanation,
      explanationEn: `EN ${r.explanation}`,
      parts: [],
      ...(computed
        ? {
            fill: {
              cell: r.cell,
              value: r.computed as string,
              ...(r.why ? { why: r.why.ja, whyEn: r.why.en } : {}),
            },
          }
        : {}),
    },
  };
}

export function summaryOf(sheets: SheetReport[]): Report["summary"] {
  const all = sheets.flatMap((s) => s.findings);
  return {
    rows: sheets.reduce((n, s) => n + s.rows.length, 0),
    errors: all.filter((f) => f.severity === "error").length,
    warnings: all.filter((f) => f.severity === "warning").length,
    infos: all.filter((f) => f.severity === "info").length,
  };
}

export interface Script {
  rows: ScriptedRow[];
  findings: Finding[];
  /** The recognised table's layout on the first sheet (for the mapping view). */
  layout?: TableLayout;
  confidence?: number;
}

/** A checker following a script; `calls` records the mappings each run received. */
export function scriptedChecker(script: Script): Checker & { calls: ManualMapping[][] } {
  const calls: ManualMapping[][] = [];
  const checker = (grids: Grid[], mappings: ManualMapping[]): WorkbookCheck => {
    calls.push(mappings);
    const [grid] = grids;
    const sheet: SheetReport = {
      name: grid.name,
      layout: "kyosei-vision",
      targetYear: "R12",
      rows: script.rows.map((r) => rowReport(grid, r)),
      findings: script.findings,
      tables: script.layout
        ? [
            {
              layout: "kyosei-vision",
              block: "continuing",
              header: "2-3",
              columns: { indicator: "B", target: "C" },
              confidence: script.confidence ?? 0.9,
              doubts: script.layout.doubts ?? [],
            },
          ]
        : [],
    };
    return {
      report: { file: "", sheets: [sheet], summary: summaryOf([sheet]) },
      layouts: { [grid.name]: script.layout ? [script.layout] : [] },
      trends: {},
      grids,
    };
  };
  return Object.assign(checker, { calls });
}

/** A small KPI sheet: title, header rows 2-3, data rows 4-6; D holds the targets (D4 empty). */
export function kpiGrid(): Grid {
  return gridFromRows("KPI", [
    ["KPI一覧"],
    ["No", "指標", "現状値", "R12指標値"],
    ["", "", "", ""],
    [1, "観光入込客数", "17,842人/年", ""],
    [2, "図書館利用者数", "50,000人/年", "52,000人/年"],
    [3, "相談件数", "120件", "130件"],
  ]);
}

export function layoutOf(): TableLayout {
  return {
    id: "kyosei-vision",
    block: "continuing",
    headerTop: 1,
    headerBottom: 2,
    dataTop: 3,
    dataBottom: 5,
    columns: { no: 0, indicator: 1, baseline: 2, target: 3 },
    actuals: [],
    targetYear: { fy: 2030, label: "R12" },
    confidence: 0.6,
    repeatedHeaderRows: [],
  };
}

export const SCRIPT: Script = {
  rows: [
    {
      row: 4,
      indicator: "観光入込客数",
      cell: "D4",
      computed: "18,940人/年",
      explanation: "17,842 × 1.01⁶ = 18,939.6",
    },
    { row: 5, indicator: "図書館利用者数", cell: "D5", computed: "55,000人/年", explanation: "50,000 × 1.1 = 55,000" },
    { row: 6, indicator: "相談件数", cell: "D6", computed: "130件", explanation: "120 + 10 = 130" },
  ],
  findings: [
    finding("TARGET_MISSING", "error", "D4", "目標値が空欄です"),
    finding("BASIS_MISMATCH", "warning", "D5", "根拠から算出した値と異なります"),
    finding("UNIT_STYLE", "warning", "C6", "単位の書き方が違います"),
    finding("DUPLICATE_INDICATOR", "info", null, "シート全体の注意"),
  ],
};

/**
 * A sheet of two KPI tables one under the other (rows 2-4 and 7-9 in Excel's numbering), each
 * under its own title and header: the second has an actual-year column and no target year of its
 * own (the reader takes the first table's).
 */
export function twoTableGrid(): Grid {
  return gridFromRows("二つの表", [
    ["基本目標1 観光"],
    ["No", "指標名", "単位", "現状値（R5）", "目標値（R11）", "設定根拠"],
    [1, "観光入込客数", "人", 17842, 19000, "年1%増"],
    [2, "宿泊者数", "人", 5200, 5600, "年1.2%増"],
    [],
    ["基本目標2 子育て"],
    ["No", "成果指標", "基準値", "R6実績", "目標値", "目標年度"],
    [1, "保育所待機児童数", "12人", "8人", "0人", "R9"],
    [2, "子育て相談件数", "340件", "360件", "400件", "R9"],
  ]);
}
