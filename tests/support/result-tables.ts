import type { FindingCode } from "../../src/core/report/schema";
import { describeResults, type ResultsTable } from "../../src/core/report/results-sheet";
import type { Lang } from "../../src/core/messages/lang";
import type { Report, RowReport, Severity } from "../../src/core/report/schema";

/** A finding as a test states it: where, how bad, what it says (the English is derived). */
export interface TestFinding {
  sheet: string;
  cell: string | null;
  severity: Severity;
  code: FindingCode;
  message: string;
}

/** A report holding the findings (and target rows, all on the first finding's sheet or "KPI"). */
export function reportOf(findings: TestFinding[], rows: RowReport[] = []): Report {
  const names = [...new Set([...findings.map((f) => f.sheet), ...(rows.length > 0 ? ["KPI"] : [])])];
  const sheets = names.map((name) => ({
    name,
    layout: null,
    targetYear: null,
    rows: name === "KPI" ? rows : [],
    findings: findings
      .filter((f) => f.sheet === name)
      .map((f) => ({
        code: f.code,
        severity: f.severity,
        row: null,
        cell: f.cell,
        message: f.message,
        messageEn: `(en) ${f.message}`,
        messageKey: f.code,
        params: {},
      })),
    tables: [],
  }));
  const count = (s: Severity) => findings.filter((f) => f.severity === s).length;
  return {
    file: "test.xlsx",
    sheets,
    summary: { rows: rows.length, errors: count("error"), warnings: count("warning"), infos: count("info") },
  };
}

/** The 検証結果 tables the pane would send for these findings. */
export function resultTables(findings: TestFinding[], lang: Lang = "ja", rows: RowReport[] = []): ResultsTable[] {
  return describeResults(reportOf(findings, rows), lang);
}
