import fc from "fast-check";
import { jsonPieces, writeJson } from "../../src/cli/json-stream";

const joined = (v: unknown, depth?: number) => [...jsonPieces(v, depth)].join("");

describe("jsonPieces", () => {
  it("is JSON.stringify(v, null, 2) for any JSON value and any depth", () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.integer({ min: 0, max: 6 }), (v, depth) => {
        expect(joined(v, depth)).toBe(JSON.stringify(v, null, 2));
      }),
    );
  });

  it("leaves out undefined and function properties, and writes them as null in arrays, as JSON.stringify", () => {
    const v = { a: undefined, b: [undefined, () => 1, 2], c: () => 1, d: { e: undefined }, f: new Date(0) };
    expect(joined(v)).toBe(JSON.stringify(v, null, 2));
    expect(joined(v)).not.toContain('"a"');
  });

  it("keeps strings with line breaks and quotes escaped, at any indent", () => {
    const v = { rows: [{ text: 'R6の現状から\n年1%の "増加"', parts: [{ label: "1日平均" }] }] };
    expect(joined(v, 1)).toBe(JSON.stringify(v, null, 2));
    expect(joined(v, 5)).toBe(JSON.stringify(v, null, 2));
  });

  it("is JSON.stringify(v, null, 2) for values with undefined, dates, -0 and NaN, at any depth", () => {
    fc.assert(
      fc.property(
        // A document itself is never undefined (JSON.stringify gives no text for it).
        fc
          .anything({ withDate: true, withMap: true, withSet: true, withObjectString: true })
          .filter((v) => v !== undefined),
        fc.integer({ min: 0, max: 6 }),
        (v, depth) => {
          expect(joined(v, depth)).toBe(JSON.stringify(v, null, 2));
        },
      ),
    );
  });

  it("lays out empty arrays and objects, toJSON and unicode as JSON.stringify at every depth", () => {
    const stamp = { toJSON: () => ({ at: "R6年度", list: [1, { x: [] }] }) };
    const v = {
      file: "計画\n\u2028表.xlsx",
      sheets: [
        { rows: [], findings: [{}], tables: [[], {}, [[]], { a: {} }] },
        {
          rows: [{ a: [], b: {}, c: undefined, d: new Date(0), e: stamp, f: '絵文字 😀 \ud800 \t"q"' }, null, []],
          findings: [[[[{ deep: [{}, [], "\n"] }]]]],
        },
        [],
        {},
      ],
      summary: { rows: 0, nested: { empty: [], obj: {}, undef: undefined } },
    };
    for (let depth = 0; depth <= 8; depth++) expect(joined(v, depth)).toBe(JSON.stringify(v, null, 2));
    // A whole-array slice whose elements are themselves empty or undefined.
    const arr = [undefined, [], {}, [undefined], { a: undefined }, stamp, "改\n行"];
    for (let depth = 0; depth <= 4; depth++) {
      expect(joined({ a: { b: arr } }, depth)).toBe(JSON.stringify({ a: { b: arr } }, null, 2));
    }
  });

  it("opens only down to the depth it is given: deeper values come as one piece", () => {
    const pieces = [...jsonPieces({ rows: [{ a: { b: 1 } }, { a: { b: 2 } }] }, 3)];
    expect(pieces).toContain('{\n        "b": 1\n      }');
    expect(pieces).toContain('{\n        "b": 2\n      }');
  });

  it("writes the whole elements of an array a slice at a time, not one piece each", () => {
    const rows = Array.from({ length: 600 }, (_, i) => ({ row: i, text: `指標${i}\n"x"` }));
    const pieces = [...jsonPieces({ rows }, 2)];
    expect(pieces.join("")).toBe(JSON.stringify({ rows }, null, 2));
    // the key, "[", slices of a few dozen rows, "]", "}"
    expect(pieces.length).toBeGreaterThan(5);
    expect(pieces.length).toBeLessThan(600);
    expect(pieces.filter((p) => p.includes('"row": 256')).length).toBe(1);
  });
});

describe("writeJson", () => {
  it("writes the whole document and a final line break, in writes of at most 16 K characters", async () => {
    const writes: string[] = [];
    const doc = {
      rows: Array.from({ length: 20000 }, (_, i) => ({ row: i, indicator: `指標${i}`, note: "x".repeat(40) })),
    };
    await writeJson({ write: (s) => writes.push(s) }, doc);
    expect(writes.join("")).toBe(`${JSON.stringify(doc, null, 2)}\n`);
    expect(writes.length).toBeGreaterThan(100);
    expect(Math.max(...writes.map((w) => w.length))).toBeLessThanOrEqual(1 << 14);
    // Gathered, not one write per piece: all but the last write are over half full.
    expect(writes.slice(0, -1).every((w) => w.length > 1 << 13)).toBe(true);
  });

  it("sends a piece longer than a write on its own, after what was gathered before it", async () => {
    const writes: string[] = [];
    const long = "長".repeat(40000);
    const doc = { a: 1, rows: [{ text: long }], b: 2 };
    await writeJson({ write: (s) => writes.push(s) }, doc, 2);
    expect(writes.join("")).toBe(`${JSON.stringify(doc, null, 2)}\n`);
    const alone = writes.find((w) => w.includes(long))!;
    expect(alone.length).toBeLessThan(long.length + 100);
    expect(writes.indexOf(alone)).toBeGreaterThan(0);
    expect(writes.filter((w) => w !== alone).every((w) => w.length <= 1 << 14)).toBe(true);
  });

  it("waits for drain when the stream says its buffer is full", async () => {
    const events: string[] = [];
    let drain: (() => void) | null = null;
    const sink = {
      write: (s: string) => {
        events.push(`write ${s.length}`);
        return false;
      },
      once: (_: "drain", listener: () => void) => {
        events.push("wait");
        drain = listener;
      },
    };
    const done = writeJson(sink, { a: 1 });
    await Promise.resolve();
    expect(events).toEqual(["write 13", "wait"]);
    let finished = false;
    void done.then(() => (finished = true));
    await Promise.resolve();
    expect(finished).toBe(false);
    drain!();
    await done;
    expect(finished).toBe(true);
  });
});
