import { columnIndex, type Grid } from "../grid/grid";
import { parseFiscalYear } from "../years/era";
import { mayBeHeader } from "./headers";
import type { ActualColumn, FieldName, ManualMapping, MappingAnchor, TableLayout } from "./types";

/**
 * The sheet's tables with the user's mappings: each mapping, found where its table now is (see
 * locateMapping), takes the place of the automatic tables it overlaps; the other automatic tables
 * stay as detected. A mapping no longer found is left out: its table is read automatically. An
 * old mapping (no anchor) is, as when it was saved, the sheet's only table. `detect` runs only
 * when some automatic table is wanted.
 */
export function tablesWithMappings(grid: Grid, mappings: ManualMapping[], detect: () => TableLayout[]): TableLayout[] {
  const own = mappings.filter((m) => m.sheet === grid.name);
  const whole = own.find((m) => !m.anchor);
  if (whole) {
    const layout = layoutFromMapping(grid, whole);
    return layout ? [layout] : [];
  }
  const detected = detect();
  if (own.length === 0) return detected;
  const manual = own.flatMap((m) => {
    const at = locateMapping(grid, m);
    // Open-ended (no last row typed): up to the next automatic table in its columns, not over it.
    const layout =
      at && layoutFromMapping(grid, at.dataBottom === undefined ? { ...at, ...endBefore(detected, at) } : at);
    return layout ? [layout] : [];
  });
  const kept = detected.filter((d) => !manual.some((l) => overlaps(spanOf(d), spanOf(l))));
  return [...kept, ...manual].sort((a, b) => a.headerTop - b.headerTop || spanOf(a).left - spanOf(b).left);
}

/** Rows and columns a table covers, header included. */
interface Span {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

function spanOf(layout: TableLayout): Span {
  const cols = [
    ...(Object.values(layout.columns) as number[]),
    ...layout.actuals.map((a) => a.col),
    ...(layout.nameCols ?? []),
    ...(layout.rowLabelCol === undefined ? [] : [layout.rowLabelCol]),
  ];
  return { top: layout.headerTop, bottom: layout.dataBottom, left: Math.min(...cols), right: Math.max(...cols) };
}

function overlaps(a: Span, b: Span): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

function endBefore(detected: TableLayout[], m: ManualMapping): { dataBottom?: number } {
  const { left, right } = mappedColumns(m);
  const next = detected
    .filter(
      (d) =>
        d.headerTop > m.headerBottom && overlaps(spanOf(d), { top: d.headerTop, bottom: d.headerTop, left, right }),
    )
    .map((d) => d.headerTop);
  return next.length > 0 ? { dataBottom: Math.min(...next) - 1 } : {};
}

/** Two mappings for one table: their header rows and their columns meet. */
export function mappingsOverlap(a: ManualMapping, b: ManualMapping): boolean {
  const header = (m: ManualMapping): Span => ({ top: m.headerTop, bottom: m.headerBottom, ...mappedColumns(m) });
  return a.sheet === b.sheet && overlaps(header(a), header(b));
}

/** The leftmost and rightmost column the mapping names (fields and actual-value columns). */
function mappedColumns(m: ManualMapping): { left: number; right: number } {
  const cols = [...Object.values(m.columns), ...m.actuals.map((a) => a.col)].flatMap((letters) => {
    const col = letters === undefined ? null : columnIndex(letters);
    return col === null ? [] : [col];
  });
  return cols.length > 0 ? { left: Math.min(...cols), right: Math.max(...cols) } : { left: 0, right: 0 };
}

const squeeze = (text: string) => text.replace(/\s+/g, " ").trim();

/**
 * What identifies the mapping's table on the sheet now: the header rows' texts within the mapped
 * columns, and the first text below the header in the indicator column (a sheet of small tables
 * repeats one header; their first indicators differ).
 */
export function anchorOf(grid: Grid, m: ManualMapping): MappingAnchor {
  const { left, right } = mappedColumns(m);
  const header: string[] = [];
  for (let r = m.headerTop; r <= m.headerBottom; r++) header.push(rowText(grid, r, left, right));
  const anchor: MappingAnchor = { header, first: firstBelow(grid, m) };
  const col = indicatorColumn(m);
  if (m.dataBottom !== undefined && col !== null) {
    for (let r = Math.min(m.dataBottom, grid.rowCount - 1); r > m.headerBottom; r--) {
      const text = textAt(grid, r, col);
      if (text) return { ...anchor, last: { text, below: m.dataBottom - r } };
    }
  }
  return anchor;
}

function indicatorColumn(m: ManualMapping): number | null {
  return m.columns.indicator === undefined ? null : columnIndex(m.columns.indicator);
}

const textAt = (grid: Grid, row: number, col: number) => squeeze(grid.cells[row]?.[col]?.text ?? "");

function rowText(grid: Grid, row: number, left: number, right: number): string {
  const texts: string[] = [];
  for (let c = left; c <= right; c++) texts.push(textAt(grid, row, c));
  return texts.join("\t");
}

function firstBelow(grid: Grid, m: ManualMapping): string {
  const col = indicatorColumn(m);
  if (col === null) return "";
  const last = Math.min(grid.rowCount - 1, m.dataBottom ?? Infinity);
  for (let r = m.headerBottom + 1; r <= last; r++) {
    const text = textAt(grid, r, col);
    if (text) return text;
  }
  return "";
}

/**
 * The table's last row where its last indicator now is (the occurrence nearest to where it was):
 * a row added or removed inside the table is not cut off nor taken from below it.
 */
function endFollowingLast(grid: Grid, m: ManualMapping, last: MappingAnchor["last"]): ManualMapping {
  const col = indicatorColumn(m);
  if (!last || m.dataBottom === undefined || col === null) return m;
  const expected = m.dataBottom - last.below;
  let found: number | null = null;
  for (let r = m.headerBottom + 1; r < grid.rowCount; r++) {
    if (textAt(grid, r, col) !== last.text) continue;
    if (found === null || Math.abs(r - expected) < Math.abs(found - expected)) found = r;
  }
  return found === null ? m : { ...m, dataBottom: found + last.below };
}

/**
 * The mapping where its table is now: at its saved rows when the sheet still shows its anchor
 * there, else at the nearest rows that do (rows inserted or deleted above moved the table), its
 * rows shifted alike, its last row following its last indicator (rows inserted or deleted inside);
 * null when no rows do (the header or first indicator was changed) — it must not be laid over
 * another table. An old mapping (no anchor) stays at its saved rows.
 */
export function locateMapping(grid: Grid, m: ManualMapping): ManualMapping | null {
  const anchor = m.anchor;
  if (!anchor) return m;
  const height = m.headerBottom - m.headerTop;
  const at = (top: number): ManualMapping => {
    const shift = top - m.headerTop;
    const moved = { ...m, headerTop: top, headerBottom: m.headerBottom + shift };
    if (m.dataBottom !== undefined) moved.dataBottom = m.dataBottom + shift;
    return moved;
  };
  const { left, right } = mappedColumns(m);
  const fits = (top: number): boolean =>
    top >= 0 &&
    top + height < grid.rowCount &&
    rowText(grid, top, left, right) === anchor.header[0] &&
    sameAnchor(anchorOf(grid, at(top)), anchor);
  for (let d = 0; d < grid.rowCount + Math.abs(m.headerTop); d++) {
    if (fits(m.headerTop - d)) return endFollowingLast(grid, at(m.headerTop - d), anchor.last);
    if (d > 0 && fits(m.headerTop + d)) return endFollowingLast(grid, at(m.headerTop + d), anchor.last);
  }
  return null;
}

/** The same table: its header and first indicator (where it ends may have moved). */
function sameAnchor(a: MappingAnchor, b: MappingAnchor): boolean {
  return a.first === b.first && a.header.length === b.header.length && a.header.every((t, i) => t === b.header[i]);
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
