import type { Finding, Severity } from "../report/schema";
import type { Params, Variant } from "./define";
import { fill } from "./format";
import type { Bilingual, Lang } from "./lang";
import { layoutCodes } from "./layout";
import { schemaCodes } from "./schema";
import { unitsCodes } from "./units";
import { yearsCodes } from "./years";
import { shiftCodes } from "./shift";
import { seriesCodes } from "./series";
import { basisCodes } from "./basis";
import { directionCodes } from "./direction";

/**
 * The finding catalogue: every code once, with its severity, its title and its message variants
 * in Japanese and English (one file per check family). Findings are raised through
 * report/finding.ts's `raise`, typed by this catalogue; the pane, the CLI and the sheets read
 * titles and messages through the functions below.
 */
export const CATALOGUE = {
  LAYOUT_NOT_FOUND: layoutCodes.LAYOUT_NOT_FOUND,
  REQUIRED_MISSING: schemaCodes.REQUIRED_MISSING,
  STATUS_INVALID: schemaCodes.STATUS_INVALID,
  REASON_MISSING: schemaCodes.REASON_MISSING,
  DELETED_HAS_TARGET: schemaCodes.DELETED_HAS_TARGET,
  TARGET_MISSING: schemaCodes.TARGET_MISSING,
  VALUE_UNPARSEABLE: schemaCodes.VALUE_UNPARSEABLE,
  UNIT_MISMATCH: unitsCodes.UNIT_MISMATCH,
  UNIT_STYLE: unitsCodes.UNIT_STYLE,
  VALUE_MAGNITUDE: unitsCodes.VALUE_MAGNITUDE,
  YEAR_MISMATCH: yearsCodes.YEAR_MISMATCH,
  BASELINE_MISMATCH: yearsCodes.BASELINE_MISMATCH,
  COLUMN_SHIFT: shiftCodes.COLUMN_SHIFT,
  SERIES_BREAK: seriesCodes.SERIES_BREAK,
  BASIS_UNPARSED: basisCodes.BASIS_UNPARSED,
  BASIS_DATA_MISSING: basisCodes.BASIS_DATA_MISSING,
  BASIS_MISMATCH: basisCodes.BASIS_MISMATCH,
  BASIS_AMBIGUOUS: basisCodes.BASIS_AMBIGUOUS,
  BASIS_UNIT_MISMATCH: basisCodes.BASIS_UNIT_MISMATCH,
  TARGET_DIRECTION: directionCodes.TARGET_DIRECTION,
  DUPLICATE_INDICATOR: schemaCodes.DUPLICATE_INDICATOR,
};

type Catalogue = typeof CATALOGUE;
export type FindingCode = keyof Catalogue;
export const FINDING_CODES = Object.keys(CATALOGUE) as [FindingCode, ...FindingCode[]];
export type VariantName<C extends FindingCode> = keyof Catalogue[C]["variants"] & string;
export type ParamsOf<C extends FindingCode, V extends VariantName<C>> =
  Catalogue[C]["variants"][V] extends Variant<infer P> ? P : never;

/** The variant a code's own wording goes by; its message key is the code alone. */
export const DEFAULT_VARIANT = "default";

/** The report's message key: CODE, or CODE.variant. */
export function messageKey(code: FindingCode, variant: string): string {
  return variant === DEFAULT_VARIANT ? code : `${code}.${variant}`;
}

export function variantOf(code: FindingCode, variant: string): Variant<Params> {
  const v = (CATALOGUE[code].variants as Record<string, Variant<Params>>)[variant];
  if (!v) throw new Error(`no message variant ${variant} for ${code}`);
  return v;
}

/** The severity of a code's variant (the code's, unless the variant sets its own). */
export function severityOf(code: FindingCode, variant: string): Severity {
  return variantOf(code, variant).severity ?? CATALOGUE[code].severity;
}

export function renderMessage(code: FindingCode, variant: string, params: Params, lang: Lang): string {
  return fill(variantOf(code, variant)[lang], params, lang);
}

/** 「列のずれ」 / "Shifted columns": what a person reads before the message; the code stays in the report. */
export function findingTitle(code: FindingCode, lang: Lang): string {
  return CATALOGUE[code].title[lang];
}

export const SEVERITY_WORDS: Record<Severity, Bilingual> = {
  error: { ja: "エラー", en: "Error" },
  warning: { ja: "警告", en: "Warning" },
  info: { ja: "情報", en: "Info" },
};

export function findingMessage(f: Pick<Finding, "message" | "messageEn">, lang: Lang): string {
  return lang === "en" ? f.messageEn : f.message;
}

/** 【警告】根拠と目標値の不一致 — the first line of a note on a cell. */
export function findingHeadline(f: Pick<Finding, "code" | "severity">, lang: Lang): string {
  const sev = SEVERITY_WORDS[f.severity][lang];
  return lang === "en" ? `[${sev}] ${findingTitle(f.code, lang)}` : `【${sev}】${findingTitle(f.code, lang)}`;
}

/** A finding as a note on its cell: the headline, then the message. */
export function findingNote(f: Pick<Finding, "code" | "severity" | "message" | "messageEn">, lang: Lang): string {
  return `${findingHeadline(f, lang)}\n${findingMessage(f, lang)}`;
}
