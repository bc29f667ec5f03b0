import { columnLetters } from "../../../src/core/grid/grid";
import type { RowTarget } from "../../../src/core/report/schema";
import { parseBasis } from "../../../src/core/basis/parse";
import { clauseFor } from "../../../src/core/basis/clauses";
import { fmt } from "../../../src/core/basis/numbers";
import type { Rule } from "../../../src/core/basis/types";

/**
 * Issue 14, point 4, as one check on any verdict: what its explanation must show. For a row
 * with 一致/不一致 it returns what is wrong, in words (empty when the explanation is complete):
 *  - the stated target and the computed value are shown;
 *  - every number the rule read from the basis text is shown marked as the text's, in both
 *    languages: 「根拠の10%」「根拠の年1%」「根拠の8人×2社/年」, "10% (basis text)";
 *  - every value of the sheet the explanation uses is named with its cell (or a range of cells
 *    covering its column) and the year(s) in brackets: 「実績欄K5（R6）」「実績欄H5～K5（R3～R6）」.
 */

const NUMBER = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g;
const plain = (s: string) => s.replace(/,/g, "");
const numbersIn = (text: string): Set<string> =>
  new Set((text.match(NUMBER) ?? []).map((n) => String(Number(plain(n)))));
/**
 * Runs the explanation marks as read from the basis text — 「根拠の」, a short word at most
 * (年, 伸び率（), then the number as written (with a product's other factors) — and, in English,
 * a number as written followed by "(basis text)".
 */
const MARKED_JA = /根拠の[^\d。、：:（）()]{0,4}[\d,.]+[^\s。、：:；;（）()]*/g;
const MARKED_EN = /[\d,.]+[^\s;:()]* \(basis text\)/g;
const marked = (text: string, re: RegExp): Set<string> =>
  new Set([...text.matchAll(re)].flatMap((m) => [...numbersIn(m[0])]));
/** 「欄K5（R6）」「欄H5～K5（R3～R6）」: the cells named, with the years in brackets. */
const NAMED_CELLS = /([A-Z]{1,3})\d+(?:～([A-Z]{1,3})\d+)?（[^）]*(?:R\d|H\d|\d{4})[^）]*）/g;

function colIndex(letters: string): number {
  let n = 0;
  for (const c of letters) n = n * 26 + (c.charCodeAt(0) - 64);
  return n - 1;
}

/** Columns the explanation names with a year. */
function namedColumns(explanation: string): Set<number> {
  const out = new Set<number>();
  for (const m of explanation.matchAll(NAMED_CELLS)) {
    const from = colIndex(m[1]);
    const to = m[2] ? colIndex(m[2]) : from;
    for (let c = from; c <= to; c++) out.add(c);
  }
  return out;
}

/** The numbers a rule computes with, as read from the text (a percent, a factor, a level). */
function textNumbers(rule: Rule): string[] {
  const out: string[] = [];
  const walk = (v: unknown, key: string) => {
    if (v === null || typeof v !== "object") {
      if (typeof v === "number" && ["percent", "factor"].includes(key)) out.push(fmt(v));
      return;
    }
    const o = v as Record<string, unknown>;
    if (typeof o.text === "string" && typeof o.value === "number" && typeof o.counter === "string") {
      out.push(fmt(o.value as number));
      return;
    }
    // Rounding words and years are not numbers the rule computes with; a base written in the
    // text is used by some kinds only (not by 「109人から毎年500人以上へ」): checked apart.
    for (const [k, x] of Object.entries(o)) {
      if (k !== "rounding" && k !== "baseYear" && k !== "path" && k !== "textBase") walk(x, k);
    }
  };
  walk(rule, "");
  return out;
}

/** Cell addresses and year labels (K5, R6, H22), whose digits are no values. */
const LABELS = /[A-Z]+\d+/g;

/**
 * The value shown as an operand — not a count of years (6年, 2回), nor a small count of periods
 * multiplied or divided by (「2 × 6」「÷ 4」「⌊6 ÷ 3⌋」).
 */
function shownAsValue(text: string, value: string): boolean {
  const bare = text.replace(LABELS, (m) => " ".repeat(m.length));
  for (const m of bare.matchAll(NUMBER)) {
    if (String(Number(plain(m[0]))) !== value) continue;
    const after = bare.slice(m.index + m[0].length, m.index + m[0].length + 1);
    const before = bare.slice(Math.max(0, m.index - 2), m.index);
    const count = Number(value) <= 12 && Number.isInteger(Number(value)) && /[×÷⌊]\s?$/.test(before);
    if (!/[年期回]/.test(after) && !count) return true;
  }
  return false;
}

function numericValue(value: unknown, text: string): string | null {
  if (typeof value === "number") return String(value);
  const m = /^[\d,]+(?:\.\d+)?/.exec(text);
  return m ? String(Number(plain(m[0]))) : null;
}

/** A cell of the row, by 0-based column. */
export interface RowCell {
  col: number;
  value: unknown;
  text: string;
}

/** The row a verdict was given on: its number, indicator, cells and the basis text read. */
export interface VerdictRow {
  row: number;
  indicator: string;
  cells: RowCell[];
  basis: string;
}

export function unexplained(t: RowTarget, { row, indicator, cells, basis: basisText }: VerdictRow): string[] {
  if ((t.status !== "match" && t.status !== "mismatch") || !t.computed) return [];
  const problems: string[] = [];
  const e = t.explanation;
  const flat = (x: string) => x.replace(/\s+/g, " ").trim();
  // A target cell holding the rule (「109人から毎年500人以上へ」) is the basis: its level is shown.
  const statedIsBasis = t.stated !== null && flat(t.stated.text) === flat(basisText);
  if (
    t.stated &&
    !statedIsBasis &&
    !flat(e).includes(flat(t.stated.text)) &&
    !(t.stated.value !== null && numbersIn(e).has(String(t.stated.value)))
  ) {
    problems.push(`stated ${t.stated.text} not shown`);
  }
  const v = t.computed.value;
  if (![fmt(v, 2), fmt(v, 1), fmt(v, 0), t.computed.display].some((s) => e.includes(s))) {
    problems.push(`computed ${v} not shown`);
  }
  const rule = parseBasis(clauseFor(basisText, indicator));
  const sheetValues = new Set(cells.map(({ value, text }) => numericValue(value, text)));
  if (rule.kind !== "unparsed") {
    const [ja, en] = [marked(e, MARKED_JA), marked(t.explanationEn ?? "", MARKED_EN)];
    for (const n of textNumbers(rule)) {
      if (!ja.has(plain(n))) problems.push(`text number ${n} not shown as the text's (根拠の…)`);
      if (!en.has(plain(n))) problems.push(`text number ${n} not shown as the text's (… (basis text))`);
    }
    // A base read from the text, when shown, is marked as the text's (unless a cell holds it too).
    const base = rule.textBase ? String(rule.textBase.value) : null;
    if (base && shownAsValue(e, base) && !ja.has(base) && !sheetValues.has(base)) {
      problems.push(`text base ${rule.textBase!.text} shown but not as the text's`);
    }
  }
  // Sheet values the explanation shows: each must be named by its cell and year.
  const body = e.split("（目標値")[0];
  const fromText = numbersIn(basisText.replace(LABELS, " "));
  const stated = t.stated ? numbersIn(t.stated.text) : new Set<string>();
  const named = namedColumns(e);
  const basisCol = t.basisCell ? colIndex(t.basisCell.replace(/\d+$/, "")) : -1;
  // Each value once, with every column holding it: one of them named is enough (D5 = K5).
  const columnsOf = new Map<string, number[]>();
  for (const { col, value: raw, text } of cells) {
    const value = col !== basisCol ? numericValue(raw, text) : null;
    if (value !== null) columnsOf.set(value, [...(columnsOf.get(value) ?? []), col]);
  }
  for (const [value, cols] of columnsOf) {
    if (!shownAsValue(body, value) || fromText.has(value) || stated.has(value)) continue;
    if (!cols.some((c) => named.has(c))) {
      const where = cols.map((c) => `${columnLetters(c)}${row}`).join("/");
      problems.push(`sheet value ${value} (${where}) not named with its cell and year`);
    }
  }
  return problems;
}
