import { z } from "zod/mini";
import { FiscalYearSchema } from "../years/types";

export const LayoutIdSchema = z.enum(["kyosei-vision", "sousei-strategy", "generic", "custom"]);
export type LayoutId = z.infer<typeof LayoutIdSchema>;

/** Every field a column can map to (guide §1). */
export const FieldNameSchema = z.enum([
  "no",
  "viewpoint",
  "goal",
  "leadingProject",
  "measure",
  "policyArea",
  "project",
  "department",
  "indicator",
  "unit",
  "baseline",
  "baselineYear",
  "previousTarget",
  "previousTargetYear",
  "status",
  "reason",
  "additionReason",
  "target",
  "targetYear",
  "basis",
  "source",
]);
export type FieldName = z.infer<typeof FieldNameSchema>;

/** A column of yearly actual values (KPI実績値推移 / R3年度). */
export const ActualColumnSchema = z.object({ col: z.int(), year: FiscalYearSchema });
export type ActualColumn = z.infer<typeof ActualColumnSchema>;

/** A reason the reader is not sure of a table (TableLayout.doubts; named by layoutDoubts). */
export const DoubtSchema = z.enum([
  "no-baseline",
  "no-target-year",
  "competing-columns",
  "unread-column",
  "names-outside-grid",
  "inferred-without-header",
  /** No header word names the indicator: the name column was taken from its place (left of the values). */
  "indicator-guessed",
  /** One card per sheet, its fields read from labelled rows (指標名 / 基準値 / 目標値) downwards. */
  "card-layout",
]);
export type Doubt = z.infer<typeof DoubtSchema>;

/** One recognised KPI table on a sheet. Rows and columns are 0-based sheet coordinates. */
export const TableLayoutSchema = z.object({
  id: LayoutIdSchema,
  /** Which block of the sheet: the continuing table or the 「■新規指標」 block. */
  block: z.enum(["continuing", "new"]),
  /** First and last header rows (a two-row header has headerTop + 1 = headerBottom). */
  headerTop: z.int(),
  headerBottom: z.int(),
  /** First and last data rows of this table. */
  dataTop: z.int(),
  dataBottom: z.int(),
  /** field → 0-based column. */
  columns: z.partialRecord(FieldNameSchema, z.int()),
  actuals: z.array(ActualColumnSchema),
  /** Base year written in a header, e.g. 現状値（R5） → R5. */
  baselineYear: z.optional(FiscalYearSchema),
  /** Target year written in a header (指標値（R11）, (3)R12指標値) or the plan period. */
  targetYear: z.optional(FiscalYearSchema),
  /**
   * Where targetYear was read: the header or the plan period state it; a label row above the
   * table, the document's year or the rows' own cells only suggest it (a year in a row's target
   * cell then wins for that row).
   */
  targetYearFrom: z.optional(z.enum(["header", "plan", "label", "document", "cells"])),
  /** 0..1: how sure the recognition is; the task pane offers manual mapping below 0.8. */
  confidence: z.number(),
  /** Header rows repeated inside the data range (a page break in the PDF), skipped as data. */
  repeatedHeaderRows: z._default(z.array(z.int()), []),
  /** A column of row labels (目標値 / 実績値 / 達成率, 数値 / 時点): one indicator spans several rows. */
  rowLabelCol: z.optional(z.int()),
  /** Columns under the indicator's merged header that name sub-indicators (部門 under 排出量). */
  nameCols: z.optional(z.array(z.int())),
  /** Columns whose lower header word (H22の目標値 under 年度目標値) is read on an indicator's second row. */
  lowerRowCols: z.optional(z.array(z.int())),
  /** A card written downwards (指標名 / 基準値 / 目標値 rows): the row each field's value is on. */
  cardRows: z.optional(z.partialRecord(FieldNameSchema, z.int())),
  /** A card: no name column; each indicator's name stands in a 指標名 row above its grid. */
  namesAbove: z.optional(z.boolean()),
  /** Header cells (0-based) over columns of values the reader did not understand: read nowhere. */
  unreadColumns: z.optional(z.array(z.object({ row: z.int(), col: z.int(), text: z.string() }))),
  /** Columns the header names as known but unchecked (定義, 出所, 達成率): their text is theirs. */
  otherCols: z.optional(z.array(z.int())),
  /**
   * Fields each indicator writes in a labelled row under its grid, in the column of their label
   * (計画指標の選定理由 over the basis text), not on the data row: field → column, for the report.
   */
  labelledColumns: z.optional(z.partialRecord(FieldNameSchema, z.int())),
  /** Why the confidence is below 1, for the column mapping to name the doubt. */
  doubts: z.optional(z.array(DoubtSchema)),
});
export type TableLayout = z.infer<typeof TableLayoutSchema>;

/**
 * What a saved mapping's table looked like when it was saved: its header rows' texts (within the
 * mapped columns, top to bottom) and the first text below them in its indicator column. A mapping
 * applies only where the sheet still shows these, so rows inserted later move it with its table
 * instead of pointing it at another one.
 */
export const MappingAnchorSchema = z.object({
  header: z.array(z.string()),
  first: z.string(),
  /**
   * With a last row set: the last text in the indicator column down to it, and how many rows
   * below that text the table ends. Rows inserted or deleted inside the table move the end alike.
   */
  last: z.optional(z.object({ text: z.string(), below: z.int() })),
});
export type MappingAnchor = z.infer<typeof MappingAnchorSchema>;

/**
 * A column mapping corrected by hand in the task pane and remembered in the workbook: one table
 * of a sheet; the sheet's other tables stay recognised automatically. Columns are letters ("C")
 * so the saved form survives reading by a person. A mapping without `anchor` (saved before a
 * sheet could hold several) is the sheet's only table, at its saved rows, as it was then.
 */
export const ManualMappingSchema = z.object({
  sheet: z.string(),
  headerTop: z.int(),
  headerBottom: z.int(),
  columns: z.partialRecord(FieldNameSchema, z.string()),
  actuals: z._default(z.array(z.object({ col: z.string(), year: z.string() })), []),
  targetYear: z.optional(z.string()),
  baselineYear: z.optional(z.string()),
  /**
   * Last data row (0-based) when footnotes or another table follow; absent: to the row above the
   * next table detected in its columns, else to the sheet's last row.
   */
  dataBottom: z.optional(z.int()),
  anchor: z.optional(MappingAnchorSchema),
});
export type ManualMapping = z.infer<typeof ManualMappingSchema>;
