import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { BENCH_LAYOUTS, mergeRef, syntheticSheet } from "./synthetic";

export interface CliResult {
  file: string;
  rows: number;
  fileBytes: number;
  seconds: number;
  peakMB: number;
  exitCode: number | null;
}

/** Writes one workbook of `rows` indicator rows, one sheet per layout, with exceljs's streaming writer. */
async function writeWorkbook(file: string, rows: number): Promise<void> {
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file });
  for (const [i, layout] of BENCH_LAYOUTS.entries()) {
    const share = Math.floor(rows / BENCH_LAYOUTS.length) + (i < rows % BENCH_LAYOUTS.length ? 1 : 0);
    const sheet = syntheticSheet(layout, share);
    const ws = writer.addWorksheet(sheet.name);
    // Merges first: the streaming writer cannot merge rows it has already committed.
    for (const m of sheet.merges) ws.mergeCells(mergeRef(m));
    for (const cells of sheet.rows) ws.addRow(cells.map((c) => c ?? undefined)).commit();
    ws.commit();
  }
  await writer.commit();
}

/**
 * `kpi-check FILE --json` on a workbook of `rows` rows, under GNU time: wall seconds and the
 * peak resident set of the node process.
 */
export async function measureCli(root: string, rows: number, log: (s: string) => void): Promise<CliResult> {
  const dir = path.join(root, "bench/tmp");
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `kpi-${rows}.xlsx`);
  await writeWorkbook(file, rows);
  const out = path.join(dir, `kpi-${rows}.json`);
  const fd = fs.openSync(out, "w");
  const r = spawnSync("/usr/bin/time", ["-v", process.execPath, "bin/kpi-check.js", file, "--json"], {
    cwd: root,
    stdio: ["ignore", fd, "pipe"],
    encoding: "utf8",
  });
  fs.closeSync(fd);
  if (r.error) throw new Error(`/usr/bin/time not runnable (apt-get install -y time): ${r.error.message}`);
  const stderr = r.stderr ?? "";
  const field = (name: string) => new RegExp(`${name}: (.+)`).exec(stderr)?.[1]?.trim();
  const rssKb = Number(field("Maximum resident set size \\(kbytes\\)"));
  const wall = field("Elapsed \\(wall clock\\) time \\(h:mm:ss or m:ss\\)") ?? "";
  const seconds = wall.split(":").reduce((s, part) => s * 60 + Number(part), 0);
  const exit = Number(field("Exit status"));
  // kpi-check exits 1 when the sheet has errors (the damaged rows do): only 2 is a failure.
  if (!(exit === 0 || exit === 1) || !Number.isFinite(rssKb)) {
    throw new Error(`kpi-check failed (exit ${exit}): ${stderr.slice(-500)}`);
  }
  const report = JSON.parse(fs.readFileSync(out, "utf8")) as { summary: { rows: number } };
  if (report.summary.rows !== rows) throw new Error(`kpi-check reported ${report.summary.rows} rows, not ${rows}`);
  const result = {
    file: path.relative(root, file),
    rows,
    fileBytes: fs.statSync(file).size,
    seconds: Number(seconds.toFixed(2)),
    peakMB: Number((rssKb / 1024).toFixed(1)),
    exitCode: exit,
  };
  log(`kpi-check ${rows} rows: ${result.seconds} s, peak ${result.peakMB} MB`);
  return result;
}
