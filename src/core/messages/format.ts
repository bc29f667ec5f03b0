import { fmt } from "../basis/numbers";
import { memoizeText } from "../text/memo";
import type { ParamValue } from "./define";
import type { Lang } from "./lang";

/**
 * A parameter as the message shows it: numbers with thousands separators, as both languages
 * write them, the way explanations write them (no Intl formatter: building the first one loads
 * ICU's locale data, a tenth of a small check's start-up).
 */
function formatParam(v: ParamValue, lang: Lang): string {
  if (typeof v === "string") return v;
  if (typeof v === "object") return v[lang];
  return fmt(v, 6);
}

/** A template split once at its `{name}` placeholders: odd indexes are names, even ones the text between. */
const split = memoizeText((template: string) => template.split(/\{(\w+)\}/));

/**
 * Fills `{name}` placeholders, a text in both languages in `lang`; an unknown name is left
 * visible so a missing param shows in review.
 */
export function fill(template: string, params: Readonly<Record<string, ParamValue>>, lang: Lang = "ja"): string {
  const parts = split(template);
  let out = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i];
    out += (name in params ? formatParam(params[name], lang) : `{${name}}`) + parts[i + 1];
  }
  return out;
}
