import { promises as fs } from "fs";
import * as path from "path";
import type { Report } from "../core/report/schema";
import type { Lang } from "../core/messages/lang";
import { renderSummaryLine, reportTextLines } from "../core/report/text";
import { parseArgs, USAGE, type CliArgs } from "./args";
import { checkMany } from "./batch";
import { checkFile } from "./check-file";
import { WorkbookError } from "./errors";
import { expandInputs } from "./inputs";
import { REPORT_ROW_DEPTH, writeJson } from "./json-stream";
import { watchClosedPipe, writeLines, type OutStream } from "./output";
import { reasonLine } from "./reason-line";
import { terminalSafe } from "./terminal-text";

export interface Io {
  stdout: OutStream;
  stderr: { write(s: string): unknown };
}

/** Above this much sheet XML (≈ 5,000 rows) a workbook gets progress lines on stderr. */
const PROGRESS_MIN_BYTES = 1_000_000;
/** Above this size a "reading" line comes first: the zip is opened before progress starts. */
const LARGE_FILE_BYTES = 1_000_000;

function progressReporter(io: Io, lang: Lang): (done: number, total: number) => void {
  let shown = -1;
  return (done, total) => {
    if (total <= PROGRESS_MIN_BYTES) return;
    const pct = Math.floor((done / total) * 10) * 10;
    if (pct === shown) return;
    shown = pct;
    io.stderr.write(lang === "ja" ? `読み込み中… ${pct}%\n` : `reading… ${pct}%\n`);
  };
}

/** --out names a directory when it ends with a slash, already is one, or a batch is checked. */
async function outIsDirectory(out: string, batch: boolean): Promise<boolean> {
  if (/[\\/]$/.test(out) || batch) return true;
  return fs
    .stat(out)
    .then((s) => s.isDirectory())
    .catch(() => false);
}

/** One file given alone: a "reading" line for a big file, then progress lines on stderr. */
async function checkAlone(file: string, args: CliArgs, io: Io): Promise<Report> {
  const size = await fs.stat(file).then(
    (s) => s.size,
    () => 0,
  );
  if (size > LARGE_FILE_BYTES) {
    const mb = (size / 1e6).toFixed(1);
    io.stderr.write(args.lang === "ja" ? `読み込み中…（${mb} MB）\n` : `reading… (${mb} MB)\n`);
  }
  return checkFile(file, args.sheet, path.basename(file), progressReporter(io, args.lang));
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

  const stdoutClosed = watchClosedPipe(io.stdout);
  const reports: Report[] = [];
  let unusable = false;
  const fail = (line: string) => {
    unusable = true;
    io.stderr.write(`${line}\n`);
  };
  const inputs = await expandInputs(args.files);
  for (const dir of inputs.emptyDirectories) fail(new WorkbookError("no-workbooks", dir).line());
  // A folder or several files: checked on worker threads, one summary line per file.
  const batch = inputs.fromDirectory || inputs.files.length > 1;
  if (batch) {
    await checkMany(inputs.files, args.sheet, args.lang, (result) => {
      if ("error" in result) return fail(result.error);
      reports.push(result.report);
      if (!args.json && !stdoutClosed())
        io.stdout.write(`${terminalSafe(renderSummaryLine(result.report, args.lang))}\n`);
    });
  } else {
    for (const file of inputs.files) {
      try {
        reports.push(await checkAlone(file, args, io));
      } catch (err) {
        fail(reasonLine(err, args.lang));
      }
    }
  }
  if (args.out !== null) {
    const outDir = await outIsDirectory(args.out, batch);
    // Loaded only for --out: a plain check never pays for the writer.
    const { annotatedPath, writeAnnotated } = await import("./write-annotated");
    // a/x.xlsx and b/x.xlsx would both become DIR/x-checked.xlsx: the second must not replace the first
    const written = new Set<string>();
    for (const report of reports) {
      try {
        const output = annotatedPath(report.file, args.out, outDir);
        if (written.has(path.resolve(output))) throw new WorkbookError("output-twice", path.basename(output));
        await writeAnnotated(report.file, report, output, { lang: args.lang, force: args.force, inputs: inputs.files });
        written.add(path.resolve(output));
      } catch (err) {
        fail(reasonLine(err, args.lang));
      }
    }
  }

  try {
    if (args.json) {
      const doc = batch ? reports : (reports[0] ?? null);
      // Streamed: the report of a 100,000-row sheet is ~170 MB of JSON. A batch is one level deeper.
      if (doc !== null) await writeJson(io.stdout, doc, batch ? REPORT_ROW_DEPTH + 1 : REPORT_ROW_DEPTH);
    } else if (!batch) {
      for (const [i, r] of reports.entries()) {
        await writeLines(
          io.stdout,
          i === 0 ? reportTextLines(r, args.lang) : ["", ...reportTextLines(r, args.lang)],
          stdoutClosed,
        );
      }
    }
  } catch (err) {
    // A report that cannot be printed is no verdict on the workbook: never exit 1 for it.
    io.stderr.write(`${reasonLine(err, args.lang)}\n`);
    return 2;
  }

  if (unusable) return 2;
  return reports.some((r) => r.summary.errors > 0) ? 1 : 0;
}
