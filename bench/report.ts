import type { BundleResult } from "./bundle-size";
import type { BaselineResult, BatchResult, ProcessRun, RowsResult, SampleResult } from "./cli";
import type { Sheet200Result } from "./distinct-sheet";
import type { PaneResult } from "./pane";
import type { SyncResult } from "./syncs";

export interface BenchResults {
  date: string;
  machine: { cpus: number; cpuModel: string; memoryGB: number; node: string; platform: string };
  cli: {
    sample: SampleResult;
    rows100000: RowsResult;
    /** The same 100,000-row check by another build, interleaved with ours. */
    baseline100000: BaselineResult | null;
    hostile: Record<string, ProcessRun>;
  };
  batch: { files100: BatchResult };
  engine: { sheet200: Sheet200Result };
  pane: PaneResult;
  syncs: SyncResult;
  bundle: BundleResult;
  seconds: number;
}

interface Target {
  what: string;
  goal: string;
  measured: string;
  /** null: not measured in this run. */
  ok: boolean | null;
}

const le = (what: string, value: number | null, limit: number, unit: string, digits = 0): Target => ({
  what,
  goal: `≤ ${limit.toLocaleString("en-US")}${unit}`,
  measured:
    value === null ? "not measured" : `${value.toLocaleString("en-US", { maximumFractionDigits: digits })}${unit}`,
  ok: value === null ? null : value <= limit,
});

/** The "Done when" figures of issue 13. */
export function targets(r: BenchResults): Target[] {
  const rows = r.cli.rows100000;
  const base = r.cli.baseline100000;
  const constant = (xs: Record<string, number>) => new Set(Object.values(xs)).size === 1;
  const validate = Math.max(...Object.values(r.syncs.validate));
  const apply = Math.max(...Object.values(r.syncs.apply));
  return [
    le("kpi-check sample ÷ node -e 0 (wall)", r.cli.sample.ratioToNode, 3, "×", 2),
    le("100,000 rows: CPU ÷ baseline build", base ? base.cpuRatio : null, 0.6, "×", 2),
    le("100,000 rows: peak", rows.peakMB, 500, " MB"),
    le("100,000 rows --out: peak", rows.outPeakMB, 700, " MB"),
    le("read phase ÷ unzip+SAX+grid floor", rows.readFloorRatio, 1.5, "×", 2),
    le("batch of 100: per file ÷ one file alone", r.batch.files100.ratioToSingle, 0.7, "×", 2),
    le("engine, 200 all-distinct rows", r.engine.sheet200.ms, 50, " ms", 1),
    le("pane: tick at 1,000 rows", r.pane.tickMs["1000"], 50, " ms"),
    le("pane: 検証 → list at 10,000 rows", r.pane.validateToListMs["10000"], 2000, " ms"),
    le("pane: DOM nodes at 10,000 rows", r.pane.domNodes["10000"], 5000, ""),
    {
      what: "syncs 検証 / 適用",
      goal: "3 / ≤ 4, constant in rows",
      measured: `${Object.values(r.syncs.validate).join(" / ")} · ${Object.values(r.syncs.apply).join(" / ")}`,
      ok: validate <= 3 && apply <= 4 && constant(r.syncs.validate) && constant(r.syncs.apply),
    },
    le("task pane bundle", Number((r.bundle.gzipBytes / 1024).toFixed(1)), 350, " KB gzip", 1),
    ...Object.entries(r.cli.hostile).map(([name, h]) => ({
      what: `hostile ${name}`,
      goal: "≤ 10 s, ≤ 300 MB, one line",
      measured: `${h.wallSeconds} s, ${h.peakMB} MB, exit ${h.exitCode}`,
      ok: h.wallSeconds <= 10 && h.peakMB <= 300 && (h.exitCode !== 2 || h.stderr.split("\n").length === 1),
    })),
  ];
}

/** The Markdown tables of bench/README.md. */
export function markdownTables(r: BenchResults): string {
  const lines = ["| target | goal | measured | |", "|---|---|---|---|"];
  for (const t of targets(r))
    lines.push(`| ${t.what} | ${t.goal} | ${t.measured} | ${t.ok === null ? "—" : t.ok ? "✓" : "✗"} |`);
  const rows = r.cli.rows100000;
  const s = r.cli.sample;
  const b = r.batch.files100;
  const base = r.cli.baseline100000;
  lines.push("", "| figure | value |", "|---|---:|");
  lines.push(`| sample: kpi-check / node -e 0, median of ${s.rounds} interleaved | ${s.checkMs} ms / ${s.nodeMs} ms |`);
  lines.push(
    `| 100,000 rows (${(rows.fileBytes / 1048576).toFixed(1)} MB .xlsx): CPU, wall, peak | ${rows.cpuSeconds} s, ${rows.wallSeconds} s, ${rows.peakMB} MB |`,
  );
  if (base)
    lines.push(`| same file, baseline build (${base.dir}): CPU, peak | ${base.cpuSeconds} s, ${base.peakMB} MB |`);
  lines.push(
    `| read phase / unzip+SAX+grid floor / unzip+SAX alone (CPU) | ${rows.readCpuSeconds} s / ${rows.floorCpuSeconds} s / ${rows.parseOnlyCpuSeconds} s (read ÷ SAX alone ${rows.readParseOnlyRatio}×) |`,
  );
  lines.push(`| --out: CPU, wall, peak | ${rows.outCpuSeconds} s, ${rows.outWallSeconds} s, ${rows.outPeakMB} MB |`);
  lines.push(
    `| batch of ${b.files}: per file / one file alone (wall) | ${b.secondsPerFile} s / ${b.singleSeconds} s |`,
  );
  lines.push(`| engine, 200 distinct rows, runs | ${r.engine.sheet200.runsMs.join(", ")} ms |`);
  lines.push(
    `| task pane total | ${r.bundle.rawBytes.toLocaleString("en-US")} B raw, ${r.bundle.gzipBytes.toLocaleString("en-US")} B gzip |`,
  );
  return lines.join("\n");
}
