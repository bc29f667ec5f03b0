import type { Grid } from "../core/grid/grid";
import type { ManualMapping } from "../core/layout/types";
import type { Report } from "../core/report/schema";
import type { KpiTable } from "../core/rows/types";
import { checkWorkbook } from "../core/engine";
import { readTables } from "../core/rows/read";

/** What one validation run gives the pane: the report, plus the recognised tables (column map, actuals for the charts). */
export interface WorkbookCheck {
  report: Report;
  /** sheet name → its recognised tables. */
  tables: Record<string, KpiTable[]>;
  grids: Grid[];
}

export type Checker = (grids: Grid[], mappings: ManualMapping[]) => WorkbookCheck;

/** The engine's report and, for the same mappings, the tables behind it. */
export const checkSheets: Checker = (grids, mappings) => {
  const tables: Record<string, KpiTable[]> = {};
  for (const grid of grids) {
    const mapping = mappings.find((m) => m.sheet === grid.name);
    tables[grid.name] = readTables(grid, mapping ? { mapping } : {});
  }
  return { report: checkWorkbook("", grids, { mappings }), tables, grids };
};
