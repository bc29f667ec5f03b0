/** The languages every message, label and explanation is written in: Japanese first. */
export type Lang = "ja" | "en";

export const LANGS: readonly Lang[] = ["ja", "en"];

export function isLang(v: unknown): v is Lang {
  return v === "ja" || v === "en";
}

/** A text in both languages. */
export type Bilingual = Record<Lang, string>;
