import type { Grid } from "./grid/grid";
import { columnLetters } from "./grid/grid";
import type { ManualMapping } from "./layout/types";
import { readTables } from "./rows/read";
import { computeRowTarget } from "./targets/row-target";
import { runChecks } from "./checks";
import { makeFinding } from "./report/finding";
import type { Finding, Report, RowReport, RowTarget, SheetReport, Summary } from "./report/schema";

export interface EngineOptions {
  /** Column mappings corrected by hand, per sheet (remembered in the workbook by the add-in). */
  mappings?: ManualMapping[];
}

/** One sheet: recognise its KPI tables, compute every row's target, run every check. */
export function checkGrid(grid: Grid, options: EngineOptions = {}): SheetReport {
  const mapping = options.mappings?.find((m) => m.sheet === grid.name);
  const tables = readTables(grid, mapping ? { mapping } : {});
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
  for (const table of tables) {
    const planTargetYear = table.layout.targetYear ?? null;
    const targets = new Map<number, RowTarget>();
    for (const row of table.rows) {
      const { target, findings: basisFindings } = computeRowTarget(row, { planTargetYear });
      targets.set(row.row, target);
      findings.push(...basisFindings);
      rows.push({
        row: row.row,
        indicator: row.indicator,
        status: row.status,
        statusText: row.statusText,
        block: row.block,
        target,
      });
    }
    findings.push(...runChecks({ grid, table, targets, planTargetYear }));
  }
  findings.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));

  const first = tables[0].layout;
  return {
    name: grid.name,
    layout: first.id,
    targetYear: first.targetYear?.label ?? null,
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
