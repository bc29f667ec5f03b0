import type { Grid } from "../grid/grid";
import { detectTables } from "../layout/detect";
import { layoutFromMapping } from "../layout/manual";
import { MergeIndex } from "../layout/merges";
import { HIERARCHY_FIELDS, rowKind, rowShape } from "../layout/row-kind";
import type { FieldName, ManualMapping, TableLayout } from "../layout/types";
import { buildRow, fieldCell, type TableContext } from "./build";
import { HierarchyFill } from "./fill";
import type { IndicatorRow, KpiTable } from "./types";

/**
 * Every KPI table of a sheet with its typed rows (guide §1). A manual mapping for this sheet
 * replaces detection. Blank rows, group-title rows, notes and repeated header rows are left out.
 */
export function readTables(grid: Grid, opts: { mapping?: ManualMapping } = {}): KpiTable[] {
  const merges = new MergeIndex(grid.merges);
  let layouts: TableLayout[];
  if (opts.mapping && opts.mapping.sheet === grid.name) {
    const manual = layoutFromMapping(grid, opts.mapping);
    layouts = manual ? [manual] : [];
  } else {
    layouts = detectTables(grid);
  }
  return layouts.map((layout, table) => ({ layout, rows: readRows(grid, layout, table, merges) }));
}

function readRows(grid: Grid, layout: TableLayout, table: number, merges: MergeIndex): IndicatorRow[] {
  const hierarchy = HIERARCHY_FIELDS.flatMap((f) => (layout.columns[f] === undefined ? [] : [layout.columns[f]]));
  // A group column with merges in the table is read through its merges; one without is filled down.
  const fillCols = hierarchy.filter((c) => !merges.hasMergeIn(c, layout.dataTop, layout.dataBottom));
  const fill = new HierarchyFill(fillCols);
  const fields = Object.entries(layout.columns) as [FieldName, number][];
  const ctx: TableContext = {
    grid,
    layout,
    table,
    merges,
    fill,
    fillCols: new Set(fillCols),
    fields,
    years: new Map(),
  };
  const shape = rowShape(
    layout.columns,
    layout.actuals.map((a) => a.col),
  );
  const repeated = new Set(layout.repeatedHeaderRows);

  const rows: IndicatorRow[] = [];
  for (let r = layout.dataTop; r <= layout.dataBottom; r++) {
    if (repeated.has(r)) {
      fill.reset();
      continue;
    }
    const kind = rowKind(grid, merges, r, shape);
    if (kind === "blank" || kind === "note") continue;
    if (fill.active) {
      fill.observe((col) => {
        const cell = fieldCell(ctx, null, r, col);
        return cell.text !== "" && !cell.fromMerge ? cell : null;
      });
    }
    if (kind === "data") rows.push(buildRow(ctx, r));
  }
  return rows;
}
