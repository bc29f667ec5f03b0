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

/** What a 検証結果 sheet can be given on this host; without a set, the sheet does without. */
export interface ResultSheetFeatures {
  /** Frozen header row and links to the checked cells (ExcelApi 1.7). */
  freeze: boolean;
  links: boolean;
  /** AutoFilter on the header (ExcelApi 1.9). */
  filter: boolean;
  /** Page layout: A4 landscape, one page wide, the header on every page (ExcelApi 1.9). */
  print: boolean;
}

export function resultSheetFeatures(requirements: RequirementChecker | undefined): ResultSheetFeatures {
  const api17 = requirements?.isSetSupported("ExcelApi", "1.7") === true;
  const api19 = hasExcelApi19(requirements);
  return { freeze: api17, links: api17, filter: api19, print: api19 };
}
