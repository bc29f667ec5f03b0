import type { Catalog, MessageTemplate } from "./types";

export type Lang = "ja" | "en";
export type MessageParams = Record<string, string | number>;

function formatParam(v: string | number): string {
  if (typeof v === "number") {
    return Number.isInteger(v) ? v.toLocaleString("en-US") : v.toLocaleString("en-US", { maximumFractionDigits: 6 });
  }
  return v;
}

/** Fills `{name}` placeholders; an unknown name is left visible so a missing param shows in review. */
export function fill(template: string, params: MessageParams): string {
  return template.replace(/\{(\w+)\}/g, (all, name: string) => (name in params ? formatParam(params[name]) : all));
}

export function render(catalog: Catalog, key: string, params: MessageParams): MessageTemplate {
  const t = catalog[key];
  if (!t) throw new Error(`message key not in catalogue: ${key}`);
  return { ja: fill(t.ja, params), en: fill(t.en, params) };
}
