import type { Bound } from "../quantity/types";
import type { FiscalYear } from "../years/types";
import type { Bilingual } from "../messages/lang";
import type { Rule } from "./registry";
import type { Scan, YearClash } from "./tokens";

/** +1 for an increase (増加, 拡大), −1 for a decrease (減少, 削減, 抑制). */
export type Direction = 1 | -1;

/** A number written in the basis text itself, with the unit it was written with. */
export interface TextNumber {
  /** The number as written (23 for 23万人). */
  value: number;
  /** The span of text it was read from, e.g. "2医療機関", "1件/年". */
  text: string;
  /** Counter as written, without scale and period: "人", "医療機関", "%", "" for a bare number. */
  counter: string;
  /** 万 → 1e4, 億 → 1e8, 千 → 1e3, else 1. */
  scale: number;
  decimals: number;
}

/** Rounding named in the text: 千円未満切捨て, 小数点以下四捨五入, 百人単位で切上げ. */
export interface Rounding {
  mode: "floor" | "ceil" | "round";
  /** The place as a number of `counter` units (1000 for 千円未満); null when no place is named. */
  step: number | null;
  /** The counter the place is written in (円 for 千円未満); null for 小数点以下 or none. */
  counter: string | null;
  /** The words as written, for the explanation. */
  text: string;
}

/** 8.4⇒9.2⇒10.0: the yearly values up to the target, with the decimals they were written in. */
export interface Path {
  values: number[];
  decimals: number;
}

/** What every rule may carry besides its own numbers. */
export interface RuleCommon {
  /** The base year named in the text (R6 in 「R6の現状から」). */
  baseYear?: FiscalYear;
  /** The number of periods the text states (「(1%×3年)」), over the sheet's years. */
  periods?: number;
  /** The base value stated in the text (「1,288人から」「約5,900人の半減」): wins over the sheet's columns. */
  textBase?: TextNumber;
  /** 約, 程度 in the rule's own numbers: widens the comparison by one unit of the place. */
  approx?: boolean;
  /** The lower end of a range (「30%以上50%以下」: 30%), the level being its upper end. */
  floor?: TextNumber;
  /** 以上/以下/超/未満 on the result (a decrease "25%以上減らす" is a 以下 on the result). */
  bound?: Bound;
  rounding?: Rounding;
  /** An explicit path written next to the rule (8.4⇒9.2⇒…): checked against the rule. */
  path?: Path;
  /** The text names a year and restates it as another (「平成22年(2013年)」): no value is computed. */
  yearClash?: YearClash;
}

/**
 * A rule read from a basis text: the union of what the rule modules' matchers return, derived in
 * registry.ts from the ordered list, so a new kind is its module plus one line there.
 */
export type { Rule, RuleKind } from "./registry";

/** What every rule module's own rule type extends. */
export type RuleShape = RuleCommon & { kind: string };

/**
 * One rule kind, defined once: how it is read from a tokenized text (`match`, which may return
 * null), how it is evaluated on the row's numbers (`evaluate`, recording each step), what it
 * reads, in words (`explain`), and its short name in the results sheet (`label`). The ordered
 * list of these (registry.ts) is what parsing and evaluation both read.
 */
export interface RuleDef<R extends RuleShape> {
  kind: R["kind"];
  match: (scan: Scan) => R | null;
  evaluate: (rule: R, data: RuleData) => Evaluation;
  explain: Bilingual;
  label: Bilingual;
}

export type UnparsedReason = "direction-only" | "external-reference" | "no-target" | "vague" | "no-rule";

export type ParsedBasis = Rule | { kind: "unparsed"; reason: UnparsedReason };

/** One of the row's cells a value was read from: its baseline cell or a yearly actual. */
export interface ValueCell {
  kind: "baseline" | "actual";
  address: string;
}

/**
 * Where a value was read: a cell of the row, or the basis text. Put into words (「実績欄K5」,
 * 「根拠の文」) only by the explanation that names it: most values read are never named.
 */
export type ValueSource = ValueCell | { kind: "basis-text" };

/** A value of the row at a fiscal year, in the row's units as written (137 for 137億円). */
export interface YearValue {
  year: FiscalYear;
  value: number;
  /** Where the value was read, shown in the explanation. */
  where?: ValueSource;
}

/** What a rule is evaluated on: the row's own numbers, in the row's units as written. */
export interface RuleData {
  /** The value the rule starts from (the year named in the text, else the latest actual). */
  base: YearValue | null;
  /** Every value on the sheet by year (actuals, and the baseline when its year has no actual). */
  series: YearValue[];
  targetYear: FiscalYear | null;
  /** The indicator is a percentage: X% is read relative, points are the alternative. */
  percentIndicator: boolean;
  /** Scale of the row's unit (1e8 for 億円): converts numbers written in the text. */
  rowScale: number;
  /** Decimals used to show intermediate values. */
  decimals: number;
  /**
   * The indicator counts the change itself (減少数, 削減数, 移行者数 against a population): a
   * rate of change then gives base × p, not base × (1 ± p).
   */
  delta?: boolean;
  /**
   * What the row's target counts, when the row says: `year` (人/年, 年間…数), `total` (累計).
   * Read only by rules whose text states a total over several years.
   */
  counted?: "year" | "total";
  /** The row's baseline at its 基準年度, when the sheet has both (a rule naming 「基準年」 reads it). */
  baseline?: YearValue;
}

/** A text in both languages (one definition, in messages/lang.ts). */
export type { Bilingual };

/** Another reading of the same text (5 periods instead of 6; points instead of %). */
export interface Alternative {
  kind: "periods" | "points" | "text-value" | "stated-mean" | "simple" | "base-year";
  label: Bilingual;
  value: number;
}

export interface Evaluated {
  ok: true;
  /** The value the rule gives, before any rounding words. */
  value: number;
  /** What was done, in words: 「R6実績17,842から年1%の増加を6年（複利）」. */
  summary: Bilingual;
  /** The arithmetic: 「17,842 × 1.01⁶ = 18,939.6」. */
  formula: string;
  /** Years the rule needs that the sheet lacks (computed on the rest). */
  missing: FiscalYear[];
  /** The years whose values the rule used, when it reads several (an average, a mean change). */
  used?: FiscalYear[];
  alternatives: Alternative[];
  /** Remarks: a path that disagrees with the rule, a stated mean that differs from the data. */
  notes: Bilingual[];
  /** The counter the rule's own number was written in (2医療機関 → "医療機関"), for the unit check. */
  unitWritten?: string;
  /** The rule's value after k periods from the base, for checking a written path year by year. */
  at?: (periods: number) => number;
  /** Set when a path is written next to the rule: whether every value agrees with the rule. */
  pathCheck?: { consistent: boolean; note: Bilingual };
  /** A bound on the value that replaces the rule's (a 「4%以上削減」 read as the amount cut: ≥). */
  bound?: Bound;
}

export interface NotEvaluated {
  ok: false;
  /** `unclear`: the text has one reading, but the row does not say which of its values it states. */
  /**
   * `no-base-year`: a base value is known but not its year, so periods cannot be counted;
   * `incomplete`: the reading needs a number neither the text nor the sheet gives (`detail` says which).
   */
  reason: "no-base" | "no-base-year" | "no-target-year" | "no-data" | "not-in-schedule" | "unclear" | "incomplete";
  missing: FiscalYear[];
  detail: Bilingual;
}

export type Evaluation = Evaluated | NotEvaluated;
