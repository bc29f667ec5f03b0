import type { Severity } from "../report/schema";
import type { Bilingual } from "./lang";

/**
 * The building blocks of the finding catalogue (index.ts): a code with its severity and title, and
 * its message variants. A variant's templates name their parameters as `{name}`; the type of
 * `message<P>()` checks that the Japanese and the English template each use exactly the names of
 * P — a parameter missing from one language, or one no template uses, does not compile.
 */

/** A parameter: a number (written with thousands separators), a text, or a text in both languages. */
export type ParamValue = string | number | Bilingual;
export type Params = Record<string, ParamValue>;

/** The `{name}` placeholders of a template. */
type Placeholders<S extends string> = S extends `${string}{${infer N}}${infer Rest}` ? N | Placeholders<Rest> : never;

type Names<P> = keyof P & string;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/** [] when both templates use exactly P's names; else one argument that says what is wrong. */
type Checked<J extends string, E extends string, P> =
  Same<Placeholders<J>, Names<P>> extends true
    ? Same<Placeholders<E>, Names<P>> extends true
      ? []
      : [error: `the English template must use exactly: ${Names<P>}`]
    : [error: `the Japanese template must use exactly: ${Names<P>}`];

export interface Variant<P extends Params> {
  readonly ja: string;
  readonly en: string;
  /** Overrides the code's severity for this variant (年 beside 年度 only informs). */
  readonly severity?: Severity;
  /** Carries P for the typed constructor; never set. */
  readonly params?: P;
}

/**
 * A message variant taking parameters P: `message<{ text: string }>()("根拠「{text}」…", 'The basis "{text}"…')`.
 * `severity` overrides the code's.
 */
export function message<P extends Params = Record<never, never>>(severity?: Severity) {
  return <const J extends string, const E extends string>(ja: J, en: E, ..._checked: Checked<J, E, P>): Variant<P> =>
    severity ? { ja, en, severity } : { ja, en };
}

/** A code's entry, its variant names and their parameter types kept for the typed constructor. */
export function code<const V extends Record<string, Variant<Params>>>(entry: {
  severity: Severity;
  title: Bilingual;
  variants: V;
}): { severity: Severity; title: Bilingual; variants: V } {
  return entry;
}
