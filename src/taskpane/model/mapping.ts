import { columnLetters } from "../../core/grid/grid";
import type { FieldName, ManualMapping, TableLayout } from "../../core/layout/types";
import { ManualMappingSchema } from "../../core/layout/types";

export type ColumnMap = Partial<Record<FieldName, string>>;

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

/** Header rows (1-based, as Excel shows them) and the column of each field, as the user set them. */
export interface MappingDraft {
  sheet: string;
  headerTop: number;
  headerBottom: number;
  columns: ColumnMap;
}

/**
 * The ManualMapping saved in the workbook. The actual-value columns and the years written in
 * the headers are kept from the recognised layout, which the user did not edit.
 */
export function toManualMapping(draft: MappingDraft, layout: TableLayout | null): ManualMapping {
  const columns: ColumnMap = {};
  for (const [field, letters] of Object.entries(draft.columns) as [FieldName, string | undefined][]) {
    if (letters) columns[field] = letters;
  }
  const m: ManualMapping = {
    sheet: draft.sheet,
    headerTop: draft.headerTop - 1,
    headerBottom: draft.headerBottom - 1,
    columns,
    actuals: (layout?.actuals ?? []).map((a) => ({ col: columnLetters(a.col), year: a.year.label })),
  };
  if (layout?.targetYear) m.targetYear = layout.targetYear.label;
  if (layout?.baselineYear) m.baselineYear = layout.baselineYear.label;
  return m;
}

/** Replaces the sheet's mapping in the saved list (one per sheet). */
export function withMapping(saved: ManualMapping[], m: ManualMapping): ManualMapping[] {
  return [...saved.filter((s) => s.sheet !== m.sheet), m];
}

/** The saved list as read from the workbook: anything that is not a valid mapping is dropped. */
export function parseSavedMappings(value: unknown): ManualMapping[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((v) => {
    const r = ManualMappingSchema.safeParse(v);
    return r.success ? [r.data] : [];
  });
}
