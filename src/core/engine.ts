import type { Grid } from "./grid/grid";
import { columnLetters } from "./grid/grid";
import type { ManualMapping } from "./layout/types";
import { readTables } from "./rows/read";
import type { KpiTable } from "./rows/types";
import { computeRealignedTarget, computeRowTarget, type RowTargetContext } from "./targets/row-target";
import { runChecks } from "./checks";
import { gatherValueCells } from "./checks/row-values";
import { tableRealigner } from "./checks/shift";
import type { RowReading } from "./checks/types";
import { raise } from "./report/finding";
import type { Finding, Report, RowReport, RowTarget, SheetReport, Summary } from "./report/schema";
import type { FiscalYear } from "./years/types";

export interface EngineOptions {
  /** Column mappings corrected by hand, per table (remembered in the workbook by the add-in). */
  mappings?: ManualMapping[];
  /** Receives each sheet's tables as read (the task pane keeps them, so a check reads them once). */
  onTables?(sheet: string, tables: KpiTable[]): void;
}

/** One sheet: recognise its KPI tables, compute every row's target, run every check. */
export function checkGrid(grid: Grid, options: EngineOptions = {}): SheetReport {
  const tables = readTables(grid, { mappings: options.mappings ?? [] });
  options.onTables?.(grid.name, tables);
  if (tables.length === 0) {
    return {
      name: grid.name,
      layout: null,
      targetYear: null,
      rows: [],
      findings: [raise("LAYOUT_NOT_FOUND", "default", { row: null, cell: null }, { sheet: grid.name })],
      tables: [],
    };
  }

  const rows: RowReport[] = [];
  const findings: Finding[] = [];
  const planYears = tables.map(planTargetYearOf);
  tables.forEach((table, i) => {
    const ctx = { planTargetYear: planYears[i] };
    const realign = tableRealigner(grid, table);
    // read → realign → target → report, one row at a time: a row's value cells, its reading and
    // the realigned row are done with once its target and report row are made. What the checks
    // read of every row stays: its target verdict and its COLUMN_SHIFT.
    const targets = new Map<number, RowTarget>();
    const shifts: Finding[] = [];
    for (const row of table.rows) {
      const reading = realign(row, gatherValueCells(row));
      const { target, findings: found } = targetOf(reading, ctx);
      targets.set(row.row, target);
      for (const f of found) findings.push(f);
      if (reading.shift) shifts.push(reading.shift);
      rows.push(rowReport(reading, target));
    }
    for (const f of runChecks({ grid, table, targets, planTargetYear: ctx.planTargetYear }, shifts)) {
      findings.push(f);
    }
  });
  findings.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));

  const first = tables[0].layout;
  return {
    name: grid.name,
    layout: first.id,
    targetYear: planYears[0]?.label ?? null,
    rows,
    findings,
    tables: tables.map((t) => ({
      layout: t.layout.id,
      block: t.layout.block,
      header: `${t.layout.headerTop + 1}-${t.layout.headerBottom + 1}`,
      columns: Object.fromEntries(
        Object.entries({ ...t.layout.labelledColumns, ...t.layout.columns }).map(([field, col]) => [
          field,
          columnLetters(col as number),
        ]),
      ),
      confidence: t.layout.confidence,
      doubts: t.layout.doubts ?? [],
    })),
  };
}

/**
 * A row's target: on the row as read when it is in place; on its realigned row when that is safe
 * to compute on; else none (a number from a guessed layout would be a confident wrong answer).
 */
function targetOf(r: RowReading, ctx: RowTargetContext): { target: RowTarget; findings: Finding[] } {
  if (r.moves.length === 0) return computeRowTarget(r.row, ctx);
  return (
    (r.realigned && computeRealignedTarget(r.row, r.realigned, r.moves, ctx)) ?? computeRowTarget(r.row, ctx, true)
  );
}

/** The report's row: a realigned row is named and judged by what its realignment reads. */
function rowReport(r: RowReading, target: RowTarget): RowReport {
  const shown = r.realigned && r.realigned.indicator !== "" ? r.realigned : r.row;
  return {
    row: r.row.row,
    indicator: shown.indicator,
    status: shown.status,
    statusText: shown.statusText,
    block: r.row.block,
    target,
  };
}

/**
 * The plan's target year for a table: the layout's (a year in the target header, the plan period
 * in a title). With a 目標年度 column, the year its rows name when they all agree, else null:
 * each row then uses its own year.
 */
function planTargetYearOf(table: KpiTable): FiscalYear | null {
  const { layout, rows } = table;
  if (layout.columns.targetYear === undefined || rows.length === 0) return layout.targetYear ?? null;
  const year = rows[0].targetYear;
  return year && rows.every((r) => r.targetYear?.fy === year.fy) ? year : null;
}

export function summarize(sheets: SheetReport[]): Summary {
  const summary: Summary = { rows: 0, errors: 0, warnings: 0, infos: 0 };
  for (const s of sheets) {
    summary.rows += s.rows.length;
    for (const f of s.findings) {
      if (f.severity === "error") summary.errors++;
      else if (f.severity === "warning") summary.warnings++;
      else summary.infos++;
    }
  }
  return summary;
}

/**
 * A whole workbook. Sheets with no KPI table are reported with LAYOUT_NOT_FOUND only when no
 * sheet of the workbook has one (a workbook often carries cover or note sheets).
 */
export function checkWorkbook(file: string, grids: Iterable<Grid>, options: EngineOptions = {}): Report {
  // One grid at a time: from a lazy source, each can be let go once its sheet is checked.
  const all = Array.from(grids, (g) => checkGrid(g, options));
  const withTables = all.filter((s) => s.layout !== null);
  const sheets = withTables.length > 0 ? withTables : all;
  return { file, sheets, summary: summarize(sheets) };
}
