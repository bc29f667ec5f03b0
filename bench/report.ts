import type { BundleResult } from "./bundle-size";
import type { CliResult } from "./cli-memory";
import type { EngineResult } from "./engine-speed";
import type { FirstRenderResult } from "./first-render";
import type { SyncResult } from "./syncs";
import { BENCH_LAYOUTS } from "./synthetic";

export interface BenchResults {
  date: string;
  machine: { cpus: number; cpuModel: string; memoryGB: number; node: string; platform: string };
  engine: EngineResult;
  syncs: SyncResult;
  bundle: BundleResult;
  firstRenderMs: number;
  firstRender: FirstRenderResult;
  cli: { rows100000: CliResult };
  seconds: number;
}

/** The targets of the issue; `ok` true when met, with the miss in words when not. */
export function targets(
  r: BenchResults,
): { what: string; target: string; measured: string; ok: boolean; miss: string }[] {
  const rps = r.engine.rowsPerSecond["10000"];
  const maxValidate = Math.max(...Object.values(r.syncs.validate));
  const maxApply = Math.max(...Object.values(r.syncs.apply));
  const constant = (xs: Record<string, number>) => new Set(Object.values(xs)).size === 1;
  const gzKB = r.bundle.gzipBytes / 1024;
  const fmt = (n: number) => n.toLocaleString("en-US");
  return [
    {
      what: "engine at 10,000 rows",
      target: "≥ 50,000 rows/s",
      measured: `${fmt(rps)} rows/s`,
      ok: rps >= 50000,
      miss: rps >= 50000 ? "" : `${fmt(50000 - rps)} rows/s short (×${(50000 / rps).toFixed(1)} needed)`,
    },
    {
      what: "engine time grows linearly",
      target: "time/row at 100,000 ≈ at 1,000",
      measured: `×${r.engine.linearity}`,
      ok: r.engine.linearity <= 1.5,
      miss: r.engine.linearity <= 1.5 ? "" : `time per row ×${r.engine.linearity} at 100,000 rows`,
    },
    {
      what: "syncs to validate",
      target: "≤ 3, constant in rows",
      measured: Object.values(r.syncs.validate).join(" / "),
      ok: maxValidate <= 3 && constant(r.syncs.validate),
      miss: maxValidate <= 3 && constant(r.syncs.validate) ? "" : `${maxValidate} at most (${maxValidate - 3} over)`,
    },
    {
      what: "syncs to apply",
      target: "≤ 4, constant in rows",
      measured: Object.values(r.syncs.apply).join(" / "),
      ok: maxApply <= 4 && constant(r.syncs.apply),
      miss: maxApply <= 4 && constant(r.syncs.apply) ? "" : `${maxApply} at most (${Math.max(0, maxApply - 4)} over)`,
    },
    {
      what: "task pane bundle",
      target: "≤ 350 KB gzip",
      measured: `${gzKB.toFixed(1)} KB gzip`,
      ok: gzKB <= 350,
      miss: gzKB <= 350 ? "" : `${(gzKB - 350).toFixed(1)} KB over`,
    },
    {
      what: "first render",
      target: "≤ 1,000 ms",
      measured: `${r.firstRenderMs} ms`,
      ok: r.firstRenderMs <= 1000,
      miss: r.firstRenderMs <= 1000 ? "" : `${r.firstRenderMs - 1000} ms over`,
    },
  ];
}

/** The Markdown tables of bench/README.md. */
export function markdownTables(r: BenchResults): string {
  const fmt = (n: number) => n.toLocaleString("en-US");
  const lines: string[] = [];
  lines.push("| target | goal | measured | |", "|---|---|---|---|");
  for (const t of targets(r)) lines.push(`| ${t.what} | ${t.target} | ${t.measured} | ${t.ok ? "✓" : `✗ ${t.miss}`} |`);
  lines.push("", "Engine (`checkGrid`: read → targets → findings), rows per second:", "");
  lines.push(
    `| rows | all layouts | ${BENCH_LAYOUTS.join(" | ")} |`,
    `|---:|---:|${BENCH_LAYOUTS.map(() => "---:").join("|")}|`,
  );
  for (const size of Object.keys(r.engine.rowsPerSecond)) {
    const per = BENCH_LAYOUTS.map(
      (l) => `${fmt(r.engine.byLayout[size][l])} (${r.engine.medianMs[size][l].toFixed(1)} ms)`,
    );
    lines.push(`| ${fmt(Number(size))} | ${fmt(r.engine.rowsPerSecond[size])} | ${per.join(" | ")} |`);
  }
  lines.push("", "`context.sync()` calls (one 共生ビジョン sheet, real adapter over the in-memory Excel):", "");
  lines.push("| rows | 検証 validate | 適用 apply | cells written |", "|---:|---:|---:|---:|");
  for (const size of Object.keys(r.syncs.validate)) {
    lines.push(
      `| ${fmt(Number(size))} | ${r.syncs.validate[size]} | ${r.syncs.apply[size]} | ${fmt(r.syncs.applyWrites[size])} |`,
    );
  }
  const c = r.cli.rows100000;
  lines.push("", "`kpi-check FILE --json` on 100,000 rows, task pane bundle, first render:", "");
  lines.push("| figure | value |", "|---|---:|");
  lines.push(
    `| kpi-check wall time (${fmt(c.rows)} rows, ${(c.fileBytes / 1048576).toFixed(1)} MB .xlsx) | ${c.seconds} s |`,
  );
  lines.push(`| kpi-check peak memory (max RSS) | ${c.peakMB} MB |`);
  for (const f of r.bundle.files) lines.push(`| ${f.file} | ${fmt(f.rawBytes)} B raw, ${fmt(f.gzipBytes)} B gzip |`);
  lines.push(`| task pane total | ${fmt(r.bundle.rawBytes)} B raw, ${fmt(r.bundle.gzipBytes)} B gzip |`);
  lines.push(
    `| first render, median of ${r.firstRender.loadsMs.length} loads | ${r.firstRenderMs} ms (${r.firstRender.loadsMs.join(", ")}) |`,
  );
  return lines.join("\n");
}
