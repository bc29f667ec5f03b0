import { z } from "zod/mini";
import { FiscalYearSchema } from "../years/types";
import { ParsedValueSchema } from "../quantity/types";
import { FieldNameSchema, LayoutIdSchema } from "../layout/types";

export const StatusSchema = z.enum(["継続", "変更", "削除", "新規"]);
export type Status = z.infer<typeof StatusSchema>;

/** One cell of a row as the user laid it out, with its address. */
export const FieldCellSchema = z.object({
  /** A1 address, e.g. "N5". */
  address: z.string(),
  /** 0-based sheet row and column. */
  row: z.int(),
  col: z.int(),
  /** Displayed text, trimmed; for a merged cell, the text of its top-left cell. */
  text: z.string(),
  value: z.union([z.string(), z.number(), z.boolean(), z.null()]),
  numberFormat: z.optional(z.string()),
  formula: z.optional(z.string()),
  error: z.optional(z.string()),
  /** True when the text was filled down/across from a merged area's top-left cell. */
  fromMerge: z.optional(z.boolean()),
});
export type FieldCell = z.infer<typeof FieldCellSchema>;

export const ActualValueSchema = z.object({
  year: FiscalYearSchema,
  cell: FieldCellSchema,
  value: ParsedValueSchema,
});
export type ActualValue = z.infer<typeof ActualValueSchema>;

/**
 * A typed indicator row: the cells as laid out (by field) and their parsed readings.
 * Structural schema only; the status-dependent rules (required fields, reasons) are checks.
 */
export const IndicatorRowSchema = z.object({
  sheet: z.string(),
  /** 1-based sheet row, as Excel shows it. */
  row: z.int().check(z.positive()),
  /** Index of the table on its sheet (0 = first). */
  table: z.int(),
  layout: LayoutIdSchema,
  block: z.enum(["continuing", "new"]),
  cells: z.partialRecord(FieldNameSchema, FieldCellSchema),
  indicator: z.string(),
  /** Status as written (trimmed), "" when blank. */
  statusText: z.string(),
  /** Normalised status; 新規 for a blank status in the new block; null when not one of the four. */
  status: z.nullable(StatusSchema),
  baseline: ParsedValueSchema,
  /** From the baseline-year column, else the header (現状値（R5）). */
  baselineYear: z.nullable(FiscalYearSchema),
  previousTarget: ParsedValueSchema,
  previousTargetYear: z.nullable(FiscalYearSchema),
  actuals: z.array(ActualValueSchema),
  target: ParsedValueSchema,
  /** From a target-year column, the header (指標値（R11）) or the plan period (R12). */
  targetYear: z.nullable(FiscalYearSchema),
  /** Text of a 単位 column, when the table has one. */
  unitText: z.optional(z.string()),
});
export type IndicatorRow = z.infer<typeof IndicatorRowSchema>;

/** A recognised table with its typed rows (repeated header rows and blank rows left out). */
export interface KpiTable {
  layout: import("../layout/types").TableLayout;
  rows: IndicatorRow[];
}
