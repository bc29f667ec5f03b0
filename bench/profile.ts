/**
 * Engine speed on the bench's synthetic sheets, and a byte-for-byte result dump to guard
 * optimisations.
 *
 *   node scripts/run-ts.js bench/profile.ts time ROWS [REPEATS] [LAYOUT]   rows/s of checkGrid
 *   node scripts/run-ts.js bench/profile.ts dump DIR                       JSON of checkGrid per sheet
 *   node scripts/run-ts.js bench/profile.ts alloc ROWS [LAYOUT]            bytes allocated, by function
 *   node --cpu-prof scripts/run-ts.js bench/profile.ts time 10000 5        a CPU profile of the same
 *
 * LAYOUT is one of bench/synthetic.ts's layouts; without it every layout is timed in turn.
 * The dump covers the samples, the consistent fixture and 2,000 synthetic rows per layout:
 * compare two dumps with `diff -r` before and after a change that should not alter results.
 */
import fs from "fs";
import inspector from "inspector";
import path from "path";
import { checkGrid } from "../src/core/engine";
import { gridFromRows, parseAddress, type Grid, type MergedArea } from "../src/core/grid/grid";
import { kyoseiVision } from "../samples/data/kyosei-vision";
import { souseiStrategy } from "../samples/data/sousei-strategy";
import type { SampleSheet } from "../samples/data/types";
import { consistentSheet } from "../tests/fixtures/consistent-sheet";
import { BENCH_LAYOUTS, type BenchLayout, sheetGrid, syntheticSheet } from "./synthetic";

function sampleGrid(sheet: SampleSheet): Grid {
  const merges = sheet.merges.map((ref): MergedArea => {
    const [a, b] = ref.split(":").map((x) => parseAddress(x)!);
    return { top: a.row, left: a.col, bottom: b.row, right: b.col };
  });
  return gridFromRows(sheet.name, sheet.rows, merges);
}

/** Wall time, and this process's CPU time (steadier when other work shares the machine). */
function time(rowCount: number, repeats: number, layouts: BenchLayout[]): void {
  for (const layout of layouts) {
    const grid = sheetGrid(syntheticSheet(layout, rowCount));
    for (let i = 0; i < repeats; i++) {
      const t0 = process.hrtime.bigint();
      const c0 = process.cpuUsage();
      const report = checkGrid(grid);
      const cpu = process.cpuUsage(c0);
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      const cpuMs = (cpu.user + cpu.system) / 1000;
      const perSec = (t: number) => Math.round((rowCount / t) * 1000);
      console.log(
        `${layout} ${rowCount} rows: ${ms.toFixed(0)} ms wall (${perSec(ms)} rows/s), ${cpuMs.toFixed(0)} ms CPU (${perSec(cpuMs)} rows/s); ${report.findings.length} findings`,
      );
    }
  }
}

function dump(dir: string): void {
  fs.mkdirSync(dir, { recursive: true });
  const grids: [string, Grid][] = [
    ["kyosei-vision", sampleGrid(kyoseiVision.sheets[0])],
    ...souseiStrategy.sheets.map((s, i): [string, Grid] => [`sousei-strategy-${i}`, sampleGrid(s)]),
    ["consistent", sampleGrid(consistentSheet)],
    ...BENCH_LAYOUTS.map((l): [string, Grid] => [`synthetic-${l}-2000`, sheetGrid(syntheticSheet(l, 2000))]),
  ];
  for (const [name, grid] of grids) {
    fs.writeFileSync(path.join(dir, `${name}.json`), JSON.stringify(checkGrid(grid), null, 1));
  }
  console.log(`wrote ${grids.length} reports to ${dir}`);
}

interface SamplingNode {
  callFrame: { functionName: string; url: string; lineNumber: number };
  selfSize: number;
  children: SamplingNode[];
}

/**
 * Bytes allocated by one warm checkGrid, by allocating function: V8's sampling heap profiler,
 * keeping the objects minor and major GCs collected (what the engine allocates, not what stays).
 */
async function alloc(rowCount: number, layout: BenchLayout): Promise<void> {
  const grid = sheetGrid(syntheticSheet(layout, rowCount));
  checkGrid(grid);
  checkGrid(grid);
  const session = new inspector.Session();
  session.connect();
  const post = (method: string, params: object = {}) =>
    new Promise<unknown>((resolve, reject) =>
      session.post(method, params, (err, res) => (err ? reject(err) : resolve(res))),
    );
  await post("HeapProfiler.startSampling", {
    samplingInterval: 512,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: true,
  });
  checkGrid(grid);
  const { profile } = (await post("HeapProfiler.stopSampling")) as { profile: { head: SamplingNode } };
  session.disconnect();
  const bytes = new Map<string, number>();
  let total = 0;
  // A built-in (Map#set, Array#sort, an iterator's next) is named with the function calling it.
  const walk = (n: SamplingNode, caller: string): void => {
    const { functionName, url, lineNumber } = n.callFrame;
    const where = url.includes("/src/") ? url.split("/src/")[1] : url.split("/").pop();
    const name = `${functionName || "(anonymous)"} ${where}:${lineNumber + 1}`;
    const key = url === "" && caller !== "" ? `${functionName} ← ${caller}` : name;
    bytes.set(key, (bytes.get(key) ?? 0) + n.selfSize);
    total += n.selfSize;
    for (const child of n.children) walk(child, url === "" ? caller : name);
  };
  walk(profile.head, "");
  console.log(
    `${layout} ${rowCount} rows: ${(total / 1e6).toFixed(1)} MB, ${(total / rowCount / 1024).toFixed(1)} KB/row`,
  );
  for (const [key, n] of [...bytes].sort((x, y) => y[1] - x[1]).slice(0, 30)) {
    console.log(`${(n / 1e6).toFixed(2).padStart(8)} MB  ${key}`);
  }
}

function layoutsOf(name: string | undefined): BenchLayout[] {
  const layouts = name ? BENCH_LAYOUTS.filter((l) => l === name) : BENCH_LAYOUTS;
  if (layouts.length === 0) throw new Error(`unknown layout ${name}; one of ${BENCH_LAYOUTS.join(", ")}`);
  return layouts;
}

async function main(): Promise<void> {
  const [cmd, a, b, c] = process.argv.slice(2);
  if (cmd === "time") {
    time(Number(a ?? 10000), Number(b ?? 3), layoutsOf(c));
  } else if (cmd === "dump") dump(a ?? "/tmp/kpi-dump");
  else if (cmd === "alloc") for (const l of layoutsOf(b)) await alloc(Number(a ?? 10000), l);
  else throw new Error("usage: profile.ts time ROWS [REPEATS] [LAYOUT] | dump DIR | alloc ROWS [LAYOUT]");
}

// Run as a script (scripts/run-ts.js sets argv[1] to this file), not when imported.
if (process.argv[1] === __filename) {
  main().catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exitCode = 1;
  });
}
