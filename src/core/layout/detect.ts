import type { Grid } from "../grid/grid";
import { parseQuantity } from "../quantity/parse";
import { normalize, withoutSpaces } from "../text/normalize";
import { parseFiscalYear } from "../years/era";
import type { FiscalYear } from "../years/types";
import { classifyLayout } from "./classify";
import { mapColumns, type ColumnMap, type HeaderColumn } from "./columns";
import { matchHeader, mayBeHeader, type HeaderMatch } from "./headers";
import { MergeIndex } from "./merges";
import { planPeriodEnd } from "./plan-period";
import { rowKind, rowShape, type RowShape } from "./row-kind";
import type { TableLayout } from "./types";

/** A header found on the sheet: its rows and its column map. */
export interface FoundHeader {
  top: number;
  bottom: number;
  map: ColumnMap;
}

interface RowHeaderCells {
  cells: { col: number; match: HeaderMatch | null; text: string }[];
  matched: number;
  fieldMatches: number;
  actualMatches: number;
}

/**
 * A value a data row carries and a header never does: a number or quantity (3, 48.5, 12,000人),
 * 実績なし or 全園. A bare Western year (2022) is left out: it may label a yearly column.
 */
function isDataValue(text: string): boolean {
  const kind = parseQuantity(text).kind;
  return kind !== "unparseable" && kind !== "blank" && parseFiscalYear(text) === null;
}

/**
 * Whether a row reads as a header row: at least two header words, making up at least half of
 * its cells, and no data value. A data row whose prose or year cells happen to contain header
 * words (2022年度 | 2030年度 | 国の目標値を目指す) has numbers beside them, or is mostly other text.
 */
function isHeaderRow(row: RowHeaderCells | null): row is RowHeaderCells {
  return (
    row !== null &&
    row.matched >= 2 &&
    row.matched * 2 >= row.cells.length &&
    // Checked last: only rows that are already mostly header words are parsed cell by cell.
    !row.cells.some((c) => c.match === null && isDataValue(c.text))
  );
}

/**
 * Matches every cell of a row against the header words; null when the row cannot be a header
 * row: fewer than two cells could be header words, or they are fewer than half its filled cells
 * (a cell that is not even a hint never matches, so isHeaderRow would reject the row anyway).
 * Every data row comes through here: most leave at the count, before any cell is matched.
 */
function headerCells(grid: Grid, row: number): RowHeaderCells | null {
  const raw = grid.cells[row];
  if (!raw) return null;
  let filled = 0;
  for (const c of raw) if (c && c.text.trim() !== "") filled++;
  // At least two, and at least half, of the filled cells must be possible header words: the
  // cells are tested (a memo lookup each) only until the misses make that impossible.
  const maxMisses = filled - Math.max(2, Math.ceil(filled / 2));
  if (maxMisses < 0) return null;
  let misses = 0;
  for (const c of raw) {
    if (!c || c.text.trim() === "" || mayBeHeader(c.text)) continue;
    if (++misses > maxMisses) return null;
  }
  const out: RowHeaderCells = { cells: [], matched: 0, fieldMatches: 0, actualMatches: 0 };
  raw.forEach((c, col) => {
    const text = c?.text.trim() ?? "";
    if (text === "") return;
    const match = matchHeader(text);
    out.cells.push({ col, match, text });
    if (!match) return;
    out.matched++;
    if (match.kind === "field") out.fieldMatches++;
    if (match.kind === "actual") out.actualMatches++;
  });
  return out;
}

/**
 * A second header row under the first: a header row with a field word or at least three year
 * columns. A data row with two years (R1 | R7) is not one.
 */
function isSubHeader(row: RowHeaderCells | null): row is RowHeaderCells {
  return isHeaderRow(row) && (row.fieldMatches >= 1 || row.actualMatches >= 3);
}

/** Reads a one- or two-row header starting at `row`; null when the row does not start a KPI header. */
export function readHeaderAt(grid: Grid, row: number): FoundHeader | null {
  const top = headerCells(grid, row);
  if (!isHeaderRow(top)) return null;
  const next = headerCells(grid, row + 1);
  const sub = isSubHeader(next) ? next : null;

  const byCol = new Map<number, HeaderColumn>();
  for (const c of top.cells) byCol.set(c.col, c);
  // The sub-header is the more specific word (指標 under 重要業績評価指標(KPI)); where it is
  // blank (a cell merged down over both rows), the group row's word stands.
  for (const c of sub?.cells ?? []) {
    if (c.match) byCol.set(c.col, c);
  }
  const header = [...byCol.values()].sort((a, b) => a.col - b.col);
  const map = mapColumns(header);
  return map ? { top: row, bottom: sub ? row + 1 : row, map } : null;
}

function sameColumns(a: ColumnMap, b: ColumnMap): boolean {
  const key = (m: ColumnMap) =>
    JSON.stringify([
      Object.entries(m.columns).sort(([x], [y]) => x.localeCompare(y)),
      m.actuals.map((x) => [x.col, x.year.fy]),
    ]);
  return key(a) === key(b);
}

/** 「■新規指標」: the title of the block of new indicators. */
function isNewBlockMarker(text: string): boolean {
  return text.includes("新規指標") && withoutSpaces(normalize(text)).length <= 12;
}

interface OpenTable {
  layout: TableLayout;
  header: FoundHeader;
  shape: RowShape;
}

/**
 * Finds every KPI table on a sheet, top to bottom, in one pass. A header identical to the open
 * table's (a PDF page break repeats title and header) continues that table; any other header,
 * or one under a 「■新規指標」 title, starts a new table. Title rows give the plan period.
 */
export function detectTables(grid: Grid): TableLayout[] {
  const merges = new MergeIndex(grid.merges);
  const tables: TableLayout[] = [];
  let open: OpenTable | null = null;
  let planEnd: FiscalYear | null = null;
  let newMarker = false;

  for (let r = 0; r < grid.cells.length; r++) {
    const cells = grid.cells[r];
    if (!cells || cells.length === 0) continue;

    const found = readHeaderAt(grid, r);
    if (found) {
      if (open && !newMarker && sameColumns(open.header.map, found.map)) {
        for (let h = found.top; h <= found.bottom; h++) open.layout.repeatedHeaderRows.push(h);
      } else {
        // A later block without a year of its own belongs to the same plan as the one above it.
        const inherited = planEnd ?? tables[tables.length - 1]?.targetYear ?? null;
        open = openTable(found, inherited, newMarker);
        tables.push(open.layout);
        newMarker = false;
      }
      r = found.bottom;
      continue;
    }

    if (open && rowKind(grid, merges, r, open.shape) === "data") {
      open.layout.dataBottom = r;
      continue;
    }
    // A title or marker row between tables.
    for (const c of cells) {
      const text = c?.text ?? "";
      if (text === "") continue;
      if (isNewBlockMarker(text)) newMarker = true;
      planEnd = planPeriodEnd(text) ?? planEnd;
    }
  }
  return tables;
}

function openTable(found: FoundHeader, planEnd: FiscalYear | null, newMarker: boolean): OpenTable {
  const { map } = found;
  const layout: TableLayout = {
    id: classifyLayout(map),
    block: newMarker || map.columns.additionReason !== undefined ? "new" : "continuing",
    headerTop: found.top,
    headerBottom: found.bottom,
    dataTop: found.bottom + 1,
    // Until a data row is seen, the (empty) data range ends at the header.
    dataBottom: found.bottom,
    columns: map.columns,
    actuals: map.actuals,
    confidence: map.confidence,
    repeatedHeaderRows: [],
  };
  if (map.baselineYear) layout.baselineYear = map.baselineYear;
  const targetYear = map.targetYear ?? planEnd;
  if (targetYear) layout.targetYear = targetYear;
  return {
    layout,
    header: found,
    shape: rowShape(
      map.columns,
      map.actuals.map((a) => a.col),
    ),
  };
}
