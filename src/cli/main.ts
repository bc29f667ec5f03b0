import { promises as fs } from "fs";
import * as path from "path";
import { checkWorkbook } from "../core/engine";
import type { Grid } from "../core/grid/grid";
import type { Report } from "../core/report/schema";
import { renderReportText } from "../core/report/text";
import type { Lang } from "../core/messages/lang";
import { parseArgs, USAGE, UsageError, type CliArgs } from "./args";
import { WorkbookError } from "./errors";
import { writeJson } from "./json-stream";
import { readWorkbook } from "./read-workbook";
import { validateReport } from "./validate-report";
import { annotatedPath, writeAnnotated } from "./write-annotated";

export interface Io {
  stdout: { write(s: string): unknown };
  stderr: { write(s: string): unknown };
}

/** Above this many rows a workbook gets progress lines on stderr. */
const PROGRESS_MIN_ROWS = 5000;
/** Above this size a "reading" line comes before exceljs unpacks the file (which reports nothing). */
const LARGE_FILE_BYTES = 1_000_000;

function progressReporter(io: Io, lang: Lang): (done: number, total: number) => void {
  let shown = -1;
  return (done, total) => {
    if (total <= PROGRESS_MIN_ROWS) return;
    const pct = Math.floor((done / total) * 10) * 10;
    if (pct === shown) return;
    shown = pct;
    io.stderr.write(lang === "ja" ? `読み込み中… ${pct}%\n` : `reading… ${pct}%\n`);
  };
}

function selectSheets(grids: Grid[], file: string, sheet: string | null): Grid[] {
  if (grids.length === 0) throw new WorkbookError("no-sheets", file);
  if (sheet === null) return grids;
  const chosen = grids.filter((g) => g.name === sheet);
  if (chosen.length === 0) throw new WorkbookError("sheet-not-found", file, sheet);
  return chosen;
}

/** --out names a directory when it ends with a slash, already is one, or several files are given. */
async function outIsDirectory(out: string, fileCount: number): Promise<boolean> {
  if (/[\\/]$/.test(out) || fileCount > 1) return true;
  return fs
    .stat(out)
    .then((s) => s.isDirectory())
    .catch(() => false);
}

async function checkFile(file: string, args: CliArgs, io: Io): Promise<Report> {
  const label = path.basename(file);
  const size = await fs.stat(file).then(
    (s) => s.size,
    () => 0,
  );
  if (size > LARGE_FILE_BYTES) {
    const mb = (size / 1e6).toFixed(1);
    io.stderr.write(args.lang === "ja" ? `読み込み中…（${mb} MB）\n` : `reading… (${mb} MB)\n`);
  }
  const grids = await readWorkbook(file, { label, onProgress: progressReporter(io, args.lang) });
  const report = checkWorkbook(file, selectSheets(grids, label, args.sheet));
  // The JSON report is a contract: never print one that does not match it.
  return validateReport(report);
}

function reasonLine(err: unknown, lang: Lang): string {
  if (err instanceof WorkbookError) return err.line();
  if (err instanceof UsageError) return `kpi-check: ${err.reasonJa} / ${err.reasonEn}`;
  const msg = err instanceof Error ? err.message.split("\n")[0] : String(err);
  return lang === "ja"
    ? `kpi-check: 予期しないエラー / unexpected error: ${msg}`
    : `kpi-check: unexpected error: ${msg}`;
}

/**
 * The `kpi-check` command. Returns the exit code: 0 = no errors, 1 = errors found,
 * 2 = unusable input or arguments (one line on stderr, never a stack trace).
 */
export async function main(argv: string[], io: Io = process): Promise<number> {
  let args: CliArgs;
  try {
    args = parseArgs(argv);
  } catch (err) {
    io.stderr.write(`${reasonLine(err, "ja")}\n${USAGE}\n`);
    return 2;
  }
  if (args.help) {
    io.stdout.write(`${USAGE}\n`);
    return 0;
  }

  const reports: Report[] = [];
  let unusable = false;
  const outDir = args.out !== null && (await outIsDirectory(args.out, args.files.length));
  for (const file of args.files) {
    try {
      const report = await checkFile(file, args, io);
      reports.push(report);
      if (args.out !== null) await writeAnnotated(file, report, annotatedPath(file, args.out, outDir));
    } catch (err) {
      unusable = true;
      io.stderr.write(`${reasonLine(err, args.lang)}\n`);
    }
  }

  if (args.json) {
    const doc = args.files.length === 1 ? (reports[0] ?? null) : reports;
    // Streamed: the report of a 100,000-row sheet is ~170 MB of JSON.
    if (doc !== null) await writeJson(io.stdout, doc);
  } else {
    io.stdout.write(reports.map((r) => renderReportText(r, args.lang)).join("\n"));
  }

  if (unusable) return 2;
  return reports.some((r) => r.summary.errors > 0) ? 1 : 0;
}
