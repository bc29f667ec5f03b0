import { joinedPieces } from "./text-pieces";

/**
 * Report → sheets → sheet → rows / findings: from this depth rows and findings are written whole,
 * a slice of them per piece (tens of KB), whatever the size of the sheet.
 */
export const REPORT_ROW_DEPTH = 4;

/**
 * Elements of an array written whole go out this many at a time: tens of KB of JSON, so every
 * piece, and every write made of them, is small and let go at once (slices of a few hundred
 * rows, ~1 MB each, showed in the peak memory of the 100,000-row check).
 */
const SLICE = 32;

/**
 * `JSON.stringify(value, null, 2)`, produced in pieces. The report of a 100,000-row sheet is
 * ~170 MB of JSON: as one string it would add that much (twice, while the string is built) to
 * the CLI's peak memory. Objects and arrays are opened level by level down to `depth`; anything
 * deeper is stringified whole, laid out at its indent by the native call itself (stringifiedAt).
 */
export function* jsonPieces(value: unknown, depth = REPORT_ROW_DEPTH, indent = ""): Generator<string> {
  const inner = `${indent}  `;
  if (depth === 1 && Array.isArray(value) && value.length > 0) {
    // The elements are written whole: a slice of them per native call, not one call each.
    // The slice at this indent is "[\n<inner>a,\n<inner>b\n<indent>]": its inside is the
    // slice's part of the array.
    yield "[";
    for (let i = 0; i < value.length; i += SLICE) {
      const slice = stringifiedAt(value.slice(i, i + SLICE), indent);
      yield `${i > 0 ? "," : ""}${slice.slice(1, slice.length - indent.length - 2)}`;
    }
    yield `\n${indent}]`;
    return;
  }
  if (depth > 0 && Array.isArray(value) && value.length > 0) {
    yield "[";
    for (let i = 0; i < value.length; i++) {
      yield `${i > 0 ? "," : ""}\n${inner}`;
      const v: unknown = value[i];
      // As JSON.stringify: an array slot holding undefined, a function or a symbol is null.
      if (omitted(v)) yield "null";
      else yield* jsonPieces(v, depth - 1, inner);
    }
    yield `\n${indent}]`;
    return;
  }
  if (depth > 0 && isPlainObject(value)) {
    let first = true;
    for (const [k, v] of Object.entries(value)) {
      if (omitted(v)) continue; // as JSON.stringify: such a property is left out
      yield `${first ? "{" : ","}\n${inner}${JSON.stringify(k)}: `;
      first = false;
      yield* jsonPieces(v, depth - 1, inner);
    }
    yield first ? "{}" : `\n${indent}}`;
    return;
  }
  yield stringifiedAt(value, indent);
}

/**
 * `JSON.stringify(value, null, 2)` as it reads at `indent` in the document: every line after the
 * first takes the indent. The value is stringified inside one single-element array per level of
 * the indent, so the one native call lays it out at its depth, and the wrapping is cut off —
 * at two levels "[\n  [\n    VALUE\n  ]\n]": k levels open with k(k+3) characters and close
 * with k(k+1). (Re-indenting the text afterwards would copy every piece once more.)
 */
function stringifiedAt(value: unknown, indent: string): string {
  const k = indent.length / 2;
  if (k === 0) return JSON.stringify(value, null, 2);
  let wrapped: unknown = value;
  for (let level = 0; level < k; level++) wrapped = [wrapped];
  const json = JSON.stringify(wrapped, null, 2);
  return json.slice(k * (k + 3), json.length - k * (k + 1));
}

function omitted(v: unknown): boolean {
  return v === undefined || typeof v === "function" || typeof v === "symbol";
}

/** An object JSON.stringify walks key by key (no toJSON of its own, such as a Date's). */
function isPlainObject(v: unknown): v is Record<string, unknown> {
  return (
    typeof v === "object" && v !== null && !Array.isArray(v) && typeof (v as { toJSON?: unknown }).toJSON !== "function"
  );
}

export interface JsonSink {
  write(s: string): unknown;
  once?(event: "drain", listener: () => void): unknown;
}

/**
 * Writes `value` as `JSON.stringify(value, null, 2)` + "\n" to `out` in writes of at most 16 K
 * characters (joinedPieces), waiting for "drain" when a stream says its buffer is full (a slow
 * pipe then holds one write, not the report).
 */
export async function writeJson(out: JsonSink, value: unknown, depth = REPORT_ROW_DEPTH): Promise<void> {
  function* document(): Generator<string> {
    yield* jsonPieces(value, depth);
    yield "\n";
  }
  for (const text of joinedPieces(document())) {
    if (out.write(text) === false && out.once) await new Promise<void>((resolve) => out.once!("drain", resolve));
  }
}
