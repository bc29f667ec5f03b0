import fc from "fast-check";
import { parseBasis } from "../../../src/core/basis/parse";
import { computeRowTarget } from "../../../src/core/targets/row-target";
import { buildRow, R12 } from "../targets/row-builder";

/** Properties over generated basis texts: no throw, width/comma independence, explanations. */

const WORDS = [
  "R6の現状から",
  "R2年度から",
  "R6年度",
  "～",
  "年",
  "毎年",
  "年間",
  "約",
  "程度",
  "%",
  "割",
  "倍",
  "人",
  "件",
  "の増加",
  "の減少",
  "削減",
  "維持",
  "平均",
  "平均値",
  "伸び率",
  "ポイント",
  "以上",
  "以下",
  "未満",
  "×",
  "⇒",
  "(",
  ")",
  "のうち",
  "とする",
  "を目指す",
  "千円未満切捨て",
  "四捨五入",
  "各",
  "と",
  "に",
  "。",
  "、",
  "2か年",
  "過去最高",
  "数件",
  "全国平均",
  "2020年度",
  "H18",
  "令和元年度",
  "±0",
  "+",
  "-",
];
const basisLike = fc
  .array(
    fc.oneof(
      fc.constantFrom(...WORDS),
      fc.integer({ min: 0, max: 100000 }).map(String),
      fc.constantFrom("1.136", "0.8", "12.4"),
    ),
    {
      maxLength: 14,
    },
  )
  .map((parts) => parts.join(""));

const row = (basis: string) => buildRow({ actuals: ["102人", "97人", "113人", "163人"], target: "140人", basis });

const toWide = (s: string) => s.replace(/[0-9.,%]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const withCommas = (n: number) => n.toLocaleString("en-US");

describe("basis engine properties", () => {
  it("never throws, whatever the text", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: "grapheme" }), basisLike), (text) => {
        parseBasis(text);
        computeRowTarget(row(text), R12);
      }),
      { numRuns: 2000 },
    );
  });

  it("gives the same verdict for full-width digits and for thousands separators", () => {
    const templates = [
      (n: string, p: string) => `R6の現状から年${p}%の増加を目指す`,
      (n: string, _p: string) => `毎年${n}人の増加`,
      (n: string, p: string) => `R2年度からR6年度の平均値+${p}%`,
      (n: string, _p: string) => `${n}人を目指す`,
      (n: string, p: string) => `施設入所者(${n}人)のうち${p}%以上`,
      (n: string, p: string) => `${p}%削減`,
    ];
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: templates.length - 1 }),
        fc.integer({ min: 1000, max: 9_999_999 }),
        fc.integer({ min: 1, max: 60 }),
        (t, n, p) => {
          const plain = templates[t](String(n), String(p));
          const commas = templates[t](withCommas(n), String(p));
          const wide = toWide(commas);
          const results = [plain, commas, wide].map((b) => computeRowTarget(row(b), R12).target);
          for (const r of results.slice(1)) {
            expect(r.status).toBe(results[0].status);
            expect(r.rule).toBe(results[0].rule);
            expect(r.computed?.value).toBe(results[0].computed?.value);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it("every computed value comes with an explanation that contains the numbers used", () => {
    const cases: [(b: number, x: number) => string, (b: number, x: number) => string[]][] = [
      [(b, x) => `年${x}%の増加`, (b, x) => [withCommas(b), String((100 + x) / 100)]],
      [(b, x) => `${x}%の増加`, (b, x) => [withCommas(b), String((100 + x) / 100)]],
      [(b, x) => `${x}%の削減`, (b, x) => [withCommas(b), String((100 - x) / 100)]],
      [(b, x) => `毎年${x}人の増加`, (b, x) => [withCommas(b), withCommas(x)]],
      [(b, x) => `${x}倍の増加`, (b, x) => [withCommas(b), withCommas(x)]],
      [(b, x) => `R6年度実績×伸び率(1.${x})`, (b, x) => [withCommas(b), String(Number(`1.${x}`))]],
      [(b, x) => `${x}人を目指す`, (b, x) => [`${x}人`]],
    ];
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: cases.length - 1 }),
        fc.integer({ min: 1, max: 5_000_000 }),
        fc.integer({ min: 1, max: 99 }),
        (c, base, x) => {
          const [text, used] = cases[c];
          const r = computeRowTarget(
            buildRow({ actuals: ["", "", "", `${withCommas(base)}人`], basis: text(base, x) }),
            R12,
          ).target;
          expect(r.status).toBe("computed");
          expect(r.computed).not.toBeNull();
          for (const n of used(base, x)) {
            expect(r.explanation).toContain(n);
            expect(r.explanationEn).toContain(n);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
