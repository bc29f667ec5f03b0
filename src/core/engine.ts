import type { Grid } from "./grid/grid";
import { columnLetters } from "./grid/grid";
import type { ManualMapping } from "./layout/types";
import { readTables } from "./rows/read";
import type { KpiTable } from "./rows/types";
import { computeRealignedTarget, computeRowTarget } from "./targets/row-target";
import { realignRow } from "./targets/shifted";
import { runChecks } from "./checks";
import { makeFinding } from "./report/finding";
import type { Finding, Report, RowReport, RowTarget, SheetReport, Summary } from "./report/schema";
import type { FiscalYear } from "./years/types";

export interface EngineOptions {
  /** Column mappings corrected by hand, per sheet (remembered in the workbook by the add-in). */
  mappings?: ManualMapping[];
  /** Receives each sheet's tables as read (the task pane keeps them, so a check reads them once). */
  onTables?(sheet: string, tables: KpiTable[]): void;
}

/** One sheet: recognise its KPI tables, compute every row's target, run every check. */
export function checkGrid(grid: Grid, options: EngineOptions = {}): SheetReport {
  const mapping = options.mappings?.find((m) => m.sheet === grid.name);
  const tables = readTables(grid, mapping ? { mapping } : {});
  options.onTables?.(grid.name, tables);
  if (tables.length === 0) {
    return {
      name: grid.name,
      layout: null,
      targetYear: null,
      rows: [],
      findings: [
        makeFinding({
          code: "LAYOUT_NOT_FOUND",
          severity: "error",
          row: null,
          cell: null,
          params: { sheet: grid.name },
        }),
      ],
      tables: [],
    };
  }

  const rows: RowReport[] = [];
  const findings: Finding[] = [];
  const planYears = tables.map(planTargetYearOf);
  tables.forEach((table, i) => {
    const ctx = { planTargetYear: planYears[i] };
    // Per row, in the table's order: its target and the findings of its basis.
    const computed = table.rows.map((row) => computeRowTarget(row, ctx));
    const targets = new Map<number, RowTarget>();
    table.rows.forEach((row, k) => targets.set(row.row, computed[k].target));
    const checks = runChecks({ grid, table, targets, planTargetYear: ctx.planTargetYear });
    // A shifted row's target is computed again on the realigned row. This comes after the checks
    // because COLUMN_SHIFT's moves are known only then; the checks that read a target (status,
    // direction) report nothing on a shifted row, so none of them saw the first verdict.
    let indexOfRow: Map<number, number> | undefined;
    for (const f of checks) {
      if (f.code !== "COLUMN_SHIFT" || f.row === null || !f.moves) continue;
      indexOfRow ??= new Map(table.rows.map((r, k) => [r.row, k]));
      const k = indexOfRow.get(f.row);
      if (k === undefined) continue;
      const row = table.rows[k];
      const realigned = realignRow(row, table.layout, f.moves, grid);
      const result = realigned && computeRealignedTarget(row, realigned, f.moves, ctx);
      if (result) computed[k] = result;
    }
    table.rows.forEach((row, k) => {
      const { target, findings: basisFindings } = computed[k];
      for (const f of basisFindings) findings.push(f);
      rows.push({
        row: row.row,
        indicator: row.indicator,
        status: row.status,
        statusText: row.statusText,
        block: row.block,
        target,
      });
    });
    for (const f of checks) findings.push(f);
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
        Object.entries(t.layout.columns).map(([field, col]) => [field, columnLetters(col as number)]),
      ),
      confidence: t.layout.confidence,
    })),
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
export function checkWorkbook(file: string, grids: Grid[], options: EngineOptions = {}): Report {
  const all = grids.map((g) => checkGrid(g, options));
  const withTables = all.filter((s) => s.layout !== null);
  const sheets = withTables.length > 0 ? withTables : all;
  return { file, sheets, summary: summarize(sheets) };
}
