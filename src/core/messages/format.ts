import { groupThousands } from "../quantity/format";
import { memoizeText } from "../text/memo";
import type { Catalog, MessageTemplate } from "./types";

export type Lang = "ja" | "en";
export type MessageParams = Record<string, string | number>;

// Built once: toLocaleString with a locale builds a new Intl.NumberFormat on every call, and
// every finding of every row renders its numbers here. `format` gives the same text.
const INTEGER = new Intl.NumberFormat("en-US");
const DECIMAL = new Intl.NumberFormat("en-US", { maximumFractionDigits: 6 });

function formatParam(v: string | number): string {
  if (typeof v !== "number") return v;
  // Most numbers are row numbers and counts: grouped by hand, as Intl writes them, at a fraction of its cost.
  if (Number.isSafeInteger(v) && !Object.is(v, -0)) return (v < 0 ? "-" : "") + groupThousands(String(Math.abs(v)));
  return (Number.isInteger(v) ? INTEGER : DECIMAL).format(v);
}

/**
 * A template split once at its `{name}` placeholders: odd indexes are names, even ones the text
 * between. Every finding renders two templates, and the catalogue has a few dozen.
 */
const split = memoizeText((template: string) => template.split(/\{(\w+)\}/));

/** Fills `{name}` placeholders; an unknown name is left visible so a missing param shows in review. */
export function fill(template: string, params: MessageParams): string {
  const parts = split(template);
  let out = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i];
    out += (name in params ? formatParam(params[name]) : `{${name}}`) + parts[i + 1];
  }
  return out;
}

export function render(catalog: Catalog, key: string, params: MessageParams): MessageTemplate {
  const t = catalog[key];
  if (!t) throw new Error(`message key not in catalogue: ${key}`);
  return { ja: fill(t.ja, params), en: fill(t.en, params) };
}
