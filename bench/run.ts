import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { measureBundle } from "./bundle-size";
import { measureCli } from "./cli-memory";
import { measureEngine } from "./engine-speed";
import { measureFirstRender } from "./first-render";
import { type BenchResults, markdownTables, targets } from "./report";
import { measureSyncs } from "./syncs";

/**
 * `npm run bench`: builds the CLI and the production task pane, measures, writes
 * bench/results.json and the tables in bench/README.md (between the BENCH markers), prints them.
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
  const engine = measureEngine([100, 1000, 10000, 100000], log);
  const syncs = await measureSyncs([10, 1000, 10000], log);
  const rows100000 = await measureCli(ROOT, 100000, log);
  const bundle = measureBundle(path.join(ROOT, "dist-web"));
  log(`task pane: ${bundle.rawBytes} B raw, ${bundle.gzipBytes} B gzip`);
  const firstRender = await measureFirstRender(ROOT, log);
  const results: BenchResults = {
    date: new Date().toISOString(),
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? "",
      memoryGB: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
      platform: `${os.platform()} ${os.release()}`,
    },
    engine,
    syncs,
    bundle,
    firstRenderMs: firstRender.medianMs,
    firstRender,
    cli: { rows100000 },
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
  const missed = targets(results).filter((t) => !t.ok);
  log(missed.length === 0 ? "every target met" : `missed: ${missed.map((t) => `${t.what} (${t.miss})`).join("; ")}`);
}

main().catch((e: unknown) => {
  process.stderr.write(`bench failed: ${e instanceof Error ? e.stack : String(e)}\n`);
  process.exitCode = 1;
});
