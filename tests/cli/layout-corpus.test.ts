/**
 * The layout corpus (tests/fixtures/corpus/layouts: thirteen published municipal KPI tables, see
 * its README for the sources) read through the CLI's reader and the engine, scored as
 * ../shared/corpus/layouts/check-layouts.mjs scores `kpi-check --json`. Fails below the figures
 * of issue 11: every sheet recognised, ≥ 95 % of the indicator rows found with the right name,
 * ≤ 2 extra rows in all, ≥ 90 % of the columns right, the target year right on every sheet that
 * states one.
 */
import fs from "node:fs";
import path from "node:path";
import { readWorkbook } from "../../src/cli/read-workbook";
import { checkWorkbook } from "../../src/core/engine";
import type { SheetReport } from "../../src/core/report/schema";

const DIR = path.join(__dirname, "..", "fixtures", "corpus", "layouts");

interface ExpectedRow {
  row: number;
  rowsSpanned?: number[];
  indicator: string;
}
interface ExpectedSheet {
  sheet: string;
  rows: ExpectedRow[];
  columns?: Record<string, string | null>;
  targetYearCode: string;
  targetYearWhere?: string;
}
interface ExpectedFile {
  id: string;
  file: string;
  sheets: ExpectedSheet[];
}

const norm = (t: unknown) =>
  String(t ?? "")
    .normalize("NFKC")
    .replace(/\s+/g, "");
const FIELDS = ["indicator", "unit", "baseline", "target", "basis"];

interface SheetScore {
  label: string;
  recognised: boolean;
  expected: number;
  found: number;
  nameOk: number;
  extra: number;
  columns: { field: string; ok: boolean }[];
  targetYear: { read: string; want: string; scored: boolean; ok: boolean };
}

/** check-layouts.mjs's comparison of one sheet report with its expectation. */
function score(id: string, es: ExpectedSheet, rs: SheetReport | undefined): SheetScore {
  const label = `${id} ${es.sheet}`;
  const spans = es.rows.map((r) => ({ ...r, span: r.rowsSpanned ?? [r.row] }));
  const owner = new Map<number, number>();
  spans.forEach((r, i) => r.span.forEach((x) => owner.set(x, i)));
  const hit = new Map<number, { indicator: string }>();
  let extra = 0;
  for (const rr of rs?.rows ?? []) {
    const i = owner.get(rr.row);
    if (i === undefined || hit.has(i)) extra++;
    else hit.set(i, rr);
  }
  let nameOk = 0;
  for (const [i, rr] of hit) {
    const e = norm(spans[i].indicator).slice(0, 8);
    const g = norm(rr.indicator);
    if (e && g && (g.includes(e) || norm(spans[i].indicator).includes(g.slice(0, 8)))) nameOk++;
  }
  const cols: Record<string, string> = {};
  for (const t of rs?.tables ?? []) for (const [k, v] of Object.entries(t.columns)) cols[k] ??= v as string;
  const columns: { field: string; ok: boolean }[] = [];
  for (const field of FIELDS) {
    const want = es.columns?.[field] ?? null;
    const got = cols[field] ?? null;
    if (want === null && got === null) continue;
    columns.push({ field, ok: want !== null && got !== null && String(want).split(/[ (]/)[0] === got });
  }
  const read = rs?.targetYear ?? "null";
  // A sheet "states" its target year unless the corpus says it is written nowhere.
  const scored = es.targetYearCode !== "per-row" && !/^nowhere in the grid/.test(es.targetYearWhere ?? "");
  return {
    label,
    recognised: !!rs?.layout,
    expected: es.rows.length,
    found: hit.size,
    nameOk,
    extra,
    columns,
    targetYear: { read, want: es.targetYearCode, scored, ok: read === es.targetYearCode },
  };
}

describe("layout corpus (issue 11 figures)", () => {
  let scores: SheetScore[] = [];
  beforeAll(async () => {
    const exp = JSON.parse(fs.readFileSync(path.join(DIR, "expected.json"), "utf8")) as { files: ExpectedFile[] };
    for (const f of exp.files) {
      const file = path.join(DIR, f.file);
      const report = checkWorkbook(file, await readWorkbook(file));
      for (const es of f.sheets)
        scores.push(
          score(
            f.id,
            es,
            report.sheets.find((s) => s.name === es.sheet),
          ),
        );
    }
  });
  afterAll(() => {
    scores = [];
  });

  it("recognises every sheet", () => {
    expect(scores.filter((s) => !s.recognised).map((s) => s.label)).toEqual([]);
    expect(scores).toHaveLength(16);
  });

  it("finds at least 95 % of the indicator rows with the right name", () => {
    const expected = scores.reduce((n, s) => n + s.expected, 0);
    const right = scores.reduce((n, s) => n + s.nameOk, 0);
    expect(expected).toBe(78);
    expect(right / expected).toBeGreaterThanOrEqual(0.95);
  });

  it("reads at most 2 extra rows in all", () => {
    const extra = scores.filter((s) => s.extra > 0).map((s) => `${s.label}: ${s.extra}`);
    expect(scores.reduce((n, s) => n + s.extra, 0)).toBeLessThanOrEqual(2);
    expect(extra.length).toBeLessThanOrEqual(2);
  });

  it("maps at least 90 % of the columns right", () => {
    const all = scores.flatMap((s) => s.columns.map((c) => ({ ...c, label: s.label })));
    const right = all.filter((c) => c.ok).length;
    expect(right / all.length).toBeGreaterThanOrEqual(0.9);
  });

  it("reads the target year right on every sheet that states one", () => {
    const wrong = scores
      .filter((s) => s.targetYear.scored && !s.targetYear.ok)
      .map((s) => `${s.label}: ${s.targetYear.read} (want ${s.targetYear.want})`);
    expect(wrong).toEqual([]);
  });
});
