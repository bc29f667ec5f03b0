/**
 * Engine speed on a realistic sheet, and a byte-for-byte result dump to guard optimisations.
 *
 *   node scripts/run-ts.js bench/profile.ts time ROWS [REPEATS]   rows/s of checkGrid
 *   node scripts/run-ts.js bench/profile.ts dump DIR               JSON of checkGrid per sample
 *   node scripts/run-ts.js bench/profile.ts xlsx ROWS FILE         the synthetic sheet as .xlsx
 *   node --cpu-prof scripts/run-ts.js bench/profile.ts time 10000  a CPU profile of the same
 *
 * The synthetic sheet repeats the indicator rows of seed 000 (共生ビジョン, shifted rows kept)
 * and of the consistent fixture (every basis rule kind) under one header, each copy with a
 * unique indicator name, so nothing is cheaper than on a real sheet except the repetition of
 * texts (which real sheets have too: units and basis phrases recur).
 */
import fs from "fs";
import path from "path";
import { checkGrid } from "../src/core/engine";
import { gridFromRows, parseAddress, type Grid, type MergedArea } from "../src/core/grid/grid";
import { kyoseiVision } from "../samples/data/kyosei-vision";
import { souseiStrategy } from "../samples/data/sousei-strategy";
import type { SampleSheet } from "../samples/data/types";
import { consistentSheet } from "../tests/fixtures/consistent-sheet";
import { sampleToWorkbook } from "../scripts/sample-workbook";

type Row = (string | null)[];

function mergesOf(sheet: SampleSheet): MergedArea[] {
  return sheet.merges.map((ref) => {
    const [a, b] = ref.split(":").map((x) => parseAddress(x)!);
    return { top: a.row, left: a.col, bottom: b.row, right: b.col };
  });
}

function sheetGrid(sheet: SampleSheet): Grid {
  return gridFromRows(sheet.name, sheet.rows, mergesOf(sheet));
}

/** Indicator rows between two sheet rows (1-based, inclusive): rows with at least five filled cells. */
function dataRows(sheet: SampleSheet, from: number, to: number): Row[] {
  return sheet.rows
    .slice(from - 1, to)
    .filter((r, i) => !sheet.headerRows.includes(from + i) && r.filter((c) => c !== null).length >= 5);
}

/** A letter tag (A, B, …, Z, AA, …): unique per copy and free of digits, which could read as years. */
function tag(n: number): string {
  let s = "";
  for (let k = n + 1; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}

/** The column of a row's indicator name (C), or of the first filled cell in shifted rows. */
function rename(row: Row, n: number): Row {
  const out = row.slice();
  const at = out[2] !== null ? 2 : out.findIndex((c) => c !== null);
  out[at] = `${out[at]}・${tag(n)}`;
  return out;
}

function repeat(pool: Row[], count: number, offset: number): Row[] {
  return Array.from({ length: count }, (_, i) => rename(pool[i % pool.length], offset + i));
}

/**
 * `rowCount` indicator rows: continuing rows under the 共生ビジョン header, then a 「■新規指標」
 * block under its own header, in the proportion the two seeds' sheets have them.
 */
export function syntheticSheet(rowCount: number): SampleSheet {
  const kyosei = kyoseiVision.sheets[0];
  const continuing = [...dataRows(kyosei, 7, 30), ...dataRows(consistentSheet, 7, 22)];
  const added = [...dataRows(kyosei, 38, 41), ...dataRows(consistentSheet, 28, 30)];
  const addedCount = Math.round((rowCount * added.length) / (continuing.length + added.length));
  const continuingCount = rowCount - addedCount;
  const newHeaderTop = 6 + continuingCount + 3;
  const rows: Row[] = [
    ...kyosei.rows.slice(0, 6),
    ...repeat(continuing, continuingCount, 0),
    [],
    ["■新規指標"],
    ...kyosei.rows.slice(35, 37),
    ...repeat(added, addedCount, continuingCount),
  ];
  const top = newHeaderTop;
  return {
    ...kyosei,
    name: "合成KPI",
    rows,
    // prettier-ignore
    merges: [
      "A5:A6", "B5:B6", "C5:G5", "H5:K5", "L5:L6", "M5:M6", "N5:N6", "O5:P5",
      `A${top}:A${top + 1}`, `B${top}:B${top + 1}`, `C${top}:G${top}`, `H${top}:K${top}`,
      `L${top}:L${top + 1}`, `M${top}:M${top + 1}`, `N${top}:O${top}`,
    ],
    headerRows: [5, 6, top, top + 1],
  };
}

/** Wall time, and this process's CPU time (steadier when other work shares the machine). */
function time(rowCount: number, repeats: number): void {
  const grid = sheetGrid(syntheticSheet(rowCount));
  for (let i = 0; i < repeats; i++) {
    const t0 = process.hrtime.bigint();
    const c0 = process.cpuUsage();
    const report = checkGrid(grid);
    const cpu = process.cpuUsage(c0);
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    const cpuMs = (cpu.user + cpu.system) / 1000;
    const perSec = (t: number) => Math.round((rowCount / t) * 1000);
    console.log(
      `${rowCount} rows: checkGrid ${ms.toFixed(0)} ms wall (${perSec(ms)} rows/s), ${cpuMs.toFixed(0)} ms CPU (${perSec(cpuMs)} rows/s); ${report.rows.length} rows, ${report.findings.length} findings`,
    );
  }
}

function dump(dir: string): void {
  fs.mkdirSync(dir, { recursive: true });
  const grids: [string, Grid][] = [
    ["kyosei-vision", sheetGrid(kyoseiVision.sheets[0])],
    ...souseiStrategy.sheets.map((s, i): [string, Grid] => [`sousei-strategy-${i}`, sheetGrid(s)]),
    ["consistent", sheetGrid(consistentSheet)],
    ["synthetic-2000", sheetGrid(syntheticSheet(2000))],
  ];
  for (const [name, grid] of grids) {
    fs.writeFileSync(path.join(dir, `${name}.json`), JSON.stringify(checkGrid(grid)));
  }
  console.log(`wrote ${grids.length} reports to ${dir}`);
}

async function xlsx(rowCount: number, file: string): Promise<void> {
  await sampleToWorkbook({ file: path.basename(file), sheets: [syntheticSheet(rowCount)] }).xlsx.writeFile(file);
  console.log(`wrote ${file}`);
}

async function main(): Promise<void> {
  const [cmd, a, b] = process.argv.slice(2);
  if (cmd === "time") time(Number(a ?? 10000), Number(b ?? 3));
  else if (cmd === "dump") dump(a ?? "/tmp/kpi-dump");
  else if (cmd === "xlsx") await xlsx(Number(a), b);
  else throw new Error("usage: profile.ts time ROWS [REPEATS] | dump DIR | xlsx ROWS FILE");
}

// Run as a script (scripts/run-ts.js sets argv[1] to this file), not when imported.
if (process.argv[1] === __filename) {
  main().catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exitCode = 1;
  });
}
