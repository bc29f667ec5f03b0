import { findingMessage, findingTitle, SEVERITY_WORDS } from "../messages";
import type { Lang } from "../messages/lang";
import type { Finding, Report, RowReport, Severity, SheetReport, TargetStatus } from "./schema";

/**
 * The readable summary `kpi-check` prints: per sheet, the verdict, the findings (by their
 * title; the codes are in --json), the targets.
 */

interface Words {
  file: string;
  sheet: (name: string) => string;
  layout: string;
  noTable: string;
  targetYear: string;
  counts: (rows: number, errors: number, warnings: number, infos: number) => string;
  verdict: (errors: number) => string;
  findings: string;
  noFindings: string;
  targets: string;
  status: Record<TargetStatus, string>;
  stated: string;
  computed: string;
  row: (n: number) => string;
  total: string;
}

const WORDS: Record<Lang, Words> = {
  ja: {
    file: "ファイル",
    sheet: (name) => `シート「${name}」`,
    layout: "レイアウト",
    noTable: "KPI表なし",
    targetYear: "目標年度",
    counts: (r, e, w, i) => `指標行 ${r}\u3000エラー ${e}\u3000警告 ${w}\u3000情報 ${i}`,
    verdict: (e) => (e === 0 ? "提出可" : "要修正"),
    findings: "指摘",
    noFindings: "指摘はありません",
    targets: "目標値",
    status: {
      match: "一致",
      mismatch: "不一致",
      computed: "計算",
      unverifiable: "検証不可",
      "not-applicable": "対象外",
    },
    stated: "記載",
    computed: "計算",
    row: (n) => `${n}行`,
    total: "合計",
  },
  en: {
    file: "File",
    sheet: (name) => `Sheet "${name}"`,
    layout: "layout",
    noTable: "no KPI table",
    targetYear: "target year",
    counts: (r, e, w, i) => `rows ${r}  errors ${e}  warnings ${w}  info ${i}`,
    verdict: (e) => (e === 0 ? "ready to submit" : "needs fixes"),
    findings: "Findings",
    noFindings: "No findings",
    targets: "Targets",
    status: {
      match: "match",
      mismatch: "mismatch",
      computed: "computed",
      unverifiable: "unverifiable",
      "not-applicable": "not applicable",
    },
    stated: "stated",
    computed: "computed",
    row: (n) => `row ${n}`,
    total: "Total",
  },
};

function countBySeverity(findings: Finding[]): Record<Severity, number> {
  const c: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) c[f.severity]++;
  return c;
}

function findingLine(f: Finding, lang: Lang): string {
  const severity = SEVERITY_WORDS[f.severity][lang];
  return `    ${(f.cell ?? "—").padEnd(6)} [${severity}] ${findingTitle(f.code, lang)}: ${findingMessage(f, lang)}`;
}

function* targetLines(r: RowReport, lang: Lang): Generator<string> {
  const w = WORDS[lang];
  const t = r.target;
  const stated = t.stated ? t.stated.text : "—";
  const computed = t.computed ? t.computed.display : "—";
  const explanation = lang === "en" && t.explanationEn ? t.explanationEn : t.explanation;
  yield `    ${w.row(r.row)} ${r.indicator}: ${w.stated} ${stated} / ${w.computed} ${computed} (${w.status[t.status]})`;
  if (explanation) yield `      ${explanation}`;
}

function* sheetLines(s: SheetReport, lang: Lang): Generator<string> {
  const w = WORDS[lang];
  const c = countBySeverity(s.findings);
  yield `${w.sheet(s.name)}  ${w.layout}: ${s.layout ?? w.noTable}  ${w.targetYear}: ${s.targetYear ?? "—"}`;
  yield `  ${w.counts(s.rows.length, c.error, c.warning, c.info)}  → ${w.verdict(c.error)}`;
  yield `  ${w.findings}:`;
  if (s.findings.length === 0) yield `    ${w.noFindings}`;
  for (const f of s.findings) yield findingLine(f, lang);
  // Rows with nothing to compute or compare (削除, no target) would only repeat the indicator list.
  let targetsShown = false;
  for (const r of s.rows) {
    if (r.target.status === "not-applicable") continue;
    if (!targetsShown) yield `  ${w.targets}:`;
    targetsShown = true;
    yield* targetLines(r, lang);
  }
}

/**
 * One report as text lines (no line breaks inside), in Japanese or English. A generator: a
 * 100,000-row sheet gives ~300,000 lines, which the CLI writes in chunks as they come.
 */
export function* reportTextLines(report: Report, lang: Lang): Generator<string> {
  const w = WORDS[lang];
  const s = report.summary;
  yield `${w.file}: ${report.file}`;
  for (const sheet of report.sheets) yield* sheetLines(sheet, lang);
  yield `${w.total}: ${w.counts(s.rows, s.errors, s.warnings, s.infos)}  → ${w.verdict(s.errors)}`;
}

/** One line for a file checked in a batch: its path and totals. */
export function renderSummaryLine(report: Report, lang: Lang): string {
  const w = WORDS[lang];
  const s = report.summary;
  return `${report.file}: ${w.counts(s.rows, s.errors, s.warnings, s.infos)}  → ${w.verdict(s.errors)}`;
}

/** The words for a target status, for other renderings of the report. */
export const STATUS_LABEL: Record<Lang, Record<TargetStatus, string>> = { ja: WORDS.ja.status, en: WORDS.en.status };
