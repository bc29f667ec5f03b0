import type { Capabilities } from "../port/workbook-port";

/** `Office.context.requirements`, or anything with its one method. */
export interface RequirementChecker {
  isSetSupported(name: string, minVersion?: string): boolean;
}

/** ExcelApi versions, newest first (1.20 is the newest the typings know). */
const EXCEL_API_VERSIONS = Array.from({ length: 20 }, (_, i) => `1.${20 - i}`);

/** What the host supports, from requirement sets; "none" outside Excel. */
export function capabilitiesFrom(requirements: RequirementChecker | undefined): Capabilities {
  const supports = (v: string): boolean => requirements?.isSetSupported("ExcelApi", v) === true;
  return {
    excelApi: EXCEL_API_VERSIONS.find(supports) ?? "none",
    notes: supports("1.18"),
    comments: supports("1.10"),
    mergedAreas: supports("1.13"),
  };
}

/**
 * ExcelApi 1.9: RangeFill.pattern (without it an unfilled cell cannot be told from a white one)
 * and Range.getSpecialCells (where the formulas are).
 */
export function hasExcelApi19(requirements: RequirementChecker | undefined): boolean {
  return requirements?.isSetSupported("ExcelApi", "1.9") === true;
}
