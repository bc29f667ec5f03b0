import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { readWorkbook } from "../src/cli/read-workbook";
import { cellText, type MergedArea } from "../src/core/grid/grid";
import { distinctSheet } from "./distinct-sheet";
import { BENCH_LAYOUTS, syntheticSheet } from "./synthetic";
import { writeXlsx, type SheetToWrite } from "./xlsx-writer";

/** One process run under GNU time: wall and CPU seconds, peak resident set, what it said on stderr. */
export interface ProcessRun {
  wallSeconds: number;
  cpuSeconds: number;
  peakMB: number;
  exitCode: number;
  stderr: string;
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}
const round = (n: number, digits = 2) => Number(n.toFixed(digits));

/** `node ARGS…` under `/usr/bin/time -v` (its figures go to a file, apart from the program's stderr). */
export function timed(root: string, args: string[], stdout: string | "ignore" = "ignore"): ProcessRun {
  const timeFile = path.join(os.tmpdir(), `kpi-bench-time-${process.pid}.txt`);
  const fd = stdout === "ignore" ? "ignore" : fs.openSync(stdout, "w");
  const r = spawnSync("/usr/bin/time", ["-v", "-o", timeFile, process.execPath, ...args], {
    cwd: root,
    stdio: ["ignore", fd, "pipe"],
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (typeof fd === "number") fs.closeSync(fd);
  if (r.error) throw new Error(`/usr/bin/time not runnable (apt-get install -y time): ${r.error.message}`);
  const t = fs.readFileSync(timeFile, "utf8");
  const field = (name: string) => new RegExp(`${name}: (.+)`).exec(t)?.[1]?.trim() ?? "";
  const wall = field("Elapsed \\(wall clock\\) time \\(h:mm:ss or m:ss\\)");
  return {
    wallSeconds: round(
      wall.split(":").reduce((s, p) => s * 60 + Number(p), 0),
      3,
    ),
    cpuSeconds: round(Number(field("User time \\(seconds\\)")) + Number(field("System time \\(seconds\\)"))),
    peakMB: round(Number(field("Maximum resident set size \\(kbytes\\)")) / 1024, 1),
    exitCode: r.status ?? -1,
    stderr: (r.stderr ?? "").trim(),
  };
}

/** kpi-check exits 1 when a sheet has errors; only 2 (or a crash) means it did not check. */
function expectChecked(run: ProcessRun, what: string): ProcessRun {
  if (run.exitCode !== 0 && run.exitCode !== 1) throw new Error(`${what}: exit ${run.exitCode}`);
  return run;
}

export interface SampleResult {
  ratioToNode: number;
  nodeMs: number;
  checkMs: number;
  rounds: number;
}

/**
 * `node ARGS…` timed by bash's `time` (a small parent, as /usr/bin/time is): wall seconds to the
 * millisecond. GNU time writes wall time in hundredths, too coarse for a 50 ms `node -e 0`.
 */
function wallTimed(root: string, args: string[]): { wallSeconds: number; exitCode: number } {
  const r = spawnSync("bash", ["-c", 'TIMEFORMAT=%3R; time "$@" >/dev/null 2>&1', "bash", process.execPath, ...args], {
    cwd: root,
    encoding: "utf8",
  });
  const lines = (r.stderr ?? "").trim().split("\n");
  const wall = Number(lines[lines.length - 1]);
  if (r.error || !Number.isFinite(wall)) throw new Error(`bash time failed: ${r.error?.message ?? r.stderr}`);
  // bash's `time` reports the command's status as its own
  return { wallSeconds: wall, exitCode: r.status ?? -1 };
}

/** `kpi-check samples/kyosei-vision.xlsx --json` against `node -e 0`, interleaved, medians of wall time. */
export function measureSample(root: string, log: (s: string) => void, rounds = 21): SampleResult {
  const node: number[] = [];
  const check: number[] = [];
  for (let i = 0; i < rounds; i++) {
    node.push(wallTimed(root, ["-e", "0"]).wallSeconds);
    const run = wallTimed(root, ["bin/kpi-check.js", "samples/kyosei-vision.xlsx", "--json"]);
    if (run.exitCode !== 0 && run.exitCode !== 1) throw new Error(`sample: exit ${run.exitCode}`);
    check.push(run.wallSeconds);
  }
  const result = {
    ratioToNode: round(median(check) / median(node)),
    nodeMs: Math.round(median(node) * 1000),
    checkMs: Math.round(median(check) * 1000),
    rounds,
  };
  log(`sample: kpi-check ${result.checkMs} ms, node -e 0 ${result.nodeMs} ms, ×${result.ratioToNode}`);
  return result;
}

/** The 100,000-row workbook: three sheets, one per layout, rows from row 1 then merges. */
function rowsWorkbook(rows: number): { sheets: SheetToWrite[]; firstRows: string[][] } {
  const sheets = BENCH_LAYOUTS.map((layout, i) => {
    const share = Math.floor(rows / BENCH_LAYOUTS.length) + (i < rows % BENCH_LAYOUTS.length ? 1 : 0);
    const s = syntheticSheet(layout, share);
    return { name: s.name, rows: s.rows, merges: s.merges as MergedArea[] };
  });
  return { sheets, firstRows: sheets.map((s) => s.rows.slice(0, 6).map((r) => r.map((c) => c ?? "").join("|"))) };
}

export interface RowsResult {
  rows: number;
  fileBytes: number;
  cpuSeconds: number;
  wallSeconds: number;
  peakMB: number;
  readCpuSeconds: number;
  floorCpuSeconds: number;
  readFloorRatio: number;
  /** The unzip and saxes pass alone (no handler work, no grid), and read ÷ that. */
  parseOnlyCpuSeconds: number;
  readParseOnlyRatio: number;
  outCpuSeconds: number;
  outWallSeconds: number;
  outPeakMB: number;
}

/** The same check by another build (BENCH_BASELINE=DIR), for the "× today's" target. */
export interface BaselineResult {
  dir: string;
  cpuSeconds: number;
  peakMB: number;
  /** Our CPU ÷ the baseline's, the median over the interleaved pairs (each pair a minute apart). */
  cpuRatio: number;
}

/** Runs of the big check: each a median of this many, interleaved with the baseline's. */
const CHECK_ROUNDS = 5;

/**
 * The big workbook checked CHECK_ROUNDS times, each run followed by the baseline build's on the
 * same file when `baselineDir` is given (A/B interleaved: the machine's speed drifts over
 * minutes), then its read phase and its annotated copy. Medians.
 */
export async function measureRows(
  root: string,
  rows: number,
  log: (s: string) => void,
  baselineDir?: string,
): Promise<{ rows: RowsResult; baseline: BaselineResult | null }> {
  const dir = path.join(root, "bench/tmp");
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `kpi-${rows}.xlsx`);
  const { sheets, firstRows } = rowsWorkbook(rows);
  fs.writeFileSync(file, writeXlsx(sheets));
  // The old workbook began its data at row 33,342: prove the top rows are where they belong.
  const grids = await readWorkbook(file);
  grids.forEach((g, i) => {
    const read = firstRows[i].map((_, r) =>
      Array.from({ length: sheets[i].rows[r].length }, (_, c) => cellText(g, r, c)).join("|"),
    );
    if (read.join("\n") !== firstRows[i].join("\n")) throw new Error(`${g.name}: the first rows are not in rows 1–6`);
  });

  const json = path.join(dir, `kpi-${rows}.json`);
  const checks: ProcessRun[] = [];
  const baselines: ProcessRun[] = [];
  for (let i = 0; i < CHECK_ROUNDS; i++) {
    checks.push(expectChecked(timed(root, ["bin/kpi-check.js", file, "--json"], json), "check"));
    if (baselineDir) {
      baselines.push(
        expectChecked(timed(root, [path.join(baselineDir, "bin/kpi-check.js"), file, "--json"]), "baseline"),
      );
    }
  }
  const report = JSON.parse(fs.readFileSync(json, "utf8")) as { summary: { rows: number } };
  if (report.summary.rows !== rows) throw new Error(`kpi-check reported ${report.summary.rows} rows, not ${rows}`);
  const check = {
    cpuSeconds: median(checks.map((r) => r.cpuSeconds)),
    wallSeconds: median(checks.map((r) => r.wallSeconds)),
    peakMB: median(checks.map((r) => r.peakMB)),
  };
  log(
    `${rows} rows: ${check.cpuSeconds} s CPU, ${check.wallSeconds} s wall, peak ${check.peakMB} MB (medians of ${runs(checks)})`,
  );
  const baseline = baselineDir
    ? {
        dir: baselineDir,
        cpuSeconds: median(baselines.map((r) => r.cpuSeconds)),
        peakMB: median(baselines.map((r) => r.peakMB)),
        cpuRatio: round(median(checks.map((r, i) => r.cpuSeconds / baselines[i].cpuSeconds))),
      }
    : null;
  if (baseline) {
    log(`baseline ${baselineDir}: ${baseline.cpuSeconds} s CPU, peak ${baseline.peakMB} MB (${runs(baselines)})`);
    log(`100000 rows ÷ baseline, median of the pairs: ×${baseline.cpuRatio}`);
  }

  const phase = spawnSync(process.execPath, ["scripts/run-ts.js", "bench/read-phase.ts", file], {
    cwd: root,
    encoding: "utf8",
  });
  if (phase.status !== 0) throw new Error(`read-phase failed: ${phase.stderr}`);
  const read = JSON.parse(phase.stdout) as {
    readCpuSeconds: number;
    floorCpuSeconds: number;
    parseOnlyCpuSeconds: number;
  };
  log(
    `${rows} rows: read ${read.readCpuSeconds} s CPU, unzip+SAX+grid floor ${read.floorCpuSeconds} s, unzip+SAX alone ${read.parseOnlyCpuSeconds} s`,
  );

  const out = expectChecked(
    // --force: the bench's own folder, so a second run replaces the copy of the first.
    timed(
      root,
      ["bin/kpi-check.js", file, "--json", "--force", "--out", path.join(dir, `kpi-${rows}-checked.xlsx`)],
      "ignore",
    ),
    "--out",
  );
  log(`${rows} rows --out: ${out.cpuSeconds} s CPU, peak ${out.peakMB} MB`);
  return {
    rows: {
      rows,
      fileBytes: fs.statSync(file).size,
      cpuSeconds: check.cpuSeconds,
      wallSeconds: check.wallSeconds,
      peakMB: check.peakMB,
      readCpuSeconds: read.readCpuSeconds,
      floorCpuSeconds: read.floorCpuSeconds,
      readFloorRatio: round(read.readCpuSeconds / read.floorCpuSeconds),
      parseOnlyCpuSeconds: read.parseOnlyCpuSeconds,
      readParseOnlyRatio: round(read.readCpuSeconds / read.parseOnlyCpuSeconds),
      outCpuSeconds: out.cpuSeconds,
      outWallSeconds: out.wallSeconds,
      outPeakMB: out.peakMB,
    },
    baseline,
  };
}

/** The runs behind a median, for the log: "12.1 / 11.8 / 12.4 s". */
const runs = (xs: ProcessRun[]) => `${xs.map((r) => r.cpuSeconds).join(" / ")} s`;

export interface BatchResult {
  files: number;
  secondsPerFile: number;
  singleSeconds: number;
  ratioToSingle: number;
  rounds: number;
}

/**
 * 100 real-size workbooks (20–200 rows of all-distinct indicators each) in one folder:
 * `kpi-check DIR/ --json` per file against `kpi-check ONE.xlsx --json` alone, interleaved.
 */
export function measureBatch(root: string, log: (s: string) => void, files = 100, rounds = 3): BatchResult {
  const dir = path.join(root, "bench/tmp/batch");
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const names: string[] = [];
  for (let i = 0; i < files; i++) {
    const grid = distinctSheet(20 + ((i * 37) % 181), 1000 + i);
    const rows = grid.cells.map((r) => r.map((c) => c?.text ?? null));
    const name = path.join(dir, `city-${String(i + 1).padStart(3, "0")}.xlsx`);
    fs.writeFileSync(name, writeXlsx([{ name: "成果指標", rows, merges: [] }]));
    names.push(name);
  }
  const batch: number[] = [];
  const single: number[] = [];
  for (let i = 0; i < rounds; i++) {
    batch.push(expectChecked(timed(root, ["bin/kpi-check.js", dir, "--json"]), "batch").wallSeconds / files);
    for (const k of [0, 1, 2]) {
      const one = names[((i * 3 + k) * 7) % files];
      single.push(expectChecked(timed(root, ["bin/kpi-check.js", one, "--json"]), "single").wallSeconds);
    }
  }
  const result = {
    files,
    secondsPerFile: round(median(batch), 3),
    singleSeconds: round(median(single), 3),
    ratioToSingle: round(median(batch) / median(single)),
    rounds,
  };
  log(`batch: ${result.secondsPerFile} s per file, one file alone ${result.singleSeconds} s, ×${result.ratioToSingle}`);
  return result;
}

/**
 * The two hostile files of the issue, a whole-sheet merge and a part declaring 4 GB, and one
 * within every size cap whose shared string is one text of 250 MB (one run without markup).
 */
export function measureHostile(root: string, log: (s: string) => void): Record<string, ProcessRun> {
  const dir = path.join(root, "bench/tmp");
  const header = [["No.", "指標名", "単位", "現状値", "基準年度", "目標値", "目標年度"]];
  const merged = path.join(dir, "merged-sheet.xlsx");
  fs.writeFileSync(
    merged,
    writeXlsx([{ name: "S", rows: header, merges: [{ top: 3, left: 0, bottom: 1048575, right: 16383 }] }]),
  );
  const bomb = path.join(dir, "bomb.xlsx");
  const buf = writeXlsx([{ name: "S", rows: header, merges: [] }]);
  // The sheet's central-directory record (its name sits 46 bytes in): size at +24 → 0xFFFFFFFF (ZIP64, ≥ 4 GB).
  const at = buf.lastIndexOf(Buffer.from("xl/worksheets/sheet1.xml")) - 46;
  buf.writeUInt32LE(0xffffffff, at + 24);
  fs.writeFileSync(bomb, buf);
  const run = path.join(dir, "long-text.xlsx");
  fs.writeFileSync(run, writeXlsx([{ name: "S", rows: [...header, ["A".repeat(250 * 1024 * 1024)]], merges: [] }]));
  const result: Record<string, ProcessRun> = {};
  for (const [key, file] of [
    ["mergedSheet", merged],
    ["zipBomb", bomb],
    ["longText", run],
  ]) {
    result[key] = timed(root, ["bin/kpi-check.js", file, "--json"]);
    log(`hostile ${key}: ${result[key].wallSeconds} s, ${result[key].peakMB} MB, exit ${result[key].exitCode}`);
  }
  return result;
}
