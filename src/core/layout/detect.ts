import type { Grid } from "../grid/grid";
import { parseQuantity } from "../quantity/parse";
import { normalize, withoutSpaces } from "../text/normalize";
import { fiscalYear, parseFiscalYear } from "../years/era";
import type { FiscalYear } from "../years/types";
import { classifyLayout } from "./classify";
import { mapColumns, type ColumnMap, type HeaderColumn } from "./columns";
import { matchHeader, mayBeHeader, type HeaderMatch } from "./headers";
import { MergeIndex } from "./merges";
import { planPeriodEnd } from "./plan-period";
import { ownText, rowKind, rowShape, type RowShape } from "./row-kind";
import { rowRole } from "./row-labels";
import { findYears } from "../years/era";
import { detectProgressionTables } from "./progression";
import { detectCard } from "./card";
import { PEEK_ROWS, readColumns, unreadColumns } from "./doubts";
import type { TableLayout } from "./types";

/** A header found on the sheet: its rows and its column map. */
export interface FoundHeader {
  top: number;
  bottom: number;
  map: ColumnMap;
  /** How the rows under it are laid out (row labels, sub-name columns, stacked header words). */
  rows: Pick<
    TableLayout,
    "rowLabelCol" | "nameCols" | "lowerRowCols" | "namesAbove" | "unreadColumns" | "otherCols" | "doubts"
  >;
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

/**
 * The column of row labels (区分: 目標値 / 実績値 / 達成率; a card's 数値 / 時点): the first column,
 * not holding a name or a value, whose first two filled cells under the header are row labels.
 */
function findLabelColumn(
  grid: Grid,
  merges: MergeIndex,
  bottom: number,
  map: ColumnMap,
  width: number,
): number | undefined {
  const { columns } = map;
  const taken = new Set<number>(map.actuals.map((a) => a.col));
  for (const [field, col] of Object.entries(columns)) if (field !== "status") taken.add(col as number);
  for (let col = 0; col < width; col++) {
    if (taken.has(col)) continue;
    const texts: string[] = [];
    for (let r = bottom + 1; r <= bottom + PEEK_ROWS && texts.length < 3; r++) {
      const t = ownText(grid, merges, r, col);
      if (t !== "") texts.push(t);
    }
    // A card has two labelled rows (数値 / 時点) before its notes; a stacked table repeats three.
    if (texts.length >= 2 && rowRole(texts[0]) !== null && rowRole(texts[1]) !== null) return col;
  }
  return undefined;
}

/** Whether any row under the header that carries a row label (期待値, 実績値, 数値) has text in `col`. */
function writtenOnLabelledRows(grid: Grid, merges: MergeIndex, bottom: number, labelCol: number, col: number) {
  for (let r = bottom + 1; r <= bottom + PEEK_ROWS; r++) {
    if (rowRole(ownText(grid, merges, r, labelCol)) !== null && ownText(grid, merges, r, col) !== "") return true;
  }
  return false;
}

const MARKER = /^[○●◎★☆◆◇■□△▲※*＊✓✔\-―ー・]?[0-9０-９]*$/;

/**
 * The columns under the indicator's header when it is merged across several (「目標」 over B:C):
 * the first one holding names is the indicator (a ○/★/No. column before it is not), the others
 * name sub-indicators (産業・業務部門 under 東京の温室効果ガス排出量).
 */
function nameColumns(grid: Grid, merges: MergeIndex, headerRow: number, bottom: number, map: ColumnMap) {
  const indicator = map.columns.indicator as number;
  const span = merges.find(headerRow, indicator);
  if (!span || span.right === span.left) return { indicator, nameCols: [] as number[] };
  const taken = new Set<number>([...Object.values(map.columns), ...map.actuals.map((a) => a.col)]);
  const named: number[] = [];
  for (let col = span.left; col <= span.right; col++) {
    if (col !== indicator && taken.has(col)) continue;
    for (let r = bottom + 1; r <= bottom + PEEK_ROWS; r++) {
      const t = ownText(grid, merges, r, col);
      if (t !== "" && !MARKER.test(t) && !isDataValue(t)) {
        named.push(col);
        break;
      }
    }
  }
  if (named.length === 0) return { indicator, nameCols: [] as number[] };
  return { indicator: named[0], nameCols: named.slice(1) };
}

/** Reads a one- or two-row header starting at `row`; null when the row does not start a KPI header. */
export function readHeaderAt(grid: Grid, row: number, merges = new MergeIndex(grid.merges)): FoundHeader | null {
  const top = headerCells(grid, row);
  if (!isHeaderRow(top)) return null;
  const next = headerCells(grid, row + 1);
  const sub = isSubHeader(next) ? next : null;
  const bottom = sub ? row + 1 : row;

  const byCol = new Map<number, HeaderColumn>();
  for (const c of top.cells) byCol.set(c.col, c);
  // The sub-header is the more specific word (指標 under 重要業績評価指標(KPI)); where it is
  // blank (a cell merged down over both rows), the group row's word stands.
  const lowerRowCols: number[] = [];
  for (const c of sub?.cells ?? []) {
    if (!c.match) continue;
    // 年度目標値 over H22の目標値 in one column: an indicator's second row holds the lower word's value.
    if (byCol.get(c.col)?.match && !merges.isCovered(row + 1, c.col)) lowerRowCols.push(c.col);
    byCol.set(c.col, c);
  }
  const header = [...byCol.values()].sort((a, b) => a.col - b.col);
  const width = grid.cells[row]?.length ?? 0;
  const probe = mapColumns(header, { nameless: true, actualsSuffice: true });
  if (!probe) return null;
  const labelCol = findLabelColumn(grid, merges, bottom, probe, width);
  const rows: FoundHeader["rows"] = {};
  let map = mapColumns(header, { actualsSuffice: labelCol !== undefined });
  if (!map && labelCol !== undefined) {
    // A card (数値 / 時点 rows under 基準値 | 今年度目標値 …): the names stand above the grid.
    map = probe;
    rows.namesAbove = true;
  }
  if (!map) return null;
  if (labelCol !== undefined) {
    rows.rowLabelCol = labelCol;
    if (map.columns.status === labelCol) delete map.columns.status;
    // In a stacked grid the baseline header is one slot of the year row (基準値⏎H26 | H27 | …):
    // with nothing written under it on any labelled row (not even a dash), there is no baseline.
    const baseline = map.columns.baseline;
    if (baseline !== undefined && !writtenOnLabelledRows(grid, merges, bottom, labelCol, baseline)) {
      delete map.columns.baseline;
      delete map.baselineYear;
    }
    // 目標値 / 実績値 rows under year columns: the plan target is the last year's on the 目標値 row.
    const last = map.actuals[map.actuals.length - 1];
    if (map.columns.target === undefined && last) {
      map.columns.target = last.col;
      map.targetYear ??= last.year;
    }
  }
  if (map.columns.indicator !== undefined) {
    // The row holding the indicator's own word: the sub-header's 指標, not a group label over it.
    const wordRow = sub?.cells.some((c) => c.col === map.columns.indicator && c.match) ? row + 1 : row;
    const names = nameColumns(grid, merges, wordRow, bottom, map);
    map.columns.indicator = names.indicator;
    if (names.nameCols.length > 0) rows.nameCols = names.nameCols;
  }
  if (lowerRowCols.length > 0) rows.lowerRowCols = lowerRowCols;
  // Columns the header words name as known but unchecked (達成率, 掲載頁) are not "unread".
  const known = readColumns(map, rows);
  // …nor are a second column saying a field another one has, or an actual whose year is only
  // known once the table is placed (今年度実績値 without a document year stays here).
  const other = header
    .filter((h) => (h.match?.kind === "other" || map.competingCols?.includes(h.col)) && !known.has(h.col))
    .map((h) => h.col);
  if (other.length > 0) rows.otherCols = other;
  for (const h of header) if (h.match?.kind === "other" || h.match?.kind === "group") known.add(h.col);
  for (const a of map.relativeActuals ?? []) known.add(a.col);
  const unread = unreadColumns(grid, merges, row, bottom, known);
  if (unread.length > 0) rows.unreadColumns = unread;
  const doubts: NonNullable<TableLayout["doubts"]> = [];
  if (map.competing) doubts.push("competing-columns");
  // A card's names stand in its 指標名 row (names-outside-grid says so): nothing was guessed.
  if (map.guessedIndicator && !rows.namesAbove) doubts.push("indicator-guessed");
  if (doubts.length > 0) rows.doubts = doubts;
  return { top: row, bottom, map, rows };
}

/**
 * 今年度実績値 / 前年度実績 columns become actuals of the document's year (or the one before);
 * without a document year they stay known columns, read by no check rather than guessed.
 */
function placeRelativeActuals(layout: TableLayout, map: ColumnMap, documentYear: FiscalYear | null): void {
  for (const { col, yearsBack } of map.relativeActuals ?? []) {
    if (documentYear) layout.actuals = [...layout.actuals, { col, year: fiscalYear(documentYear.fy - yearsBack) }];
    else layout.otherCols = [...(layout.otherCols ?? []), col];
  }
  layout.actuals.sort((a, b) => a.col - b.col);
}

function sameColumns(a: ColumnMap, b: ColumnMap): boolean {
  const key = (m: ColumnMap) =>
    JSON.stringify([
      // Any fixed order of the field names will do; code-unit order needs no locale data.
      Object.entries(m.columns).sort(([x], [y]) => (x < y ? -1 : 1)),
      m.actuals.map((x) => [x.col, x.year.fy]),
      // 26年度現状値 in one block, 27年度現状値 in the next: another table, with its own years.
      m.baselineYear?.fy,
      m.targetYear?.fy,
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
  let labelYear: FiscalYear | null = null;
  let newMarker = false;

  for (let r = 0; r < grid.cells.length; r++) {
    const cells = grid.cells[r];
    if (!cells || cells.length === 0) continue;

    const found = readHeaderAt(grid, r, merges);
    if (found) {
      if (open && !newMarker && sameColumns(open.header.map, found.map)) {
        for (let h = found.top; h <= found.bottom; h++) open.layout.repeatedHeaderRows.push(h);
      } else {
        // A later block without a year of its own belongs to the same plan as the one above it.
        const inherited = planEnd ?? tables[tables.length - 1]?.targetYear ?? null;
        open = openTable(found, { planEnd: inherited, labelYear, sheetYear: sheetNameYear(grid.name) }, newMarker);
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
      if (!open) labelYear = singleYear(text) ?? labelYear;
    }
  }
  for (const t of tables) if (t.namesAbove) nameLabelColumn(grid, merges, t);
  if (tables.length > 0) return tables;
  const paths = detectProgressionTables(grid, merges);
  if (paths.length > 0) return paths;
  const card = detectCard(grid, merges);
  return card ? [card] : [];
}

/** The 指標名 label of a card: a cell saying only 指標名 / 指標. */
export function isNameLabel(text: string): boolean {
  return /^指標名?$/.test(withoutSpaces(normalize(text)));
}

/** How far above a card's grid its 指標名 row may stand. */
export const NAME_SEARCH = 8;

/**
 * A card's names stand in the column of its 指標名 label (above each grid): that column is the
 * table's indicator column. A card without one (no 指標名 row anywhere) has none.
 */
function nameLabelColumn(grid: Grid, merges: MergeIndex, table: TableLayout): void {
  for (let r = Math.max(0, table.headerTop - NAME_SEARCH); r <= table.dataBottom; r++) {
    const cells = grid.cells[r] ?? [];
    for (let c = 0; c < cells.length; c++) {
      if (isNameLabel(ownText(grid, merges, r, c))) {
        table.columns.indicator = c;
        return;
      }
    }
  }
}

/**
 * The one year a short title or label row names (「■平成26年度実績データ」): the year of a table
 * that names none itself (its annual targets and actuals). Not a period, not a sentence.
 */
function singleYear(text: string): FiscalYear | null {
  if (withoutSpaces(normalize(text)).length > 40) return null;
  const years = findYears(text);
  // A fiscal year (年度, R6): 「平成28年3月 …町」 dates the document, it names no plan year.
  return years.length === 1 && !years[0].year.calendar && !/月/.test(text) ? years[0].year : null;
}

/** A year in the sheet's name (「小中学校課(H28)」「R5」): the document's year when nothing else says it. */
function sheetNameYear(name: string): FiscalYear | null {
  const years = findYears(name);
  return years.length === 1 ? years[0].year : null;
}

interface YearContext {
  /** The plan period's end, from a title (or the table above). */
  planEnd: FiscalYear | null;
  /** The one year of a label row above the table. */
  labelYear: FiscalYear | null;
  /** The year in the sheet's name. */
  sheetYear: FiscalYear | null;
}

function openTable(found: FoundHeader, years: YearContext, newMarker: boolean): OpenTable {
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
    // Weighed from its doubts once its rows are read (weighDoubts).
    confidence: 1,
    repeatedHeaderRows: [],
    ...found.rows,
  };
  if (map.baselineYear) layout.baselineYear = map.baselineYear;
  // 今年度目標値, 今年度実績値: the year of the document, from a label above or the sheet's name.
  const documentYear = years.labelYear ?? years.sheetYear;
  const thisYear = map.targetIsThisYear ? documentYear : null;
  placeRelativeActuals(layout, map, documentYear);
  const sources: [FiscalYear | null | undefined, NonNullable<TableLayout["targetYearFrom"]>][] = [
    [map.targetYear, "header"],
    [thisYear, "document"],
    [years.planEnd, "plan"],
    [years.labelYear, "label"],
  ];
  const source = sources.find(([y]) => y);
  if (source?.[0]) {
    layout.targetYear = source[0];
    layout.targetYearFrom = source[1];
  }
  return {
    layout,
    header: found,
    shape: rowShape(
      map.columns,
      layout.actuals.map((a) => a.col),
      layout,
    ),
  };
}
