import { findYears } from "../years/era";
import type { Bound } from "../quantity/types";
import type { FiscalYear } from "../years/types";
import { KEYWORD_RE, keywordKind, type Kw } from "./keywords";
import { findRounding } from "./rounding";
import type { Rounding } from "./types";

/**
 * The tokenizer: a normalised basis text → numbers (with unit, %, ポイント, 倍, yearly marker,
 * 約/程度, 以上…), years, year ranges and keywords, in text order. Rule modules match short
 * patterns of these tokens.
 */

export type NumKind = "percent" | "points" | "times" | "count" | "span";

export interface NumToken {
  t: "num";
  value: number;
  decimals: number;
  /** The number with its unit as written: "2医療機関", "1件/年", "10%". */
  text: string;
  counter: string;
  scale: number;
  kind: NumKind;
  /** Written as a yearly amount: 年1%, 年間2…, 毎年100人, 100人/年の増加, 前年度比5%. */
  perYear: boolean;
  approx: boolean;
  bound?: Bound;
  sign?: "+" | "-";
  /** Inside parentheses: a number given as data (1,299人), (1.136). */
  paren: boolean;
  /**
   * Written as the starting point: 「42人から」「(1,288人)から」「5,900人の半減」 — the base
   * value stated in the text, which wins over the sheet's columns.
   */
  from?: boolean;
  start: number;
  end: number;
}

export interface YearToken {
  t: "year";
  year: FiscalYear;
  /** Followed by a base marker: R6の現状から, R6年度実績, R6比. */
  isBase: boolean;
  start: number;
  end: number;
}

export interface RangeToken {
  t: "range";
  from: FiscalYear;
  to: FiscalYear;
  start: number;
  end: number;
}

export interface KwToken {
  t: "kw";
  k: Kw;
  word: string;
  start: number;
  end: number;
}

export type Token = NumToken | YearToken | RangeToken | KwToken;

/** A year restated in brackets as another year: 「平成22年(2013年)」 — H22 written, 2013 restated. */
export interface YearClash {
  written: FiscalYear;
  restated: FiscalYear;
}

export interface Scan {
  text: string;
  tokens: Token[];
  rounding: Rounding | null;
  /** The text contradicts itself on a year: which one it means is a doubt, not a choice. */
  yearClash?: YearClash;
}

const COUNTERS = [
  "医療機関",
  "事業所",
  "事業者",
  "市町村",
  "クラブ",
  "店舗",
  "施設",
  "機関",
  "区画",
  "世帯",
  "団体",
  "組織",
  "企業",
  "地区",
  "時間",
  "人日",
  "人泊",
  "日平均",
  "ヶ月",
  "か月",
  "カ月",
  "ヵ月",
  "か所",
  "箇所",
  "ヵ所",
  "カ所",
  "ヶ所",
  "t-CO2",
  "トン",
  "名",
  "人",
  "件",
  "回",
  "校",
  "社",
  "園",
  "品",
  "枚",
  "台",
  "本",
  "戸",
  "店",
  "冊",
  "部",
  "種",
  "円",
  "日",
  "km",
  "kg",
  "ha",
  "m2",
  "m3",
  "t",
].join("|");

const NUMBER_RE = new RegExp(
  String.raw`(約|およそ|概ね|おおむね)?(毎年度|毎年|年間|年平均|年率|対前年度比|前年度比|前年比|年)?\s?(約)?([+\-])?` +
    String.raw`(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\s?(万|億|千)?` +
    String.raw`(%|パーセント|ポイント|pt|倍|割|か年|ヵ年|カ年|ヶ年|年間|年ごと|年毎|年に|${COUNTERS})?` +
    String.raw`(\/年|\/月|\/日)?(程度|前後|ほど|くらい|ぐらい)?(?:\)(?=を?(?:以上|以下|超|未満|上回)))?(?:を)?(以上|以下|超え(?:ない|ず)|上回らない|超|未満)?`,
  "g",
);

const SCALE: Record<string, number> = { 万: 1e4, 億: 1e8, 千: 1e3 };
/** 「271人を超えない」 bounds the result from above, as 以下 does. */
const BOUND_OF: Record<string, Bound> = { 超えない: "以下", 超えず: "以下", 上回らない: "以下" };
/** After a number: it is where the change starts (から), or what is halved or doubled (の半減). */
const STARTS_FROM = /^\)?\s?(?:から|より|の半減|の倍増|を半減|を倍増)/;
// 「R5年度末までに」「R8年度末時点で」 name the target year, not the base.
const BASE_AFTER_YEAR =
  /^(?:年度|年)?\)?\s?(?:の)?\s?(?:現状|実績|末(?!まで|時点で|時点まで|に)|時点(?!で|まで)|値|比|から|を基準|水準|と比べ|に比べ|対比)/;
const RANGE_GAP = /^\s?(?:から|~|～|〜|-|ー|–)\s?$/;

const KIND_OF_UNIT = new Map<string, NumKind>([
  ["%", "percent"],
  ["パーセント", "percent"],
  ["割", "percent"],
  ["ポイント", "points"],
  ["pt", "points"],
  ["倍", "times"],
  ...["か年", "ヵ年", "カ年", "ヶ年", "年間", "年ごと", "年毎", "年に"].map((u) => [u, "span"] as [string, NumKind]),
]);
const PAREN = /[(「]/;

function numKind(unit: string | undefined): NumKind {
  return (unit && KIND_OF_UNIT.get(unit)) || "count";
}

/** Parenthesis depth before each index, for "given as data" numbers; null when there are none. */
function parenDepths(text: string): Uint8Array | null {
  if (!PAREN.test(text)) return null;
  const depth = new Uint8Array(text.length + 1);
  let d = 0;
  for (let i = 0; i < text.length; i++) {
    depth[i] = d;
    const c = text[i];
    if (c === "(" || c === "「") d = Math.min(d + 1, 255);
    else if ((c === ")" || c === "」") && d > 0) d--;
  }
  depth[text.length] = d;
  return depth;
}

/** `text` with the given spans (sorted, not overlapping) blanked out, same length. */
function masked(text: string, spans: { start: number; end: number }[]): string {
  if (spans.length === 0) return text;
  let out = "";
  let at = 0;
  for (const { start, end } of spans) {
    out += text.slice(at, start) + "\u0001".repeat(end - start);
    at = end;
  }
  return out + text.slice(at);
}

/** Years need an era mark or four digits; most texts without either skip the year patterns. */
const MAY_HOLD_YEAR = /[RHSＲＨ令平昭㋿㍻]|\d{4}/;

/** 「平成22年(2010年)」「2013年度(平成25年度)」: a year restated in brackets, in the other form. */
const RESTATED = /^\s?\(\s?$/;
const RESTATED_CLOSE = /^\s?\)/;
const WESTERN = /^\d/;

interface Mention {
  year: FiscalYear;
  start: number;
  end: number;
  clash?: FiscalYear;
}

/** 「平成22年(2013年)」: the bracket holds only a year, written the other way (era against Western). */
function restatesAnother(text: string, prev: Mention, m: { year: FiscalYear; index: number; length: number }): boolean {
  if (!RESTATED_CLOSE.test(text.slice(m.index + m.length))) return false;
  return WESTERN.test(prev.year.written ?? "") !== WESTERN.test(m.year.written ?? "");
}

/**
 * Year mentions with a bracketed restatement folded into the year before it: one token spanning
 * both (and the closing bracket), so that every rule sees one year whichever form it is read in —
 * a range 「令和3年度(2021年度)から令和6年度(2024年度)」 stays a range. A restatement naming
 * another year (「平成22年(2013年)」) is folded too, the year as first written kept, and the
 * other kept as a clash (Scan.yearClash): neither may quietly become the base.
 */
function yearMentions(text: string): Mention[] {
  const out: Mention[] = [];
  for (const m of MAY_HOLD_YEAR.test(text) ? findYears(text) : []) {
    const prev = out[out.length - 1];
    const end = m.index + m.length;
    const restated = prev && !prev.clash && RESTATED.test(text.slice(prev.end, m.index));
    if (restated && (prev.year.fy === m.year.fy || restatesAnother(text, prev, m))) {
      if (prev.year.fy !== m.year.fy) prev.clash = m.year;
      const close = RESTATED_CLOSE.exec(text.slice(end));
      prev.end = close ? end + close[0].length : end;
      continue;
    }
    out.push({ year: m.year, start: m.index, end });
  }
  return out;
}

function yearTokens(mentions: Mention[], text: string): (YearToken | RangeToken)[] {
  const years: YearToken[] = mentions.map(({ year, start, end }) => ({
    t: "year",
    year,
    isBase: BASE_AFTER_YEAR.test(text.slice(end, end + 8)),
    start,
    end,
  }));
  const out: (YearToken | RangeToken)[] = [];
  for (let i = 0; i < years.length; i++) {
    const a = years[i];
    const b = years[i + 1];
    if (b && RANGE_GAP.test(text.slice(a.end, b.start)) && b.year.fy > a.year.fy) {
      out.push({ t: "range", from: a.year, to: b.year, start: a.start, end: b.end });
      i++;
    } else out.push(a);
  }
  return out;
}

const DIGIT = /\d/g;
/** Longest prefix NUMBER_RE reads before the digits (おおむね対前年度比 約+). */
const PREFIX_MAX = 12;

function numberTokens(masked: string, depth: Uint8Array | null): NumToken[] {
  const out: NumToken[] = [];
  let from = 0;
  for (;;) {
    // Jump to the next digit and let the pattern start just before it, not at every character.
    DIGIT.lastIndex = from;
    const digit = DIGIT.exec(masked);
    if (!digit) break;
    NUMBER_RE.lastIndex = Math.max(from, digit.index - PREFIX_MAX);
    const m = NUMBER_RE.exec(masked);
    if (!m) break;
    from = m.index + m[0].length;
    // Index access: destructuring a match array goes through the iterator, far slower.
    const start = m.index;
    // ±0 is a keyword (維持), and a digit glued to a masked year is part of that year.
    const before = masked.charCodeAt(start - 1);
    if (before === 0xb1 || (before >= 48 && before <= 57)) continue;
    const int = m[5];
    const frac = m[6] ?? "";
    const scaleWord = m[7];
    const unit = m[8];
    const period = m[9];
    const bound = m[11];
    const kind = numKind(unit);
    const digits = int.includes(",") ? int.replace(/,/g, "") : int;
    const tok: NumToken = {
      t: "num",
      value: Number(digits + frac) * (unit === "割" ? 10 : 1),
      decimals: frac.length > 0 ? frac.length - 1 : 0,
      text: int + frac + (scaleWord ?? "") + (unit ?? "") + (period ?? "") + (m[10] ?? ""),
      counter: kind === "percent" ? "%" : (unit ?? ""),
      scale: scaleWord ? SCALE[scaleWord] : 1,
      kind,
      perYear: m[2] !== undefined || period === "/年",
      approx: m[1] !== undefined || m[3] !== undefined || m[10] !== undefined,
      paren: depth !== null && depth[start + m[0].indexOf(int)] > 0,
      start,
      end: from,
    };
    if (bound) tok.bound = BOUND_OF[bound] ?? (bound as Bound);
    if (kind !== "times" && kind !== "span" && STARTS_FROM.test(masked.slice(from, from + 6))) tok.from = true;
    if (m[4]) tok.sign = m[4] as "+" | "-";
    out.push(tok);
  }
  return out;
}

function keywordTokens(masked: string): KwToken[] {
  const out: KwToken[] = [];
  KEYWORD_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = KEYWORD_RE.exec(masked))) {
    out.push({ t: "kw", k: keywordKind(m[0]), word: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** Spans sorted by start, dropping any that overlaps the one before. */
function disjoint<T extends { start: number; end: number }>(spans: T[]): T[] {
  const out: T[] = [];
  for (const s of spans.sort((a, b) => a.start - b.start)) {
    if (out.length === 0 || s.start >= out[out.length - 1].end) out.push(s);
  }
  return out;
}

/**
 * Tokenizes a text already passed through `normalize`. Rounding words and years are read
 * first and blanked out (same length, so indices stay those of `text`), then numbers, then
 * keywords in what is left.
 */
export function tokenize(text: string): Scan {
  const found = findRounding(text);
  const mentions = yearMentions(text);
  const years = yearTokens(mentions, text);
  const clashed = mentions.find((m) => m.clash);
  const taken = disjoint<{ start: number; end: number }>([...(found ? [found] : []), ...years]);
  const withoutYears = masked(text, taken);
  const nums = numberTokens(withoutYears, parenDepths(text));
  const kws = keywordTokens(masked(withoutYears, nums));
  const tokens: Token[] = years.filter((y) => taken.includes(y));
  tokens.push(...nums, ...kws);
  tokens.sort((a, b) => a.start - b.start);
  const scan: Scan = { text, tokens, rounding: found?.rounding ?? null };
  if (clashed?.clash) scan.yearClash = { written: clashed.year, restated: clashed.clash };
  return scan;
}
