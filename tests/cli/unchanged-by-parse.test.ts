import fc from "fast-check";
import { z } from "zod/mini";
import { checkWorkbook } from "../../src/core/engine";
import { gridFromRows } from "../../src/core/grid/grid";
import { FindingSchema, RowReportSchema } from "../../src/core/report/schema";
import { unchangedByParse } from "../../src/cli/unchanged-by-parse";
import { consistentGrid } from "../fixtures/consistent-sheet";
import { kyoseiVision } from "../../samples/data/kyosei-vision";

/**
 * Same keys in the same order and the same values, all the way down; of an array, its elements
 * (what JSON and the report's readers see of it).
 */
function sameData(a: unknown, b: unknown): boolean {
  if (Object.is(a, b) || a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameData(x, b[i]));
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return (
    ka.length === kb.length &&
    ka.every((k, i) => k === kb[i] && sameData((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
  );
}

/** The claim: true only when the parse succeeds and gives the value back as it is. */
function expectSound(schema: z.ZodMiniType, value: unknown): boolean {
  const unchanged = unchangedByParse(schema, value);
  if (unchanged) {
    const parsed = schema.safeParse(value);
    expect(parsed.success).toBe(true);
    expect(sameData(parsed.data, value)).toBe(true);
  }
  return unchanged;
}

/** A deep copy made in this realm (structuredClone's objects have another Object.prototype under jest). */
function clone<T>(v: T): T {
  return JSON.parse(JSON.stringify(v)) as T;
}

function reportParts() {
  const kyosei = kyoseiVision.sheets[0];
  const sheets = [
    ...checkWorkbook("consistent.xlsx", [consistentGrid()]).sheets,
    ...checkWorkbook("kyosei.xlsx", [gridFromRows(kyosei.name, kyosei.rows)]).sheets,
  ];
  return { rows: sheets.flatMap((s) => s.rows), findings: sheets.flatMap((s) => s.findings) };
}

const ODD_VALUES: unknown[] = [
  NaN,
  Infinity,
  -Infinity,
  -1,
  0,
  -0,
  1.5,
  2 ** 53,
  "",
  "x",
  "match",
  "継続",
  "error",
  null,
  undefined,
  true,
  {},
  [],
  [{}],
  new Date(0),
  { ja: "年", en: "year" },
  { ja: "年" },
];

/** Every path to an object or array inside a value. */
function containers(v: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (typeof v !== "object" || v === null) return [];
  const out = [path];
  for (const [k, c] of Object.entries(v)) out.push(...containers(c, [...path, Array.isArray(v) ? Number(k) : k]));
  return out;
}

function at(v: unknown, path: (string | number)[]): Record<string | number, unknown> {
  return path.reduce<unknown>((o, k) => (o as Record<string | number, unknown>)[k], v) as Record<string, unknown>;
}

type Mutation = (o: Record<string | number, unknown>, key: string | number, odd: unknown) => void;
const MUTATIONS: Mutation[] = [
  (o, k, odd) => {
    o[k] = odd;
  },
  (o, k) => {
    delete o[k];
  },
  (o, _k, odd) => {
    o.extra = odd;
  },
  (o) => {
    // the same entries in reverse order
    const entries = Object.entries(o).reverse();
    for (const [k] of entries) delete o[k];
    for (const [k, v] of entries) o[k] = v;
  },
];

describe("unchangedByParse", () => {
  it("holds for every row and finding the engine makes (so they are never copied)", () => {
    const { rows, findings } = reportParts();
    expect(rows.length).toBeGreaterThan(10);
    expect(findings.some((f) => f.moves !== undefined)).toBe(true);
    for (const r of rows) expect(expectSound(RowReportSchema, r)).toBe(true);
    for (const f of findings) expect(expectSound(FindingSchema, f)).toBe(true);
  });

  it("never vouches for a row or finding the parse would reject or change (random near misses)", () => {
    const { rows, findings } = reportParts();
    const items: [z.ZodMiniType, unknown][] = [
      ...rows.map((r): [z.ZodMiniType, unknown] => [RowReportSchema, r]),
      ...findings.map((f): [z.ZodMiniType, unknown] => [FindingSchema, f]),
    ];
    let refused = 0;
    fc.assert(
      fc.property(
        fc.nat(),
        fc.nat(),
        fc.nat(),
        fc.nat({ max: MUTATIONS.length - 1 }),
        fc.nat({ max: ODD_VALUES.length - 1 }),
        (item, where, which, mutation, odd) => {
          const [schema, original] = items[item % items.length];
          const value = clone(original);
          const paths = containers(value);
          const o = at(value, paths[where % paths.length]);
          const keys = Object.keys(o);
          const key = Array.isArray(o)
            ? which % Math.max(o.length, 1)
            : (keys[which % Math.max(keys.length, 1)] ?? "k");
          MUTATIONS[mutation](o, key, ODD_VALUES[odd]);
          if (!expectSound(schema, value)) refused++;
        },
      ),
      { numRuns: 3000 },
    );
    expect(refused).toBeGreaterThan(100);
  });

  it("refuses each kind of near miss on a row", () => {
    const row = reportParts().rows[0];
    const variants: ((r: Record<string, unknown>) => void)[] = [
      (r) => (r.row = 0), // not positive
      (r) => (r.row = 2.5), // not an integer
      (r) => (r.row = NaN),
      (r) => (r.status = "継続中"), // not in the enum
      (r) => (r.extra = 1), // unknown key: the parse drops it
      (r) => delete (r.target as Record<string, unknown>).parts, // default: the parse fills it
      (r) => delete r.indicator, // required
      (r) => (r.indicator = undefined),
      (r) => ((r.target as Record<string, unknown>).computed = { value: Infinity, display: "∞" }),
      (r) => {
        // the schema's keys, another order: the parse writes them in the schema's
        const { row: n, ...rest } = r;
        for (const k of Object.keys(r)) delete r[k];
        Object.assign(r, rest, { row: n });
      },
    ];
    for (const vary of variants) {
      const r = clone(row) as unknown as Record<string, unknown>;
      vary(r);
      expect(expectSound(RowReportSchema, r)).toBe(false);
    }
    // An optional key left out, or present as undefined, is as the parse leaves it.
    const plain = clone(row) as unknown as Record<string, unknown>;
    delete (plain.target as Record<string, unknown>).basisCell;
    expect(Object.keys(plain)).toContain("statusText");
    plain.statusText = undefined;
    expect(expectSound(RowReportSchema, plain)).toBe(true);
  });

  it("passes over union options of plain values, and stops at one that might change the value", () => {
    const plain = z.union([z.string(), z.number(), z.object({ ja: z.string(), en: z.string() })]);
    expect(expectSound(plain, 3)).toBe(true);
    expect(expectSound(plain, { ja: "年", en: "year" })).toBe(true);
    expect(expectSound(plain, { ja: "年" })).toBe(false);
    // The first option takes { a, b } by dropping b: the value is not unchanged, though the second takes it as is.
    const shadowed = z.union([z.object({ a: z.string() }), z.object({ a: z.string(), b: z.string() })]);
    expect(expectSound(shadowed, { a: "x", b: "y" })).toBe(false);
  });

  it("does not vouch for checks, formats or kinds of schema it does not know", () => {
    expect(expectSound(z.string().check(z.minLength(2)), "abc")).toBe(false);
    expect(expectSound(z.number().check(z.multipleOf(2)), 4)).toBe(false);
    expect(expectSound(z.boolean(), true)).toBe(false);
    expect(expectSound(z.looseObject({ a: z.string() }), { a: "x" })).toBe(false);
    expect(expectSound(z.number().check(z.gte(1), z.lt(3)), 1)).toBe(true);
    expect(expectSound(z.number().check(z.gte(1), z.lt(3)), 3)).toBe(false);
    const sparse = ["a", "b"];
    delete sparse[0]; // a hole is undefined to the parse
    expect(expectSound(z.array(z.string()), sparse)).toBe(false);
    expect(expectSound(z.array(z.optional(z.string())), sparse)).toBe(true);
    expect(expectSound(z.record(z.string(), z.int()), { a: 1, b: 2 })).toBe(true);
    expect(expectSound(z.record(z.string(), z.int()), { a: 1, b: 2.5 })).toBe(false);
    expect(
      expectSound(
        z.object({ a: z.string() }),
        new (class {
          a = "x";
        })(),
      ),
    ).toBe(false);
  });
});
