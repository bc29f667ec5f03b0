import * as path from "path";
import { measureRows, timed } from "./cli";

/**
 * `node scripts/run-ts.js bench/rows.ts [ROWS]`: only the 100,000-row part of `npm run bench`
 * (check, read phase, --out), printed as JSON; results.json and the README are left alone.
 * Expects `npm run build:cli` done. BENCH_BASELINE=DIR adds DIR's CLI on the same file.
 */
const ROOT = path.resolve(__dirname, "..");
const log = (s: string) => process.stderr.write(`bench: ${s}\n`);

async function main(): Promise<void> {
  const rows = Number(process.argv[2] ?? 100000);
  const result: Record<string, unknown> = { rows100000: await measureRows(ROOT, rows, log) };
  const baselineDir = process.env.BENCH_BASELINE;
  if (baselineDir) {
    const run = timed(ROOT, [path.join(baselineDir, "bin/kpi-check.js"), `bench/tmp/kpi-${rows}.xlsx`, "--json"]);
    result.baseline = { dir: baselineDir, cpuSeconds: run.cpuSeconds, peakMB: run.peakMB };
    log(`baseline ${baselineDir}: ${run.cpuSeconds} s CPU, peak ${run.peakMB} MB (exit ${run.exitCode})`);
  }
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`bench failed: ${e instanceof Error ? e.stack : String(e)}\n`);
  process.exitCode = 1;
});
