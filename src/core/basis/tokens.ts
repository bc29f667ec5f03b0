import { findYears } from "../years/era";
import type { Bound } from "../quantity/types";
import type { FiscalYear } from "../years/types";
import { KEYWORD_RE, keywordKind, type Kw } from "./keywords";
import { findRounding } from "./rounding";
import { decimalsOf } from "./numbers";
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

export interface Scan {
  text: string;
  tokens: Token[];
  rounding: Rounding | null;
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
  "か所",
  "箇所",
  "ヵ所",
  "カ所",
  "ヶ所",
  "t-CO2",
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
    String.raw`(%|パーセント|ポイント|pt|倍|割|か年|ヵ年|カ年|ヶ年|年ごと|年毎|年に|${COUNTERS})?` +
    String.raw`(\/年|\/月|\/日)?(程度|前後|ほど|くらい|ぐらい)?(?:を)?(以上|以下|超|未満)?`,
  "g",
);

const SCALE: Record<string, number> = { 万: 1e4, 億: 1e8, 千: 1e3 };
const BASE_AFTER_YEAR = /^(?:年度|年)?\s?(?:の)?\s?(?:現状|実績|末|時点|値|比|から|を基準|水準|と比べ|に比べ|対比)/;
const RANGE_GAP = /^\s?(?:から|~|～|〜|-|ー|–)\s?$/;

function numKind(unit: string | undefined): NumKind {
  if (!unit) return "count";
  if (unit === "%" || unit === "パーセント" || unit === "割") return "percent";
  if (unit === "ポイント" || unit === "pt") return "points";
  if (unit === "倍") return "times";
  if (/^(?:か年|ヵ年|カ年|ヶ年|年ごと|年毎|年に)$/.test(unit)) return "span";
  return "count";
}

/** Parenthesis depth before each index, for "given as data" numbers. */
function parenDepths(text: string): Uint8Array {
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

function mask(chars: string[], start: number, end: number): void {
  for (let i = start; i < end; i++) chars[i] = "\u0001";
}

function yearTokens(text: string, chars: string[]): (YearToken | RangeToken)[] {
  const years: YearToken[] = [];
  for (const m of findYears(text)) {
    const end = m.index + m.length;
    years.push({
      t: "year",
      year: m.year,
      isBase: BASE_AFTER_YEAR.test(text.slice(end, end + 8)),
      start: m.index,
      end,
    });
    mask(chars, m.index, end);
  }
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

function numberTokens(masked: string, chars: string[], depth: Uint8Array): NumToken[] {
  const out: NumToken[] = [];
  NUMBER_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NUMBER_RE.exec(masked))) {
    const [all, approxBefore, yearly, approxAfterYearly, sign, int, frac, scaleWord, unit, period, approxAfter, bound] =
      m;
    const start = m.index;
    // ±0 is a keyword (維持), and a digit glued to a masked year is part of that year.
    if (masked[start - 1] === "±" || /\d/.test(masked[start - 1] ?? "")) continue;
    let value = Number(int.replace(/,/g, "") + (frac ?? ""));
    const kind = numKind(unit);
    if (unit === "割") value *= 10;
    const numStart = start + all.indexOf(int, (approxBefore?.length ?? 0) + (yearly?.length ?? 0));
    out.push({
      t: "num",
      value,
      decimals: decimalsOf(int + (frac ?? "")),
      text: masked.slice(numStart, start + all.length).replace(/(?:を)?(?:以上|以下|超|未満)$/, ""),
      counter: kind === "percent" ? "%" : (unit ?? ""),
      scale: scaleWord ? SCALE[scaleWord] : 1,
      kind,
      perYear: Boolean(yearly) || period === "/年",
      approx: Boolean(approxBefore || approxAfterYearly || approxAfter),
      ...(bound ? { bound: bound as Bound } : {}),
      ...(sign ? { sign: sign as "+" | "-" } : {}),
      paren: depth[numStart] > 0,
      start,
      end: start + all.length,
    });
    mask(chars, start, start + all.length);
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

/** Tokenizes a text already passed through `normalize`. */
export function tokenize(text: string): Scan {
  // UTF-16 units, so indices stay those of `text`.
  const safe = text.split("");
  const found = findRounding(text);
  if (found) mask(safe, found.start, found.end);
  const years = yearTokens(text, safe);
  const depth = parenDepths(text);
  const nums = numberTokens(safe.join(""), safe, depth);
  const kws = keywordTokens(safe.join(""));
  const tokens: Token[] = [...years, ...nums, ...kws].sort((a, b) => a.start - b.start);
  return { text, tokens, rounding: found?.rounding ?? null };
}
