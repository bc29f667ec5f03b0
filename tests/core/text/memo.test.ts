import { memoizeBy, memoizeText } from "../../../src/core/text/memo";
import { parseQuantity } from "../../../src/core/quantity/parse";

describe("memoizeText", () => {
  it("computes each distinct text once and returns the same result", () => {
    const seen: string[] = [];
    const length = memoizeText((t) => {
      seen.push(t);
      return { n: t.length };
    });
    expect(length("人/年")).toEqual({ n: 3 });
    expect(length("人/年")).toBe(length("人/年"));
    expect(length("件")).toEqual({ n: 1 });
    expect(seen).toEqual(["人/年", "件"]);
  });

  it("remembers null and undefined results too", () => {
    let calls = 0;
    const nothing = memoizeText(() => {
      calls++;
      return null;
    });
    expect(nothing("x")).toBeNull();
    expect(nothing("x")).toBeNull();
    expect(calls).toBe(1);
  });

  it("deep-freezes shared results, so a caller cannot change another caller's reading", () => {
    const read = memoizeText((t) => ({ parts: [{ label: t }] }));
    const r = read("乗合率");
    expect(Object.isFrozen(r.parts[0])).toBe(true);
    expect(() => {
      (r.parts[0] as { label: string }).label = "x";
    }).toThrow(TypeError);
  });

  it("keeps at most two generations of `limit` entries, carrying on the texts used again", () => {
    const calls: string[] = [];
    const id = memoizeText((t) => {
      calls.push(t);
      return t;
    }, 2);
    id("a");
    id("b");
    id("a"); // still held
    id("c"); // the recent generation is full: it becomes the older one, c starts the next
    id("a"); // found in the older generation: carried into the recent one, not computed again
    id("d"); // full again: the older generation (a, b) is let go
    id("a"); // carried on before: still held
    id("b"); // used only in the generation let go: computed again
    expect(calls).toEqual(["a", "b", "c", "d", "b"]);
  });

  it("memoizeBy keys on what keyOf returns", () => {
    let calls = 0;
    const sum = memoizeBy(
      (p: { a: number; b: number }) => `${p.a},${p.b}`,
      (p) => {
        calls++;
        return p.a + p.b;
      },
    );
    expect(sum({ a: 1, b: 2 })).toBe(3);
    expect(sum({ a: 1, b: 2 })).toBe(3);
    expect(sum({ a: 2, b: 1 })).toBe(3);
    expect(calls).toBe(2);
  });
});

describe("parseQuantity through its memo", () => {
  it("keeps hints apart: the same text under another unit column or number format reads differently", () => {
    expect(parseQuantity("12")).toMatchObject({ kind: "quantity", quantity: { unit: null } });
    expect(parseQuantity("12", { unitColumn: "人" })).toMatchObject({
      kind: "quantity",
      quantity: { unit: { counter: "人" }, unitSource: "unitColumn" },
    });
    expect(parseQuantity("12%", { rawNumber: 0.12, numberFormat: "0%" })).toMatchObject({
      kind: "quantity",
      quantity: { value: 12, unit: { counter: "%" }, unitSource: "numberFormat" },
    });
    expect(parseQuantity("12", { rawNumber: 12 })).toMatchObject({
      kind: "quantity",
      quantity: { value: 12, unit: null },
    });
  });

  it("reads a text cell by its text alone when no hint applies (no raw number, no unit column)", () => {
    expect(parseQuantity("12", { numberFormat: "0%", unitColumn: "" })).toBe(parseQuantity("12"));
    expect(parseQuantity("12", { rawNumber: Number.NaN })).toBe(parseQuantity("12"));
    expect(parseQuantity("12", { unitColumn: "人" })).not.toBe(parseQuantity("12"));
    expect(parseQuantity("12", { rawNumber: 12 })).not.toBe(parseQuantity("12"));
  });

  it("tells -0 from 0 in a raw number", () => {
    const neg = parseQuantity("0", { rawNumber: -0 });
    const pos = parseQuantity("0", { rawNumber: 0 });
    expect(neg.kind === "quantity" && Object.is(neg.quantity.value, -0)).toBe(true);
    expect(pos.kind === "quantity" && Object.is(pos.quantity.value, 0)).toBe(true);
  });
});
