import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { measureBundle } from "./bundle-size";
import { measureBatch, measureHostile, measureRows, measureSample } from "./cli";
import { measureSheet200 } from "./distinct-sheet";
import { measurePane } from "./pane";
import { type BenchResults, markdownTables, targets } from "./report";
import { measureSyncs } from "./syncs";

/**
 * `npm run bench`: builds the CLI and the production task pane, measures what a user waits
 * for, writes bench/results.json and the tables in bench/README.md (between the BENCH markers).
 * BENCH_BASELINE=DIR also runs DIR/bin/kpi-check.js (another checkout, e.g. main) on the
 * 100,000-row file for the "CPU × today's" target.
 */
const ROOT = path.resolve(__dirname, "..");
const README = path.join(ROOT, "bench/README.md");
const BEGIN = "<!-- BENCH:BEGIN (written by npm run bench) -->";
const END = "<!-- BENCH:END -->";
const log = (s: string) => process.stderr.write(`bench: ${s}\n`);

function npm(script: string): void {
  log(`npm run ${script}`);
  // The production build needs the address it will be served from; the bench only measures it.
  const env = { ADDIN_URL: "https://bench.kpi-check.lg.jp/", ...process.env };
  const r = spawnSync("npm", ["run", "--silent", script], { cwd: ROOT, env, stdio: ["ignore", "ignore", "inherit"] });
  if (r.status !== 0) throw new Error(`npm run ${script} failed (exit ${r.status})`);
}

async function main(): Promise<void> {
  const t0 = Date.now();
  npm("build:cli");
  npm("build");
  const sample = measureSample(ROOT, log);
  const sheet200 = measureSheet200();
  log(`engine, 200 distinct rows: ${sheet200.ms} ms (${sheet200.runsMs.join(", ")})`);
  const syncs = await measureSyncs([10, 1000, 10000], log);
  const { rows: rows100000, baseline: baseline100000 } = await measureRows(
    ROOT,
    100000,
    log,
    process.env.BENCH_BASELINE,
  );
  const hostile = measureHostile(ROOT, log);
  const files100 = measureBatch(ROOT, log);
  const bundle = measureBundle(path.join(ROOT, "dist-web"));
  log(`task pane: ${bundle.rawBytes} B raw, ${bundle.gzipBytes} B gzip`);
  const pane = await measurePane();
  const results: BenchResults = {
    date: new Date().toISOString(),
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? "",
      memoryGB: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
      platform: `${os.platform()} ${os.release()}`,
    },
    cli: { sample, rows100000, baseline100000, hostile },
    batch: { files100 },
    engine: { sheet200 },
    pane,
    syncs,
    bundle,
    seconds: Math.round((Date.now() - t0) / 1000),
  };
  fs.writeFileSync(path.join(ROOT, "bench/results.json"), `${JSON.stringify(results, null, 2)}\n`);

  const m = results.machine;
  const tables = [
    `Run ${results.date.slice(0, 10)} on ${m.cpus} × ${m.cpuModel}, ${m.memoryGB} GB, Node ${m.node}; the whole bench took ${results.seconds} s.`,
    "",
    markdownTables(results),
  ].join("\n");
  const text = fs.readFileSync(README, "utf8");
  const from = text.indexOf(BEGIN);
  const to = text.indexOf(END);
  if (from < 0 || to < from) throw new Error(`${README} lacks the ${BEGIN} … ${END} markers`);
  fs.writeFileSync(README, `${text.slice(0, from + BEGIN.length)}\n${tables}\n${text.slice(to)}`);
  process.stdout.write(`${tables}\n`);
  const missed = targets(results).filter((t) => t.ok === false);
  log(
    missed.length === 0
      ? "every measured target met"
      : `missed: ${missed.map((t) => `${t.what} (${t.measured})`).join("; ")}`,
  );
}

main().catch((e: unknown) => {
  process.stderr.write(`bench failed: ${e instanceof Error ? e.stack : String(e)}\n`);
  process.exitCode = 1;
});
