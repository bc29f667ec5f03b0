import { parseAddress, type Grid } from "../grid/grid";
import { parseFiscalYear } from "../years/era";
import { mayBeHeader } from "./headers";
import type { ActualColumn, FieldName, ManualMapping, TableLayout } from "./types";

function columnIndex(letters: string): number | null {
  return /^[A-Za-z]{1,3}$/.test(letters.trim()) ? (parseAddress(`${letters.trim()}1`)?.col ?? null) : null;
}

/**
 * The table a user mapped by hand (layout "custom"): their columns and header rows, data from
 * below the header to the sheet's last row, or to the mapping's dataBottom when footnotes follow.
 * Rows that repeat the header's words are skipped as a repeated header. Null when the mapping
 * names no usable indicator column.
 */
export function layoutFromMapping(grid: Grid, mapping: ManualMapping): TableLayout | null {
  const columns: Partial<Record<FieldName, number>> = {};
  for (const [field, letters] of Object.entries(mapping.columns) as [FieldName, string | undefined][]) {
    const col = letters === undefined ? null : columnIndex(letters);
    if (col !== null) columns[field] = col;
  }
  if (columns.indicator === undefined) return null;

  const actuals: ActualColumn[] = [];
  for (const a of mapping.actuals) {
    const col = columnIndex(a.col);
    const year = parseFiscalYear(a.year);
    if (col !== null && year) actuals.push({ col, year });
  }

  const headerText = (row: number) => (grid.cells[row] ?? []).map((c) => c?.text.trim() ?? "").join("\t");
  const headers = new Set<string>();
  for (let h = mapping.headerTop; h <= mapping.headerBottom; h++) headers.add(headerText(h));

  const repeatedHeaderRows: number[] = [];
  let dataBottom = mapping.headerBottom;
  const last = Math.min(grid.cells.length - 1, mapping.dataBottom ?? Infinity);
  for (let r = mapping.headerBottom + 1; r <= last; r++) {
    const cells = grid.cells[r];
    if (!cells || cells.length === 0) continue;
    // Cheap guard first: a row can only repeat the header when some cell looks like a header word.
    if (cells.some((c) => c && mayBeHeader(c.text)) && headers.has(headerText(r))) repeatedHeaderRows.push(r);
    else dataBottom = r;
  }

  const layout: TableLayout = {
    id: "custom",
    block: columns.additionReason !== undefined ? "new" : "continuing",
    headerTop: mapping.headerTop,
    headerBottom: mapping.headerBottom,
    dataTop: mapping.headerBottom + 1,
    dataBottom,
    columns,
    actuals,
    confidence: 1,
    repeatedHeaderRows,
  };
  const targetYear = mapping.targetYear ? parseFiscalYear(mapping.targetYear) : null;
  if (targetYear) layout.targetYear = targetYear;
  const baselineYear = mapping.baselineYear ? parseFiscalYear(mapping.baselineYear) : null;
  if (baselineYear) layout.baselineYear = baselineYear;
  return layout;
}
