import { checkGrid } from "../src/core/engine";
import { BENCH_LAYOUTS, type BenchLayout, sheetGrid, syntheticSheet } from "./synthetic";

export interface EngineResult {
  /** rows/s per size, all three layouts together (3 × size rows over the summed median times). */
  rowsPerSecond: Record<string, number>;
  /** rows/s per size and layout. */
  byLayout: Record<string, Record<BenchLayout, number>>;
  /** Median milliseconds of one checkGrid per size and layout. */
  medianMs: Record<string, Record<BenchLayout, number>>;
  /** Time per row at the largest size over time per row at 1,000 rows (1 = perfectly linear). */
  linearity: number;
  /** Share of damaged rows in the synthetic sheets at 1,000 rows. */
  damagedShare: number;
}

/** Runs per size: small sheets are timed several times (median), the largest once. */
const RUNS: Record<number, number> = { 100: 9, 1000: 7, 10000: 3, 100000: 1 };

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** checkGrid (read → targets → findings) on synthetic sheets of each size and layout. */
export function measureEngine(sizes: number[], log: (s: string) => void): EngineResult {
  // Warm-up: let the JIT see every layout's code paths before anything is timed.
  for (const layout of BENCH_LAYOUTS) checkGrid(sheetGrid(syntheticSheet(layout, 2000)));

  const result: EngineResult = { rowsPerSecond: {}, byLayout: {}, medianMs: {}, linearity: 0, damagedShare: 0 };
  for (const size of sizes) {
    const ms = {} as Record<BenchLayout, number>;
    const rps = {} as Record<BenchLayout, number>;
    for (const layout of BENCH_LAYOUTS) {
      const grid = sheetGrid(syntheticSheet(layout, size));
      const times: number[] = [];
      for (let i = 0; i < (RUNS[size] ?? 3); i++) {
        const t0 = performance.now();
        const report = checkGrid(grid);
        times.push(performance.now() - t0);
        if (report.rows.length !== size) throw new Error(`${layout} ${size}: ${report.rows.length} rows reported`);
      }
      ms[layout] = median(times);
      rps[layout] = Math.round(size / (ms[layout] / 1000));
    }
    const total = BENCH_LAYOUTS.reduce((n, l) => n + ms[l], 0);
    result.medianMs[size] = ms;
    result.byLayout[size] = rps;
    result.rowsPerSecond[size] = Math.round((BENCH_LAYOUTS.length * size) / (total / 1000));
    log(`engine ${size} rows: ${result.rowsPerSecond[size]} rows/s (${JSON.stringify(rps)})`);
  }
  const largest = Math.max(...sizes);
  result.linearity = Number((result.rowsPerSecond[1000] / result.rowsPerSecond[largest]).toFixed(2));
  const sheets = BENCH_LAYOUTS.map((l) => syntheticSheet(l, 1000));
  result.damagedShare = Number(
    (sheets.reduce((n, s) => n + s.damagedRows, 0) / sheets.reduce((n, s) => n + s.dataRows, 0)).toFixed(3),
  );
  return result;
}
