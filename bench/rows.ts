import * as path from "path";
import { measureRows } from "./cli";

/**
 * `node scripts/run-ts.js bench/rows.ts [ROWS]`: only the 100,000-row part of `npm run bench`
 * (check, read phase, --out), printed as JSON; results.json and the README are left alone.
 * Expects `npm run build:cli` done. BENCH_BASELINE=DIR adds DIR's CLI on the same file.
 */
const ROOT = path.resolve(__dirname, "..");
const log = (s: string) => process.stderr.write(`bench: ${s}\n`);

async function main(): Promise<void> {
  const rows = Number(process.argv[2] ?? 100000);
  const { rows: result, baseline } = await measureRows(ROOT, rows, log, process.env.BENCH_BASELINE);
  process.stdout.write(`${JSON.stringify({ rows100000: result, baseline }, null, 2)}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`bench failed: ${e instanceof Error ? e.stack : String(e)}\n`);
  process.exitCode = 1;
});
