import { FindingSchema, ReportSchema, RowReportSchema, SheetReportSchema, type Report } from "../core/report/schema";

/**
 * `ReportSchema.parse(report)` without copying the report whole: rows and findings are parsed
 * one by one, then the sheet and report shells are parsed around them. Same result (defaults
 * filled, unknown keys dropped, key order of the schema), same errors, but a 100,000-row report
 * is never held twice: a row or finding the parse leaves as it was is kept, and its copy let go
 * at once; only one the parse changes is replaced by its copy.
 */
export function validateReport(report: Report): Report {
  const sheets = report.sheets.map((sheet) => {
    const { rows, findings } = sheet;
    for (let i = 0; i < rows.length; i++) rows[i] = parsedAsIs(rows[i], RowReportSchema.parse(rows[i]));
    for (let i = 0; i < findings.length; i++) findings[i] = parsedAsIs(findings[i], FindingSchema.parse(findings[i]));
    const shell = SheetReportSchema.parse({ ...sheet, rows: [], findings: [] });
    // Assigning keeps each key where the schema put it.
    shell.rows = rows;
    shell.findings = findings;
    return shell;
  });
  const shell = ReportSchema.parse({ ...report, sheets: [] });
  shell.sheets = sheets;
  return shell;
}

/** The original when its parse changed nothing (same keys in the same order, same values), else the parse. */
function parsedAsIs<T>(original: T, parsed: T): T {
  return sameData(original, parsed) ? original : parsed;
}

function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  for (let i = 0; i < ka.length; i++) {
    const k = ka[i];
    if (k !== kb[i] || !sameData((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])) return false;
  }
  return true;
}
