import { RULE_KINDS, ruleDef } from "../basis/registry";
import type { RuleKind } from "../basis/types";
import type { Report, Severity } from "./schema";
import type { Lang } from "../messages/lang";
import { SEVERITY_WORDS } from "../messages";
import { STATUS_LABEL } from "./text";

/**
 * What the 検証結果 sheets say, apart from how they are written: tables with their columns
 * (header, width in characters), one language, readable labels instead of codes. The CLI
 * renders this to worksheet XML; the add-in can render the same description through Office.js.
 * Each table goes on a sheet of its own, so each has its own widths, frozen header and filter.
 */

export interface ResultsColumn {
  header: string;
  /** Column width in characters (Excel's unit). */
  width: number;
}

/** A link from a cell of the table to a cell of the checked workbook. */
export interface ResultsLink {
  column: number;
  sheet: string;
  cell: string;
}

export interface ResultsRow {
  values: (string | number)[];
  /** Colours the first column by severity (the findings table). */
  severity?: Severity;
  link?: ResultsLink;
}

export interface ResultsTable {
  role: keyof typeof RESULTS_SHEET_NAMES;
  /** The sheet the table goes on. */
  sheetName: string;
  columns: ResultsColumn[];
  rows: ResultsRow[];
}

/** The sheets the checker owns in an annotated copy: findings, then targets. */
export const RESULTS_SHEET_NAMES = { findings: "検証結果", targets: "検証結果_目標値" } as const;

/** Short names of the rules that computed a target, as a staff member would say them (each rule module's label). */
export const RULE_LABEL = Object.fromEntries(RULE_KINDS.map((k) => [k, ruleDef(k).label])) as Record<
  RuleKind,
  Record<Lang, string>
>;

function ruleLabel(rule: string | null, lang: Lang): string {
  if (rule === null) return "";
  return (RULE_LABEL as Record<string, Record<Lang, string> | undefined>)[rule]?.[lang] ?? rule;
}

const HEADERS: Record<Lang, { findings: string[]; targets: string[] }> = {
  ja: {
    findings: ["重要度", "シート", "セル", "指摘の内容", "コード"],
    targets: ["シート", "行", "指標", "記載の目標値", "算出値", "判定", "計算方法", "説明"],
  },
  en: {
    findings: ["Severity", "Sheet", "Cell", "What was found", "Code"],
    targets: ["Sheet", "Row", "Indicator", "Stated target", "Computed", "Verdict", "Method", "Explanation"],
  },
};

const FINDING_WIDTHS = [9, 16, 8, 80, 20];
const TARGET_WIDTHS = [16, 6, 30, 14, 14, 10, 20, 60];

const columns = (headers: string[], widths: number[]): ResultsColumn[] =>
  headers.map((header, i) => ({ header, width: widths[i] }));

/** The findings and targets tables of a report, in one language. */
export function describeResults(report: Report, lang: Lang): ResultsTable[] {
  const findings: ResultsRow[] = [];
  const targets: ResultsRow[] = [];
  for (const sheet of report.sheets) {
    for (const f of sheet.findings) {
      findings.push({
        values: [
          SEVERITY_WORDS[f.severity][lang],
          sheet.name,
          f.cell ?? "",
          lang === "ja" ? f.message : f.messageEn,
          f.code,
        ],
        severity: f.severity,
        ...(f.cell ? { link: { column: 2, sheet: sheet.name, cell: f.cell } } : {}),
      });
    }
    for (const r of sheet.rows) {
      const t = r.target;
      if (t.status === "not-applicable") continue;
      targets.push({
        values: [
          sheet.name,
          r.row,
          r.indicator,
          t.stated?.text ?? "",
          t.computed?.display ?? "",
          STATUS_LABEL[lang][t.status],
          ruleLabel(t.rule, lang),
          lang === "en" && t.explanationEn ? t.explanationEn : t.explanation,
        ],
      });
    }
  }
  return [
    {
      role: "findings",
      sheetName: RESULTS_SHEET_NAMES.findings,
      columns: columns(HEADERS[lang].findings, FINDING_WIDTHS),
      rows: findings,
    },
    {
      role: "targets",
      sheetName: RESULTS_SHEET_NAMES.targets,
      columns: columns(HEADERS[lang].targets, TARGET_WIDTHS),
      rows: targets,
    },
  ];
}

/** The sheet that records an annotated copy's marks (written by the CLI, very hidden). */
export const RECORD_SHEET_NAME = "kpi-check記録";

/**
 * A sheet the checker wrote into an annotated copy (results, or its record): not a table of the
 * user's to check. A user's own sheet of the name is left unchecked too, which the copy avoids by
 * writing its results under a free name when the name is taken.
 */
export function isCheckerSheet(name: string): boolean {
  const base = name.replace(/ \(\d+\)$/, "");
  return base === RESULTS_SHEET_NAMES.findings || base === RESULTS_SHEET_NAMES.targets || name === RECORD_SHEET_NAME;
}

/** Characters of East Asian width take two of Excel's width units; others one. */
function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text)
    w +=
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{20000}-\u{3fffd}]/u.test(
        ch,
      )
        ? 2
        : 1;
  return w;
}

/**
 * Lines a row needs when its cells wrap at their column widths: spreadsheet programs do not
 * always fit row heights to wrapped text on opening a file, so the row height is set from this.
 */
export function rowLines(values: (string | number)[], columns: ResultsColumn[]): number {
  let lines = 1;
  values.forEach((v, i) => {
    const usable = Math.max(1, columns[i].width - 1);
    const n = String(v)
      .split("\n")
      .reduce((sum, part) => sum + Math.max(1, Math.ceil(displayWidth(part) / usable)), 0);
    lines = Math.max(lines, n);
  });
  return lines;
}
