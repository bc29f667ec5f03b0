import { parse, type core } from "zod/mini";
import { FindingSchema, ReportSchema, RowReportSchema, SheetReportSchema, type Report } from "../core/report/schema";
import { unchangedByParse } from "./unchanged-by-parse";

/**
 * `ReportSchema.parse(report)` without copying the report whole: same result (defaults filled,
 * unknown keys dropped, key order of the schema), same errors. Rows and findings are checked one
 * by one against their schema in place; only one the parse would reject or change goes through
 * the parse (which throws, or gives the copy that replaces it). Then the sheet and report shells
 * are parsed around them. A 100,000-row report is never held twice, and the rows and findings
 * made as the schema says — all of them, on every sheet measured — are never copied at all.
 */
export function validateReport(report: Report): Report {
  const sheets = report.sheets.map((sheet) => {
    const { rows, findings } = sheet;
    for (let i = 0; i < rows.length; i++) rows[i] = asParsed(RowReportSchema, rows[i]);
    for (let i = 0; i < findings.length; i++) findings[i] = asParsed(FindingSchema, findings[i]);
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

/** The value itself when the parse would give it back unchanged, else what the parse gives (or throws). */
function asParsed<S extends core.$ZodType>(schema: S, value: core.output<S>): core.output<S> {
  return unchangedByParse(schema, value) ? value : parse(schema, value);
}
