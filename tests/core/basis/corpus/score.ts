import * as fs from "fs";
import * as path from "path";
import { readWorkbook } from "../../../../src/cli/read-workbook";
import { checkGrid } from "../../../../src/core/engine";
import type { RowReport, TargetStatus } from "../../../../src/core/report/schema";

/**
 * Scores the engine on the basis corpus (tests/fixtures/corpus/basis): each golden row of
 * expected.json is looked up by sheet and row in basis-corpus.xlsx as the CLI reads it, and the
 * engine's target verdict is compared with the hand arithmetic.
 */

export const CORPUS_DIR = path.join(__dirname, "..", "..", "..", "fixtures", "corpus", "basis");

interface Expect {
  computed: number | null;
  computedAny?: number[];
  status: TargetStatus[];
  tol: number;
}

export interface GoldenRow {
  id: number;
  sheet: string;
  row: number;
  indicator: string;
  basis: string;
  expect: Expect;
  parts?: number[];
}

export interface RowScore {
  golden: GoldenRow;
  report: RowReport | null;
  /** The golden row has a number (or per-part numbers) the basis implies. */
  computable: boolean;
  /** The engine's value (every part's, for a multi-metric row) lies within tolerance of a reading. */
  computedOk: boolean;
  statusOk: boolean;
  /** 一致/不一致 given on a number no listed reading gives. */
  wrongNumberVerdict: boolean;
}

function near(value: number, readings: number[], tol: number): boolean {
  // The golden tolerance is absolute; a relative floor keeps 1e-12 float noise from counting.
  return readings.some((r) => Math.abs(value - r) <= Math.max(tol, Math.abs(r) * 1e-9));
}

function valuesOf(report: RowReport): number[] {
  const t = report.target;
  if (t.computed) return [t.computed.value];
  return t.parts.flatMap((p) => (p.computed ? [p.computed.value] : []));
}

function computedOk(golden: GoldenRow, report: RowReport | null): boolean {
  if (!report) return false;
  const { expect } = golden;
  if (golden.parts) {
    const parts = report.target.parts;
    // One value for a cell whose parts all share it (「100%(小・中とも)」) is each part's value.
    const one = report.target.computed;
    if (parts.length === 0 && one) return golden.parts.every((p) => near(one.value, [p], expect.tol));
    return (
      parts.length === golden.parts.length &&
      parts.every((p, i) => p.computed !== null && near(p.computed.value, [golden.parts![i]], expect.tol))
    );
  }
  if (expect.computed === null || !report.target.computed) return false;
  return near(report.target.computed.value, expect.computedAny ?? [expect.computed], expect.tol);
}

function scoreRow(golden: GoldenRow, report: RowReport | null): RowScore {
  const computable = golden.expect.computed !== null || golden.parts !== undefined;
  const ok = computedOk(golden, report);
  const status = report?.target.status ?? null;
  const verdict = status === "match" || status === "mismatch";
  return {
    golden,
    report,
    computable,
    computedOk: ok,
    statusOk: status !== null && golden.expect.status.includes(status),
    wrongNumberVerdict: verdict && computable && !ok && report !== null && valuesOf(report).length > 0,
  };
}

export function goldenRows(): GoldenRow[] {
  return JSON.parse(fs.readFileSync(path.join(CORPUS_DIR, "expected.json"), "utf8")) as GoldenRow[];
}

export async function scoreCorpus(): Promise<RowScore[]> {
  const grids = await readWorkbook(path.join(CORPUS_DIR, "basis-corpus.xlsx"));
  const rowsBySheet = new Map(grids.map((g) => [g.name, checkGrid(g).rows]));
  return goldenRows().map((g) => scoreRow(g, rowsBySheet.get(g.sheet)?.find((r) => r.row === g.row) ?? null));
}

export function summary(scores: RowScore[]): { computed: number; computable: number; statusOk: number; wrong: number } {
  return {
    computed: scores.filter((s) => s.computable && s.computedOk).length,
    computable: scores.filter((s) => s.computable).length,
    statusOk: scores.filter((s) => s.statusOk).length,
    wrong: scores.filter((s) => s.wrongNumberVerdict).length,
  };
}
