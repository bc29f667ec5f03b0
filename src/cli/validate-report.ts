import { FindingSchema, ReportSchema, RowReportSchema, SheetReportSchema, type Report } from "../core/report/schema";

/**
 * `ReportSchema.parse(report)` without copying the report whole: rows and findings are parsed
 * one by one and replaced in place, then the sheet and report shells are parsed around them.
 * Same result (defaults filled, unknown keys dropped, key order of the schema), same errors,
 * but a 100,000-row report is never held twice.
 */
export function validateReport(report: Report): Report {
  const sheets = report.sheets.map((sheet) => {
    const { rows, findings } = sheet;
    for (let i = 0; i < rows.length; i++) rows[i] = RowReportSchema.parse(rows[i]);
    for (let i = 0; i < findings.length; i++) findings[i] = FindingSchema.parse(findings[i]);
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
