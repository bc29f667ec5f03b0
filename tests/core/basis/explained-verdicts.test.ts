import fc from "fast-check";
import { fmt } from "../../../src/core/basis/numbers";
import { computeRowTarget } from "../../../src/core/targets/row-target";
import { buildRow, R12, type RowSpec } from "../targets/row-builder";

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
  // A base written in the text: 「Aから」 and a factor.
  fc.tuple(count, fc.constantFrom(2, 3)).map(([b, k]) => ({
    spec: { actuals: ["", "", "", "10人"], target: stated(b * k - 7), basis: `${k}倍増(${b}人から)を目指す` },
    used: [b, k],
    where: /根拠の文/,
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
});
