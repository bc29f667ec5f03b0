import { cellText, columnIndex, columnLetters, type Grid } from "../../core/grid/grid";
import type { Doubt, FieldName, ManualMapping, TableLayout } from "../../core/layout/types";
import { anchorOf, locateMapping, mappingsOverlap } from "../../core/layout/manual";
import { ManualMappingSchema } from "../../core/layout/types";
import type { Report } from "../../core/report/schema";
import type { WorkbookCheck } from "../check-types";
import { parseFiscalYear } from "../../core/years/era";
import type { FiscalYear } from "../../core/years/types";

export type ColumnMap = Partial<Record<FieldName, string>>;

/** Below this confidence the recognition is unsure: the pane opens the column mapping. */
export const SURE = 0.8;

/** A table of the check: its sheet and its place among the sheet's tables (top to bottom). */
export interface TableRef {
  sheet: string;
  table: number;
}

/** The first table recognised with doubt, on whichever sheet; null when every one is sure. */
export function unsureTable(report: Report): TableRef | null {
  for (const s of report.sheets) {
    const table = s.tables.findIndex((t) => t.confidence < SURE);
    if (table >= 0) return { sheet: s.name, table };
  }
  return null;
}

/** A saved mapping as stored, and where it applies now (its rows moved with its table). */
export interface SavedMapping {
  saved: ManualMapping;
  at: ManualMapping;
}

/** The saved mapping in force for a table: the one found at its header rows; undefined when read automatically. */
export function savedFor(grid: Grid, layout: TableLayout, saved: ManualMapping[]): SavedMapping | undefined {
  for (const m of saved) {
    const at = m.sheet === grid.name ? locateMapping(grid, m) : null;
    if (at && at.headerTop === layout.headerTop && at.headerBottom === layout.headerBottom) return { saved: m, at };
  }
  return undefined;
}

/**
 * The sheet's saved mappings that no table now matches (its header or first indicator changed,
 * or it names no usable indicator column): the check leaves them out, the pane says so.
 */
export function unplacedMappings(grid: Grid, layouts: TableLayout[], saved: ManualMapping[]): ManualMapping[] {
  return saved.filter((m) => {
    if (m.sheet !== grid.name) return false;
    const at = locateMapping(grid, m);
    return !at || !layouts.some((l) => l.headerTop === at.headerTop && l.headerBottom === at.headerBottom);
  });
}

/**
 * Where the column mapping opens: the first sheet with a saved mapping no table matches any more,
 * else the first table recognised with doubt; null when nothing needs the user.
 */
export function tableToOpen(check: WorkbookCheck, saved: ManualMapping[]): TableRef | null {
  const unplaced = check.grids.find((g) => unplacedMappings(g, check.layouts[g.name] ?? [], saved).length > 0);
  return unplaced ? { sheet: unplaced.name, table: 0 } : unsureTable(check.report);
}

/** What the column mapping shows for the chosen table, derived once per check and choice. */
export interface TableView {
  grid: Grid | undefined;
  /** The sheet's tables, top to bottom, as the check read them. */
  tables: TableSummary[];
  /** The chosen table; tables.length for a table the reader did not find. */
  table: number;
  layout: TableLayout | null;
  /** The chosen table's saved mapping, when it is read by one. */
  saved: SavedMapping | undefined;
  /** The sheet's saved mappings no table matches any more. */
  unplaced: ManualMapping[];
  confidence: number;
  /** Where the editor starts for this table. */
  initial: MappingDraft;
}

export function tableView(check: WorkbookCheck, saved: ManualMapping[], choice: TableRef): TableView {
  const grid = check.grids.find((g) => g.name === choice.sheet);
  const layouts = check.layouts[choice.sheet] ?? [];
  const reported = check.report.sheets.find((r) => r.name === choice.sheet)?.tables ?? [];
  const table = Math.min(Math.max(choice.table, 0), layouts.length);
  const layout = layouts[table] ?? null;
  const mapped = grid && layout ? savedFor(grid, layout, saved) : undefined;
  return {
    grid,
    tables: grid
      ? layouts.map((l, i) => ({
          ...tableSummary(grid, l, reported[i]?.confidence ?? 0),
          byHand: savedFor(grid, l, saved) !== undefined,
        }))
      : [],
    table,
    layout,
    saved: mapped,
    unplaced: grid ? unplacedMappings(grid, layouts, saved) : [],
    confidence: reported[table]?.confidence ?? 0,
    initial: initialDraft(choice.sheet, mapped?.at, layout),
  };
}

/** A table as the table list names it: header rows and range, first indicator, confidence, doubts. */
export interface TableSummary {
  /** 1-based header rows, "7" or "2-3". */
  rows: string;
  /** The header's range, "A7:F7". */
  range: string;
  /** The first indicator's name; "" when the table has none in a column. */
  first: string;
  confidence: number;
  doubts: Doubt[];
  /** Read by a mapping saved by hand. */
  byHand: boolean;
}

/** A table's header rows as the pane names them, 1-based: "4", or "4-5" for two rows. */
export function headerRows({ headerTop, headerBottom }: { headerTop: number; headerBottom: number }): string {
  return headerTop === headerBottom ? String(headerTop + 1) : `${headerTop + 1}-${headerBottom + 1}`;
}

export function tableSummary(grid: Grid, layout: TableLayout, confidence: number): Omit<TableSummary, "byHand"> {
  const cols = [...(Object.values(layout.columns) as number[]), ...layout.actuals.map((a) => a.col)];
  const left = cols.length > 0 ? Math.min(...cols) : 0;
  const right = cols.length > 0 ? Math.max(...cols) : 0;
  const top = layout.headerTop + 1;
  const bottom = layout.headerBottom + 1;
  const col = layout.columns.indicator;
  let first = "";
  for (let r = layout.dataTop; col !== undefined && r <= layout.dataBottom && !first; r++) {
    if (!layout.repeatedHeaderRows.includes(r)) first = cellText(grid, r, col).replace(/\s+/g, " ").trim();
  }
  return {
    rows: headerRows(layout),
    range: `${columnLetters(left)}${top}:${columnLetters(right)}${bottom}`,
    first,
    confidence,
    doubts: layout.doubts ?? [],
  };
}

/** Fields the mapping view always offers, recognised or not: what the checks and the recalculation need. */
export const CORE_FIELDS: readonly FieldName[] = [
  "indicator",
  "status",
  "unit",
  "baseline",
  "baselineYear",
  "target",
  "targetYear",
  "basis",
  "reason",
  "source",
];

export function columnsOf(layout: TableLayout): ColumnMap {
  const map: ColumnMap = {};
  for (const [field, col] of Object.entries(layout.columns) as [FieldName, number | undefined][]) {
    if (col !== undefined) map[field] = columnLetters(col);
  }
  return map;
}

/** Recognised fields first, in their column order, then the core fields not recognised. */
export function fieldsToShow(columns: ColumnMap): FieldName[] {
  const present = (Object.keys(columns) as FieldName[]).sort(
    (a, b) => (columnIndex(columns[a] ?? "") ?? -1) - (columnIndex(columns[b] ?? "") ?? -1),
  );
  return [...present, ...CORE_FIELDS.filter((f) => !(f in columns))];
}

/** An actual-value column as the user set it: its letter and its year as typed. */
export interface ActualDraft {
  col: string;
  year: string;
}

/**
 * The mapping as the user is editing it. Rows (1-based, as Excel shows them) and years are kept
 * as typed, so an input can be emptied with Backspace and retyped; they are read on saving.
 */
export interface MappingDraft {
  sheet: string;
  headerTop: string;
  headerBottom: string;
  /** The table's last row; "" = to the sheet's last row. */
  dataBottom: string;
  columns: ColumnMap;
  actuals: ActualDraft[];
  baselineYear: string;
  targetYear: string;
}

/**
 * Where the editor starts: the saved mapping (where its table now is), else the recognised
 * layout, else nothing (a table the reader did not find).
 */
export function initialDraft(
  sheet: string,
  saved: ManualMapping | undefined,
  layout: TableLayout | null,
): MappingDraft {
  if (saved) {
    return {
      sheet,
      headerTop: String(saved.headerTop + 1),
      headerBottom: String(saved.headerBottom + 1),
      dataBottom: saved.dataBottom === undefined ? "" : String(saved.dataBottom + 1),
      columns: saved.columns,
      actuals: saved.actuals,
      baselineYear: saved.baselineYear ?? "",
      targetYear: saved.targetYear ?? "",
    };
  }
  if (layout) {
    return {
      sheet,
      headerTop: String(layout.headerTop + 1),
      headerBottom: String(layout.headerBottom + 1),
      dataBottom: String(layout.dataBottom + 1),
      columns: columnsOf(layout),
      actuals: layout.actuals.map((a) => ({ col: columnLetters(a.col), year: a.year.label })),
      baselineYear: layout.baselineYear?.label ?? "",
      targetYear: layout.targetYear?.label ?? "",
    };
  }
  return {
    sheet,
    headerTop: "1",
    headerBottom: "1",
    dataBottom: "",
    columns: {},
    actuals: [],
    baselineYear: "",
    targetYear: "",
  };
}

/** A row number as typed: a whole number ≥ 1, else null. */
export function rowNumber(text: string): number | null {
  const t = text.trim();
  return /^\d+$/.test(t) && Number(t) >= 1 ? Number(t) : null;
}

/** A year as typed ("R12", "令和12年度", "2030"); "" is no year, null is unreadable. */
export function yearOf(text: string): FiscalYear | "" | null {
  const t = text.trim();
  if (t === "") return "";
  return parseFiscalYear(/^\d{4}$/.test(t) ? `${t}年度` : t);
}

/** A column slot: a field, or the i-th actual-value column. */
export type Slot = { field: FieldName } | { actual: number };

export type RowProblem = "badRow" | "bottomAboveTop" | "dataAboveHeader";

/** What stops the draft from being saved, where it is. */
export interface DraftProblems {
  headerTop?: RowProblem;
  headerBottom?: RowProblem;
  dataBottom?: RowProblem;
  baselineYear?: true;
  targetYear?: true;
  /** Index of an actual column whose year cannot be read. */
  actualYears: Set<number>;
  /** Slot key ("field:target", "actual:0") → the other slot given the same column. */
  taken: Map<string, Slot>;
  noIndicator: boolean;
}

export function slotKey(slot: Slot): string {
  return "field" in slot ? `field:${slot.field}` : `actual:${slot.actual}`;
}

export function problemsOf(d: MappingDraft): DraftProblems {
  const p: DraftProblems = { actualYears: new Set(), taken: new Map(), noIndicator: !d.columns.indicator };
  const top = rowNumber(d.headerTop);
  const bottom = rowNumber(d.headerBottom);
  if (top === null) p.headerTop = "badRow";
  if (bottom === null) p.headerBottom = "badRow";
  else if (top !== null && bottom < top) p.headerBottom = "bottomAboveTop";
  if (d.dataBottom.trim() !== "") {
    const last = rowNumber(d.dataBottom);
    if (last === null) p.dataBottom = "badRow";
    else if (bottom !== null && last <= bottom) p.dataBottom = "dataAboveHeader";
  }
  if (yearOf(d.baselineYear) === null) p.baselineYear = true;
  if (yearOf(d.targetYear) === null) p.targetYear = true;
  d.actuals.forEach((a, i) => {
    if (!yearOf(a.year)) p.actualYears.add(i);
  });

  const slots: [Slot, string][] = [
    ...(Object.entries(d.columns) as [FieldName, string | undefined][])
      .filter((e): e is [FieldName, string] => Boolean(e[1]))
      .map(([field, col]): [Slot, string] => [{ field }, col]),
    ...d.actuals.flatMap((a, i): [Slot, string][] => (a.col ? [[{ actual: i }, a.col]] : [])),
  ];
  const byColumn = new Map<string, Slot>();
  for (const [slot, col] of slots) {
    const first = byColumn.get(col);
    if (!first) {
      byColumn.set(col, slot);
      continue;
    }
    p.taken.set(slotKey(slot), first);
    if (!p.taken.has(slotKey(first))) p.taken.set(slotKey(first), slot);
  }
  return p;
}

export function hasProblems(p: DraftProblems): boolean {
  return (
    p.noIndicator ||
    Boolean(p.headerTop || p.headerBottom || p.dataBottom || p.baselineYear || p.targetYear) ||
    p.actualYears.size > 0 ||
    p.taken.size > 0
  );
}

/**
 * The ManualMapping saved in the workbook (call only when the draft has no problems), with the
 * anchor that finds its table again on `grid` (the sheet as the check read it).
 */
export function toManualMapping(d: MappingDraft, grid: Grid): ManualMapping {
  const columns: ColumnMap = {};
  for (const [field, letters] of Object.entries(d.columns) as [FieldName, string | undefined][]) {
    if (letters) columns[field] = letters;
  }
  const m: ManualMapping = {
    sheet: d.sheet,
    headerTop: (rowNumber(d.headerTop) ?? 1) - 1,
    headerBottom: (rowNumber(d.headerBottom) ?? 1) - 1,
    columns,
    actuals: d.actuals.filter((a) => a.col && yearOf(a.year)).map((a) => ({ col: a.col, year: a.year.trim() })),
  };
  const last = rowNumber(d.dataBottom);
  if (last !== null) m.dataBottom = last - 1;
  const target = yearOf(d.targetYear);
  if (target) m.targetYear = target.label;
  const baseline = yearOf(d.baselineYear);
  if (baseline) m.baselineYear = baseline.label;
  m.anchor = anchorOf(grid, m);
  return m;
}

/**
 * What the header rows say above each column (the distinct texts top to bottom), so the user
 * sees 「指標値（R12）」 beside N instead of a bare letter.
 */
export function headerTexts(grid: Grid, top: number, bottom: number): string[] {
  return Array.from({ length: grid.colCount }, (_, col) => {
    const texts: string[] = [];
    for (let r = top - 1; r <= bottom - 1; r++) {
      const t = cellText(grid, r, col).replace(/\s+/g, " ");
      if (t && !texts.includes(t)) texts.push(t);
    }
    return texts.join(" / ");
  });
}

/**
 * The saved list with `m` in place of the mapping it was edited from (`replaces`), of any other
 * saved with header rows and columns meeting its own, and of an old whole-sheet mapping of its sheet (the one
 * table the editor showed there): one mapping per table.
 */
export function withMapping(saved: ManualMapping[], m: ManualMapping, replaces?: ManualMapping): ManualMapping[] {
  const rest = replaces ? withoutMapping(saved, replaces) : saved;
  return [...rest.filter((s) => s.sheet !== m.sheet || (s.anchor && !mappingsOverlap(s, m))), m];
}

/** The saved list without `m`: its table is recognised automatically again. */
export function withoutMapping(saved: ManualMapping[], m: ManualMapping): ManualMapping[] {
  const key = JSON.stringify(ManualMappingSchema.parse(m));
  return saved.filter((s) => JSON.stringify(ManualMappingSchema.parse(s)) !== key);
}

/** The saved list as read from the workbook: anything that is not a valid mapping is dropped. */
export function parseSavedMappings(value: unknown): ManualMapping[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((v) => {
    const r = ManualMappingSchema.safeParse(v);
    return r.success ? [r.data] : [];
  });
}
