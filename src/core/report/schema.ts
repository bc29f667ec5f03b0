import { z } from "zod/mini";
import { DoubtSchema, LayoutIdSchema } from "../layout/types";
import { StatusSchema } from "../rows/types";
import { FINDING_CODES } from "../messages";

/** The JSON report of guide §6: a stable contract for the CLI, the task pane and the tests. */

export const SeveritySchema = z.enum(["error", "warning", "info"]);
export type Severity = z.infer<typeof SeveritySchema>;

/** The codes, in the order the catalogue (src/core/messages) defines them. */
export const FindingCodeSchema = z.enum(FINDING_CODES);
export type FindingCode = z.infer<typeof FindingCodeSchema>;

/** A proposed move of a cell's content, for COLUMN_SHIFT: the realigned row. */
export const CellMoveSchema = z.object({ from: z.string(), to: z.string(), text: z.string() });
export type CellMove = z.infer<typeof CellMoveSchema>;

export const FindingSchema = z.object({
  code: FindingCodeSchema,
  severity: SeveritySchema,
  /** 1-based sheet row; null for a sheet-level finding. */
  row: z.nullable(z.int()),
  /** A1 address of the cell to look at; null for a sheet-level finding. */
  cell: z.nullable(z.string()),
  message: z.string(),
  messageEn: z.string(),
  /** The catalogue key the message came from (code, or code.variant). */
  messageKey: z.string(),
  /** The message's parameters: texts, numbers, or texts in both languages ({ ja, en }). */
  params: z._default(
    z.record(z.string(), z.union([z.string(), z.number(), z.object({ ja: z.string(), en: z.string() })])),
    {},
  ),
  found: z.optional(z.string()),
  expected: z.optional(z.string()),
  /** COLUMN_SHIFT: the moves that realign the row. */
  moves: z.optional(z.array(CellMoveSchema)),
});
export type Finding = z.infer<typeof FindingSchema>;

export const TargetStatusSchema = z.enum(["match", "mismatch", "computed", "unverifiable", "not-applicable"]);
export type TargetStatus = z.infer<typeof TargetStatusSchema>;

export const StatedSchema = z.object({ text: z.string(), value: z.nullable(z.number()) });
export const ComputedSchema = z.object({ value: z.number(), display: z.string() });

export const TargetPartSchema = z.object({
  label: z.string(),
  status: TargetStatusSchema,
  stated: z.nullable(StatedSchema),
  computed: z.nullable(ComputedSchema),
  explanation: z._default(z.string(), ""),
  explanationEn: z.optional(z.string()),
});
export type TargetPart = z.infer<typeof TargetPartSchema>;

/** What the recalculation writes into the target cell: text in the row's form, or a number. */
export const TargetFillSchema = z.object({
  cell: z.string(),
  value: z.union([z.string(), z.number()]),
  numberFormat: z.optional(z.string()),
  /** The computed value before rounding, and why it is written in this form (issue 12.1). */
  exact: z.optional(z.number()),
  why: z.optional(z.string()),
  whyEn: z.optional(z.string()),
});
export type TargetFill = z.infer<typeof TargetFillSchema>;

export const RowTargetSchema = z.object({
  status: TargetStatusSchema,
  stated: z.nullable(StatedSchema),
  computed: z.nullable(ComputedSchema),
  /** Rule kind id, e.g. "compound-growth", "average-plus-percent"; null when none applies. */
  rule: z.nullable(z.string()),
  explanation: z.string(),
  explanationEn: z.optional(z.string()),
  parts: z._default(z.array(TargetPartSchema), []),
  /** The cell the basis text was found in (O5; or P5/M5 on a shifted row). */
  basisCell: z.optional(z.string()),
  /** Readings under other conventions that would match (5 periods instead of 6, points vs %). */
  alternatives: z.optional(
    z.array(z.object({ label: z.string(), labelEn: z.optional(z.string()), value: z.number(), display: z.string() })),
  ),
  /** The value to write into the target cell when recalculating; absent when none is computed. */
  fill: z.optional(TargetFillSchema),
});
export type RowTarget = z.infer<typeof RowTargetSchema>;

export const RowReportSchema = z.object({
  row: z.int().check(z.positive()),
  indicator: z.string(),
  status: z.nullable(StatusSchema),
  statusText: z.optional(z.string()),
  block: z.optional(z.enum(["continuing", "new"])),
  target: RowTargetSchema,
});
export type RowReport = z.infer<typeof RowReportSchema>;

export const SheetReportSchema = z.object({
  name: z.string(),
  layout: z.nullable(LayoutIdSchema),
  /** The plan's target year, e.g. "R12"; null when no table was found. */
  targetYear: z.nullable(z.string()),
  rows: z.array(RowReportSchema),
  findings: z.array(FindingSchema),
  /** Column map per table, for the task pane's mapping view: field → column letter. */
  tables: z._default(
    z.array(
      z.object({
        layout: LayoutIdSchema,
        block: z.enum(["continuing", "new"]),
        header: z.string(),
        columns: z.record(z.string(), z.string()),
        confidence: z.number(),
        /** Why the confidence is below 1 (no baseline, competing columns …), for the mapping to name. */
        doubts: z._default(z.array(DoubtSchema), []),
      }),
    ),
    [],
  ),
});
export type SheetReport = z.infer<typeof SheetReportSchema>;

export const SummarySchema = z.object({
  rows: z.int(),
  errors: z.int(),
  warnings: z.int(),
  infos: z.int(),
});
export type Summary = z.infer<typeof SummarySchema>;

export const ReportSchema = z.object({
  file: z.string(),
  sheets: z.array(SheetReportSchema),
  summary: SummarySchema,
});
export type Report = z.infer<typeof ReportSchema>;
