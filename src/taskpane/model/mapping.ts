import { cellText, columnLetters, type Grid } from "../../core/grid/grid";
import type { FieldName, ManualMapping, TableLayout } from "../../core/layout/types";
import { ManualMappingSchema } from "../../core/layout/types";
import type { Report } from "../../core/report/schema";
import { parseFiscalYear } from "../../core/years/era";
import type { FiscalYear } from "../../core/years/types";

export type ColumnMap = Partial<Record<FieldName, string>>;

/** Below this confidence the recognition is unsure: the pane opens the column mapping. */
export const SURE = 0.8;

/** The first sheet whose first table was recognised with doubt; null when every one is sure. */
export function unsureSheet(report: Report): string | null {
  return report.sheets.find((s) => s.tables.length > 0 && s.tables[0].confidence < SURE)?.name ?? null;
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
    (a, b) => letterIndex(columns[a] ?? "") - letterIndex(columns[b] ?? ""),
  );
  return [...present, ...CORE_FIELDS.filter((f) => !(f in columns))];
}

function letterIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
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

/** Where the editor starts: the saved mapping, else the recognised layout, else nothing. */
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

/** The ManualMapping saved in the workbook (call only when the draft has no problems). */
export function toManualMapping(d: MappingDraft): ManualMapping {
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

/** Replaces the sheet's mapping in the saved list (one per sheet). */
export function withMapping(saved: ManualMapping[], m: ManualMapping): ManualMapping[] {
  return [...withoutMapping(saved, m.sheet), m];
}

/** The saved list without the sheet's mapping: that sheet is recognised automatically again. */
export function withoutMapping(saved: ManualMapping[], sheet: string): ManualMapping[] {
  return saved.filter((s) => s.sheet !== sheet);
}

/** The saved list as read from the workbook: anything that is not a valid mapping is dropped. */
export function parseSavedMappings(value: unknown): ManualMapping[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((v) => {
    const r = ManualMappingSchema.safeParse(v);
    return r.success ? [r.data] : [];
  });
}
