import * as path from "path";
import fc from "fast-check";
import { fmt } from "../../../src/core/basis/numbers";
import { readWorkbook } from "../../../src/cli/read-workbook";
import { checkGrid } from "../../../src/core/engine";
import { parseAddress, type Grid } from "../../../src/core/grid/grid";
import type { RowReport } from "../../../src/core/report/schema";
import type { IndicatorRow } from "../../../src/core/rows/types";
import { computeRowTarget } from "../../../src/core/targets/row-target";
import { consistentGrid } from "../../fixtures/consistent-sheet";
import { buildRow, R12, type RowSpec } from "../targets/row-builder";
import { CORPUS_DIR } from "./corpus/score";
import { unexplained, type VerdictRow } from "./explained";

/**
 * Issue 14, point 4 (never confident-wrong): whenever a row gets a verdict (一致/不一致), its
 * explanation shows the numbers it used — the base, the rate or level from the text, the value
 * compared — and names where each came from: the sheet's cell (実績欄K5, 基準値欄D5) with its
 * year, or the basis text itself.
 */

interface Case {
  spec: RowSpec;
  /** Numbers the explanation must show, as fmt writes them. */
  used: number[];
  /** Where the base came from, as the explanation must name it. */
  where: RegExp;
}

const count = fc.integer({ min: 20, max: 90_000 });
const rate = fc.integer({ min: 1, max: 40 });
const stated = (v: number) => `${Math.round(v).toLocaleString("en-US")}人`;

const cases: fc.Arbitrary<Case>[] = [
  // A rate on the latest actual.
  fc.tuple(count, rate, fc.boolean()).map(([b, p, up]) => ({
    spec: {
      actuals: ["", "", "", `${b}人`],
      target: stated(b * (1 + (up ? p : -p) / 100)),
      basis: `R6の現状から${p}%の${up ? "増加" : "減少"}を目指す`,
    },
    used: [b, p],
    where: /実績欄K5（R6）/,
  })),
  // A share of the population in the baseline column.
  fc.tuple(count, rate).map(([b, p]) => ({
    spec: {
      indicator: "地域生活移行者数",
      baseline: `${b}人`,
      baselineYear: "R4",
      target: stated((b * p) / 100 + 1),
      basis: `入所者数の${p}%以上が地域生活へ移行する`,
    },
    used: [b, p],
    where: /基準値欄D5/,
  })),
  // A yearly rate, compounded over the six years to R12.
  fc.tuple(count, fc.integer({ min: 1, max: 5 }), fc.boolean()).map(([b, p, up]) => ({
    spec: {
      actuals: ["", "", `${b + 3}人`, `${b}人`],
      target: stated(b * (1 + (up ? p : -p) / 100) ** 6),
      basis: `R6の現状から年${p}%の${up ? "増加" : "減少"}を目指す`,
    },
    used: [b, p],
    where: /実績欄K5（R6）/,
  })),
  // A yearly step on the latest actual.
  fc.tuple(count, fc.integer({ min: 2, max: 500 })).map(([b, k]) => ({
    spec: { actuals: ["", "", "", `${b}人`], target: stated(b + 6 * k), basis: `毎年${k}人の増加を目指す` },
    used: [b, k],
    where: /実績欄K5（R6）/,
  })),
  // An amount of change once, its change verb after it in any form.
  fc
    .tuple(
      count,
      fc.integer({ min: 2, max: 500 }),
      fc.constantFrom("増やす", "増やすことを目指す", "増加させます", "引き上げる", "減らし、定着を図る", "引き下げる"),
    )
    .map(([b, k, verb]) => ({
      spec: {
        actuals: ["", "", "", `${b + k}人`],
        target: stated(b + k + (/減|下/.test(verb) ? -k : k)),
        basis: `R6の実績値から${k}人${verb}`,
      },
      used: [b + k, k],
      where: /実績欄K5（R6）/,
    })),
  // The mean of a range of years, and a rate on it: each year's cell named.
  fc.tuple(count, count, rate).map(([a, b, p]) => ({
    spec: {
      actuals: [`${a}人`, `${b}人`, `${a}人`, `${b}人`],
      target: stated(((a + b) / 2) * (1 + p / 100)),
      basis: `R3からR6の平均から${p}%の増加を目指す`,
    },
    used: [a, b, p],
    where: /実績欄H5～K5（R3～R6）/,
  })),
  // A share of a population written in the text, with the count the text works out.
  fc.tuple(fc.integer({ min: 200, max: 5_000 }), rate).map(([w, p]) => ({
    spec: {
      indicator: "地域生活移行者数",
      baseline: `${w}人`,
      baselineYear: "R4",
      target: stated((w * p) / 100),
      basis: `入所者数(${w}人)の${p}%である${Math.round((w * p) / 100)}人を目標とする`,
    },
    used: [w, p, Math.round((w * p) / 100)],
    where: /根拠の\d/,
  })),
  // A base written in the text: 「Aから」 and a factor.
  fc.tuple(count, fc.constantFrom(2, 3)).map(([b, k]) => ({
    spec: { actuals: ["", "", "", "10人"], target: stated(b * k - 7), basis: `${k}倍増(${b}人から)を目指す` },
    used: [b, k],
    where: /^根拠の\d/,
  })),
];

describe("a verdict's explanation shows its numbers and where they came from", () => {
  it("holds on generated rows", () => {
    fc.assert(
      fc.property(fc.oneof(...cases), ({ spec, used, where }) => {
        const { target } = computeRowTarget(buildRow(spec), R12);
        if (target.status !== "match" && target.status !== "mismatch") return;
        expect(target.computed).not.toBeNull();
        for (const n of used) expect(target.explanation).toContain(fmt(n));
        // The computed value, at the rule's working precision (one or two decimals finer than the row).
        const v = target.computed!.value;
        expect([fmt(v, 2), fmt(v, 1)].some((s) => target.explanation.includes(s))).toBe(true);
        expect(target.explanation).toMatch(where);
        expect(target.explanation).toContain(spec.target!);
      }),
      { numRuns: 300 },
    );
  });

  it("holds the whole check (every text number, every sheet value named by cell and year) on generated rows", () => {
    let verdicts = 0;
    fc.assert(
      fc.property(fc.oneof(...cases), ({ spec }) => {
        const row = buildRow(spec);
        const { target } = computeRowTarget(row, R12);
        if (target.status === "match" || target.status === "mismatch") verdicts++;
        expect([spec.basis, unexplained(target, fromRow(row, spec.basis ?? ""))]).toEqual([spec.basis, []]);
      }),
      { numRuns: 300 },
    );
    // Not vacuous: most generated rows get a verdict.
    expect(verdicts).toBeGreaterThan(200);
  });

  it("near miss: a text number shown without saying it is the text's is flagged, in either language", () => {
    const basis = "R6の現状から10%の増加を目指す";
    const row = buildRow({ actuals: ["", "", "", "100人"], target: "110人", basis });
    const { target } = computeRowTarget(row, R12);
    expect(target.explanation).toContain("根拠の10%");
    expect(target.explanationEn).toContain("10% (basis text)");
    expect(unexplained(target, fromRow(row, basis))).toEqual([]);
    const bareJa = { ...target, explanation: target.explanation.replace("根拠の", "") };
    expect(unexplained(bareJa, fromRow(row, basis))).toEqual(["text number 10 not shown as the text's (根拠の…)"]);
    const bareEn = { ...target, explanationEn: target.explanationEn!.replace(" (basis text)", "") };
    expect(unexplained(bareEn, fromRow(row, basis))).toEqual([
      "text number 10 not shown as the text's (… (basis text))",
    ]);
  });

  it("holds on every row of the consistent sheet (every rule kind) and every verdict of the basis corpus", async () => {
    const grids = [consistentGrid(), ...(await readWorkbook(path.join(CORPUS_DIR, "basis-corpus.xlsx")))];
    let verdicts = 0;
    const problems: [string, number, string[]][] = [];
    for (const grid of grids) {
      for (const r of checkGrid(grid).rows) {
        if (r.target.status === "match" || r.target.status === "mismatch") verdicts++;
        const p = unexplained(r.target, fromGrid(grid, r));
        if (p.length > 0) problems.push([grid.name, r.row, p]);
      }
    }
    expect(problems).toEqual([]);
    expect(verdicts).toBeGreaterThanOrEqual(50);
  });
});

/** The row of a built IndicatorRow, for the check. */
function fromRow(row: IndicatorRow, basis: string): VerdictRow {
  const cells = [...Object.values(row.cells), ...row.actuals.map((a) => a.cell)].filter((c) => c !== undefined);
  return { row: row.row, indicator: row.indicator, cells, basis };
}

/** The row of a sheet's report, with the cells of its grid row and the basis text it read. */
function fromGrid(grid: Grid, r: RowReport): VerdictRow {
  const at = r.target.basisCell ? parseAddress(r.target.basisCell) : null;
  const cells = (grid.cells[r.row - 1] ?? []).flatMap((c, col) => (c ? [{ col, value: c.value, text: c.text }] : []));
  return { row: r.row, indicator: r.indicator, cells, basis: at ? (grid.cells[at.row]?.[at.col]?.text ?? "") : "" };
}
