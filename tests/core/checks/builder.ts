import { gridFromRows, type CellValue, type Grid, type MergedArea } from "../../../src/core/grid/grid";
import { readTables } from "../../../src/core/rows/read";
import { runChecks } from "../../../src/core/checks";
import { gatherValueCells } from "../../../src/core/checks/row-values";
import { tableRealigner } from "../../../src/core/checks/shift";
import type { Finding } from "../../../src/core/report/schema";
import type { RowTarget } from "../../../src/core/report/schema";
import type { KpiTable } from "../../../src/core/rows/types";
import { HEADER_1, HEADER_2 } from "../../fixtures/kyosei-headers";

/**
 * Test rows in the 共生ビジョン layout, built as a grid and read back through readTables: the
 * checks see rows exactly as the engine would.
 *
 * Sheet: row 1 title with the plan period (令和8年度～令和12年度), rows 3–4 the two-row header,
 * data from row 5 (A…P as in guide §1a).
 */
export interface KyoseiRow {
  policyArea?: string;
  project?: string;
  indicator: string;
  baseline?: string;
  baselineYear?: string;
  previousTarget?: string;
  previousTargetYear?: string;
  /** R3, R4, R5, R6 actuals; null for a blank cell. */
  actuals?: (string | null)[];
  status?: string;
  reason?: string;
  target?: string;
  basis?: string;
  source?: string;
}

export const FIRST_DATA_ROW = 5;

const TITLE = "■第3期共生ビジョン期間：令和8年度～令和12年度(5年間)";
const HEADER_MERGES: MergedArea[] = [
  [0, 0],
  [1, 1],
  [11, 11],
  [12, 12],
  [13, 13],
]
  .map(([l, r]) => ({ top: 2, bottom: 3, left: l, right: r }))
  .concat([
    { top: 2, bottom: 2, left: 2, right: 6 },
    { top: 2, bottom: 2, left: 7, right: 10 },
    { top: 2, bottom: 2, left: 14, right: 15 },
  ]);

/** One row's cells A…P. */
export function kyoseiCells(r: KyoseiRow): CellValue[] {
  const a = r.actuals ?? [];
  return [
    r.policyArea ?? null,
    r.project ?? null,
    r.indicator,
    r.baseline ?? null,
    r.baselineYear ?? null,
    r.previousTarget ?? null,
    r.previousTargetYear ?? null,
    a[0] ?? null,
    a[1] ?? null,
    a[2] ?? null,
    a[3] ?? null,
    r.status ?? null,
    r.reason ?? null,
    r.target ?? null,
    r.basis ?? null,
    r.source ?? null,
  ].map((v) => (v === undefined ? null : v));
}

/** A 共生ビジョン sheet from rows given by field, or as raw A…P cells (for shifted rows). */
export function kyoseiGrid(rows: (KyoseiRow | CellValue[])[], name = "KPI"): Grid {
  const data = rows.map((r) => (Array.isArray(r) ? r : kyoseiCells(r)));
  return gridFromRows(name, [[TITLE], [], [...HEADER_1], [...HEADER_2], ...data], HEADER_MERGES);
}

export function onlyTable(grid: Grid): KpiTable {
  const tables = readTables(grid);
  if (tables.length !== 1) throw new Error(`expected one table, found ${tables.length}`);
  return tables[0];
}

/** The realignment stage and the checks of one table, as the engine runs them (targets given by the test). */
export function checkTable(grid: Grid, table: KpiTable, targets: Map<number, RowTarget> = new Map()): Finding[] {
  const input = { grid, table, targets, planTargetYear: table.layout.targetYear ?? null };
  const realign = tableRealigner(grid, table);
  const shifts = table.rows.flatMap((row) => realign(row, gatherValueCells(row)).shift ?? []);
  return runChecks(input, shifts);
}

/** readTables + the realignment stage + runChecks, with the basis engine's verdicts when a test gives them. */
export function check(grid: Grid, targets: Map<number, RowTarget> = new Map()): Finding[] {
  return checkTable(grid, onlyTable(grid), targets);
}

export function checkRows(rows: (KyoseiRow | CellValue[])[]): Finding[] {
  return check(kyoseiGrid(rows));
}

/** Findings of one code, as [code, cell] pairs — what most assertions compare. */
export function codes(findings: Finding[], code?: string): [string, string | null][] {
  return findings.filter((f) => !code || f.code === code).map((f) => [f.code, f.cell]);
}

/** A clean continuing row the tests vary one field at a time. */
export const CLEAN: KyoseiRow = {
  policyArea: "地域公共交通",
  project: "伊那本線バス",
  indicator: "伊那本線利用者人数",
  baseline: "22,549人/年",
  baselineYear: "R1",
  previousTarget: "24,000人/年",
  previousTargetYear: "R7",
  actuals: ["18,768人/年", "17,929人/年", "17,814人/年", "17,842人/年"],
  status: "継続",
  target: "19,000人/年",
  basis: "R6の現状から年1%の増加を目指す。",
  source: "運行実績",
};
