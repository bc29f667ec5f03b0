import { z } from "zod/mini";

/**
 * A Japanese fiscal year (年度: April – March). `fy` is the Western year it starts in:
 * R1 = 令和元年度 = H31 = FY2019 → fy 2019. R6 → 2024. R12 → 2030.
 */
export const FiscalYearSchema = z.object({
  fy: z.int(),
  /** Canonical short label: "R6" for 令和 years, "H30" for 平成, "2018年度" before 平成. */
  label: z.string(),
  /** How it was written, e.g. "令和5年度", "R6年度", "2019年度". */
  written: z.optional(z.string()),
  /** True when written as a calendar year (2019年) rather than a fiscal year (年度). */
  calendar: z.optional(z.boolean()),
  /**
   * The number written without an era (25 in 「25年度」): its era was chosen by its size, and the
   * sheet's other years may choose again (settleEra).
   */
  eraless: z.optional(z.int()),
});
export type FiscalYear = z.infer<typeof FiscalYearSchema>;

/** A year found inside a longer text. */
export interface YearMention {
  year: FiscalYear;
  /** Index and length of the match in the text as given (before normalisation). */
  index: number;
  length: number;
}
