import type { Grid } from "../grid/grid";
import { detectTables } from "../layout/detect";
import { tablesWithMappings } from "../layout/manual";
import { weighDoubts } from "../layout/doubts";
import { MergeIndex } from "../layout/merges";
import { HIERARCHY_FIELDS, rowKind, rowShape } from "../layout/row-kind";
import type { FieldName, ManualMapping, TableLayout } from "../layout/types";
import { buildRow, completeBlock, fieldCell, statedTargetYear, type TableContext } from "./build";
import { startsIndicator } from "./blocks";
import { settleTableEras } from "./eras";
import { HierarchyFill } from "./fill";
import type { IndicatorRow, KpiTable } from "./types";

/**
 * Every KPI table of a sheet with its typed rows (guide §1). A manual mapping for one of this
 * sheet's tables replaces that table's detection (tablesWithMappings). Blank rows, group-title
 * rows, notes and repeated header rows are left out.
 */
export function readTables(grid: Grid, opts: { mappings?: ManualMapping[] } = {}): KpiTable[] {
  const merges = new MergeIndex(grid.merges);
  const layouts = tablesWithMappings(grid, opts.mappings ?? [], () => detectTables(grid));
  return layouts.map((layout, table) => {
    const rows = readRows(grid, layout, table, merges);
    if (layout.id !== "custom") {
      settleTableEras(layout, rows);
      adoptRowsTargetYear(layout, rows);
      weighDoubts(layout);
    }
    return { layout, rows };
  });
}

/**
 * A table whose header names no target year, but whose rows each write the same one in their
 * target cell (「81.0%(32年度)」): that is the table's target year. Rows that disagree leave it
 * unset: each row then keeps its own.
 */
function adoptRowsTargetYear(layout: TableLayout, rows: IndicatorRow[]): void {
  if (statedTargetYear(layout) || layout.columns.targetYear !== undefined) return;
  const years = rows.flatMap((r) => (r.targetYear ? [r.targetYear] : []));
  if (years.length === 0 || !years.every((y) => y.fy === years[0].fy)) return;
  layout.targetYear = years[0];
  layout.targetYearFrom = "cells";
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
    repeated: new Set(layout.repeatedHeaderRows),
  };
  const shape = rowShape(
    layout.columns,
    layout.actuals.map((a) => a.col),
    layout,
  );

  // One indicator can take several rows (目標値 / 実績値 under one merged name): they are read
  // together, as one block, and reported at its first row.
  const rows: IndicatorRow[] = [];
  let block: number[] = [];
  // The block's first row, built when it is read (the group columns filled down are those of its
  // place in the table), completed from the block's other rows once they are known.
  let first: IndicatorRow | null = null;
  // The last row of the previous block: a card's name is looked for above its grid, not past it.
  let after = -1;
  const flush = () => {
    if (!first) return;
    const built = completeBlock(ctx, first, block, after);
    if (built) rows.push(built);
    after = block[block.length - 1];
    block = [];
    first = null;
  };
  for (let r = layout.dataTop; r <= layout.dataBottom; r++) {
    if (ctx.repeated.has(r)) {
      flush();
      fill.reset();
      continue;
    }
    const kind = rowKind(grid, merges, r, shape);
    if (kind === "blank") continue;
    if (kind === "note") {
      flush();
      continue;
    }
    if (fill.active) {
      fill.observe((col) => {
        const cell = fieldCell(ctx, null, r, col);
        return cell.text !== "" && !cell.fromMerge ? cell : null;
      });
    }
    if (kind !== "data") {
      flush();
      continue;
    }
    if (block.length > 0 && !startsIndicator(grid, merges, layout, shape, block, r)) {
      block.push(r);
      continue;
    }
    flush();
    block = [r];
    first = buildRow(ctx, r);
  }
  flush();
  if (ctx.basisUnderLabel !== undefined) layout.labelledColumns = { basis: ctx.basisUnderLabel };
  return rows;
}
