import type { core } from "zod/mini";

/**
 * Whether `schema.parse(value)` would succeed and give back `value` as it is: the same keys in
 * the same order, the same values (of an array, its elements), nothing filled in or left out —
 * the same JSON, the same report to read. Read off the schema's own definition, walking the
 * value without building anything — where the parse builds a copy of every object and array it
 * passes.
 *
 * Sound, not complete: `true` only when the parse surely changes nothing; `false` for anything
 * else — a value the parse would reject, fill or strip, and equally a kind of schema or check
 * this walk does not know. A caller then runs the parse itself, which throws zod's own error or
 * gives the value as the schema makes it.
 */
export function unchangedByParse(schema: core.$ZodType, value: unknown): boolean {
  return testOf(schema)(value);
}

type Test = (value: unknown) => boolean;

/** Each schema's test is made once, from its definition, and kept with it. */
const tests = new WeakMap<core.$ZodType, Test>();

function testOf(schema: core.$ZodType): Test {
  let test = tests.get(schema);
  if (!test) {
    test = made(schema);
    tests.set(schema, test);
  }
  return test;
}

const unknown: Test = () => false;

function made(schema: core.$ZodType): Test {
  const def = (schema as core.$ZodTypes)._zod.def;
  switch (def.type) {
    case "string":
      return isPlainString(schema) ? (v) => typeof v === "string" : unknown;
    case "number":
      return numberTest(def);
    case "enum": {
      const values = (schema as core.$ZodEnum)._zod.values;
      return (v) => values.has(v as string);
    }
    case "nullable": {
      const inner = testOf(def.innerType);
      return (v) => v === null || inner(v);
    }
    case "optional": {
      // A key present with undefined is kept so by the parse.
      const inner = testOf(def.innerType);
      return (v) => v === undefined || inner(v);
    }
    case "default": {
      const inner = testOf(def.innerType);
      return (v) => v !== undefined && inner(v);
    }
    case "array": {
      const element = testOf(def.element);
      return (v) => {
        if (!Array.isArray(v)) return false;
        // Index by index: a hole is undefined to the parse (every() would skip it).
        for (let i = 0; i < v.length; i++) if (!element(v[i])) return false;
        return true;
      };
    }
    case "object":
      return def.catchall === undefined ? objectTest(def.shape) : unknown;
    case "record": {
      if (!isPlainString(def.keyType)) return unknown;
      const valueTest = testOf(def.valueType);
      return (v) => {
        if (!isPlainObject(v)) return false;
        for (const k in v) if (k === "__proto__" || !valueTest(v[k])) return false;
        return true;
      };
    }
    case "union": {
      // The parse keeps the first option that takes the value. An option of plain values
      // (string, number, enum) either takes it as it is or rejects it, so it can be passed over;
      // any other option might take it changed: the walk stops there.
      const options = def.options.map((o) => ({ test: testOf(o), plain: isPlainValueKind(o) }));
      return (v) => {
        for (const { test, plain } of options) {
          if (test(v)) return true;
          if (!plain) return false;
        }
        return false;
      };
    }
    default:
      return unknown;
  }
}

/**
 * An object the parse would copy key for key: its keys are the shape's, in the shape's order
 * (the parse writes them in that order and drops any other), and every key it lacks is optional.
 */
function objectTest(shape: core.$ZodShape): Test {
  const keys = Object.keys(shape);
  const fields = keys.map((k) => ({ key: k, test: testOf(shape[k]), optional: shape[k]._zod.def.type === "optional" }));
  return (v) => {
    if (!isPlainObject(v)) return false;
    let at = 0;
    for (const k in v) {
      while (at < fields.length && fields[at].key !== k) {
        if (!fields[at].optional) return false;
        at++;
      }
      if (at === fields.length || !fields[at].test(v[k])) return false;
      at++;
    }
    for (; at < fields.length; at++) if (!fields[at].optional) return false;
    return true;
  };
}

/** As zod: NaN and ±Infinity are no number; z.int() is the safe-integer format; then its bounds. */
function numberTest(def: core.$ZodNumberDef): Test {
  const format = (def as { format?: string }).format;
  if (def.coerce || (format !== undefined && format !== "safeint")) return unknown;
  const bounds = (def.checks ?? []).map((c) => boundTest(c._zod.def));
  if (bounds.includes(null)) return unknown;
  const safeInt = format === "safeint";
  return (v) =>
    typeof v === "number" && Number.isFinite(v) && (!safeInt || Number.isSafeInteger(v)) && bounds.every((b) => b!(v));
}

/** A bound check on a number (z.positive(), z.gte(…)); any other check is not vouched for (null). */
function boundTest(check: core.$ZodCheckDef): ((n: number) => boolean) | null {
  if (check.check !== "greater_than" && check.check !== "less_than") return null;
  const { value, inclusive } = check as core.$ZodCheckGreaterThanDef | core.$ZodCheckLessThanDef;
  if (typeof value !== "number") return null;
  if (check.check === "greater_than") return inclusive ? (n) => n >= value : (n) => n > value;
  return inclusive ? (n) => n <= value : (n) => n < value;
}

/** z.string() with no check and no coercion: every string as it is. */
function isPlainString(schema: core.$ZodType): boolean {
  const def = (schema as core.$ZodTypes)._zod.def;
  return def.type === "string" && !def.coerce && (def.checks ?? []).length === 0;
}

function isPlainValueKind(schema: core.$ZodType): boolean {
  const type = schema._zod.def.type;
  return type === "string" || type === "number" || type === "enum";
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && Object.getPrototypeOf(v) === Object.prototype;
}
