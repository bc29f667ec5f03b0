import type { FiscalYear, YearMention } from "./types";
import { normalize } from "../text/normalize";

/**
 * Japanese era years and Western years as fiscal years (年度, April – March).
 * 令和 (R): R1 = 令和元年 = FY2019. 平成 (H): H1 = FY1989, H31 = R1. 昭和 (S): S1 = 1926.
 */

/** First Western year of each era, minus one: era year n is OFFSET + n. */
const ERA_OFFSET: Record<string, number> = { R: 2018, H: 1988, S: 1925 };
/** Highest era year accepted. 平成 goes past 31 because plans written before 2019 name H32 … (= R2 …). */
const ERA_MAX: Record<string, number> = { R: 99, H: 40, S: 64 };
const ERA_LETTER: Record<string, string> = {
  令和: "R",
  平成: "H",
  昭和: "S",
  R: "R",
  H: "H",
  S: "S",
  r: "R",
  h: "H",
  s: "S",
};
const WESTERN_MIN = 1900;
const WESTERN_MAX = 2200;

/** The fiscal year starting in April of `fy`, with its canonical label ("R6", "H30", "1988年度"). */
export function fiscalYear(fy: number): FiscalYear {
  return { fy, label: yearLabel(fy) };
}

function yearLabel(fy: number): string {
  if (fy >= 2019) return `R${fy - 2018}`;
  if (fy >= 1989) return `H${fy - 1988}`;
  return `${fy}年度`;
}

/** The year as a Japanese message writes it: 令和6年度, 令和元年度, 平成30年度, 1988年度. */
export function longLabel(year: FiscalYear): string {
  if (year.fy >= 2019) return year.fy === 2019 ? "令和元年度" : `令和${year.fy - 2018}年度`;
  if (year.fy >= 1989) return year.fy === 1989 ? "平成元年度" : `平成${year.fy - 1988}年度`;
  return `${year.fy}年度`;
}

/** Number of fiscal years from one to the other: R6 → R12 = 6 (negative when `to` is earlier). */
export function yearsBetween(from: FiscalYear, to: FiscalYear): number {
  return to.fy - from.fy;
}

function eraYear(era: string, n: number): number | null {
  const letter = ERA_LETTER[era];
  if (!letter || n < 1 || n > ERA_MAX[letter]) return null;
  return ERA_OFFSET[letter] + n;
}

function build(fy: number, written: string, suffix: string | undefined, era?: string): FiscalYear {
  // 平成 plans name H31, H32 … for years that became 令和: the label keeps the era written.
  const label = era === "H" && fy >= 2019 ? `H${fy - ERA_OFFSET.H}` : yearLabel(fy);
  const year: FiscalYear = { fy, label, written };
  // "2019年" / "令和6年" name a calendar year; "年度" or a bare "R6" a fiscal year.
  if (suffix === "年") year.calendar = true;
  return year;
}

/**
 * A year written without its era (32年度, 28年): 平成 from 20 on, else 令和 — 平成 plans dropped the
 * era for 20年度 … 32年度, a 令和 plan that drops it writes a small number (7年度).
 */
export function eraOmitted(n: number, suffix?: string): FiscalYear | null {
  if (!Number.isInteger(n) || n < 1 || n > 99) return null;
  const era = n >= 20 ? "H" : "R";
  const fy = eraYear(era, n);
  return fy === null ? null : { ...build(fy, `${n}${suffix ?? ""}`, suffix, era), eraless: n };
}

/**
 * An era-less year chosen again beside the years the sheet writes in full (`written`, Western
 * years): of 平成 n and 令和 n, the one nearer to them — 19年度 beside H17 is H19 (not R19). A
 * target is never before its baseline, nor a baseline after its target (`range`): 25年度 as the
 * target of an R3 baseline is R25. Without written years, or when both are as near, the size
 * rule of eraOmitted stands.
 */
export function settleEra(
  year: FiscalYear,
  written: readonly number[],
  range: { min?: number; max?: number } = {},
): FiscalYear {
  const n = year.eraless;
  if (n === undefined || written.length === 0) return year;
  const distance = (fy: number | null) =>
    fy === null || fy < (range.min ?? -Infinity) || fy > (range.max ?? Infinity)
      ? Infinity
      : Math.min(...written.map((w) => Math.abs(w - fy)));
  const heisei = distance(eraYear("H", n));
  const reiwa = distance(eraYear("R", n));
  if (heisei === reiwa) return year;
  const era = heisei < reiwa ? "H" : "R";
  const fy = eraYear(era, n);
  if (fy === null || fy === year.fy) return year;
  return { ...build(fy, year.written ?? String(n), year.calendar ? "年" : undefined, era), eraless: n };
}

/** What may stand beside the year in a value's own date: (H26), (2016年度速報値), (H27-31の合計). */
const VALUE_DATE_REST =
  /^([-~〜～‐－]?(の)?(末|末見込|見込み?|現在|時点|速報値?|実績値?|確定値?|合計|累計|平均|調査|[0-9０-９]{1,2}月[0-9０-９]{0,2}日?|[.．][0-9０-９]{1,2})*)$/;

const OMITTED_IN_BRACKETS = /^[ \u3000]*([0-9０-９]{1,2})[ \u3000]*(年度|年)/;

/**
 * The year a value cell names for itself, in brackets after the value: 「81.0%(32年度)」,
 * 「931g/人日⏎(H26)」, 「6.1%増⏎(2016年度速報値)」, 「1件(H27-31の合計)」 (a period: its end).
 * Null when the cell names none.
 */
export function bracketYear(text: string): FiscalYear | null {
  let last: FiscalYear | null = null;
  for (const m of text.matchAll(/[(（]([^()（）]*)[)）]/g)) {
    const inner = m[1];
    // (2000年比) names the reference of a relative value, not the value's own year.
    if (/年度?比/.test(inner)) continue;
    const years = findYears(inner);
    if (years.length > 0) {
      // Only a bracket that is the value's date: (令和5年度の19市平均) names a reference's year.
      let rest = inner;
      for (const y of [...years].reverse()) rest = rest.slice(0, y.index) + rest.slice(y.index + y.length);
      if (VALUE_DATE_REST.test(rest.replace(/[ \u3000]/g, ""))) last = years[years.length - 1].year;
      continue;
    }
    const omitted = OMITTED_IN_BRACKETS.exec(inner);
    if (omitted && VALUE_DATE_REST.test(inner.slice(omitted[0].length).replace(/[ \u3000]/g, ""))) {
      last = eraOmitted(digitsValue(omitted[1]), omitted[2]) ?? last;
    }
  }
  return last;
}

/** A cell naming one year among other words: 「2030年⏎(2000年比)」 → 2030, 「R3」 → R3; else null. */
export function firstYearIn(text: string): FiscalYear | null {
  const whole = parseFiscalYear(text);
  if (whole) return whole;
  const found = findYears(text);
  return found.length > 0 ? found[0].year : null;
}

const WHOLE_ERA = /^(令和|平成|昭和|[RHSrhs]) ?(元|\d{1,2}) ?(年度|年)?$/;
const WHOLE_WESTERN = /^(\d{4}) ?(年度|年)?$/;

/**
 * A whole cell or header token naming one year: "R6", "R6年度", "令和６年度", "令和元年度", "H31",
 * "2019年度", "2019年" (calendar), "2019". Null for anything else (including prose around it).
 */
export function parseFiscalYear(text: string): FiscalYear | null {
  const t = normalize(text);
  const era = WHOLE_ERA.exec(t);
  if (era) {
    const fy = eraYear(era[1], era[2] === "元" ? 1 : Number(era[2]));
    return fy === null ? null : build(fy, t, era[3], ERA_LETTER[era[1]]);
  }
  const west = WHOLE_WESTERN.exec(t);
  if (west) {
    const fy = Number(west[1]);
    return fy >= WESTERN_MIN && fy <= WESTERN_MAX ? build(fy, t, west[2]) : null;
  }
  return null;
}

// Prose is scanned as given (not normalised) so that a mention's index and length point into the
// caller's text; the patterns therefore accept full-width digits and letters themselves.
const D = "[0-9０-９]";
const SP = "[ 　]?";
const SEP = "[~〜∼～\\-－‐‑‒–—―−]";
/** An era year: 令和5年度, R6, Ｒ６年度, H18, 令和元年, ㋿6. Letter eras are checked for context below. */
const ERA_IN_PROSE = new RegExp(`(令和|平成|昭和|㋿|㍻|[RHＲＨ])${SP}(元|${D}{1,2})(?!${D})(?:${SP}(年度|年))?`, "g");
/** The second end of a range written without its era: R1-6, 令和8年度～12年度. */
const RANGE_TAIL = new RegExp(`^(${SP}${SEP}${SP})(${D}{1,2})(?!${D})(?:${SP}(年度|年))?`);
/** A Western year needs 年/年度 (a bare 2019 is too often a plain number), or a range to one that has. */
const WESTERN_IN_PROSE = new RegExp(
  `(?<![0-9０-９,，.．])([12１２]${D}{3})(?:${SP}(年度|年)|${SP}${SEP}${SP}([12１２]${D}{3})${SP}(年度|年))`,
  "g",
);
const LETTER_OR_DIGIT = /[A-Za-zＡ-Ｚａ-ｚ0-9０-９_]/;
const LATIN_LETTER = /[A-Za-zＡ-Ｚａ-ｚ]/;
/** Every year mention holds a digit or 元: text without one has none (most prose, checked fast). */
const YEAR_NUMBER = /[0-9０-９元]/;
const ERA_GLYPH: Record<string, string> = { "㋿": "R", "㍻": "H", Ｒ: "R", Ｈ: "H" };

function digitsValue(s: string): number {
  let n = 0;
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    n = n * 10 + (c >= 0xff10 ? c - 0xff10 : c - 48);
  }
  return n;
}

/**
 * Every year named inside prose, in order: 「R6の現状から」, 「R2年度からR6年度」, both ends of
 * 「R4～R6」 and 「R1-6」, 「令和5年度の19市平均」, 「(2020年度:85%)」, 「H18~H23」, 「0人（R6）」.
 * Plain numbers ("2,000人", "19市", "1.136", "2019") are not years.
 */
export function findYears(text: string): YearMention[] {
  const found: YearMention[] = [];
  if (!YEAR_NUMBER.test(text)) return found;
  for (const m of text.matchAll(ERA_IN_PROSE)) {
    const index = m.index;
    const eraWritten = m[1];
    const isLetter = eraWritten.length === 1 && eraWritten !== "㋿" && eraWritten !== "㍻";
    if (isLetter) {
      // "QR6", "2H2", "H2O", "R元" without 年: not years.
      if (index > 0 && LETTER_OR_DIGIT.test(text[index - 1])) continue;
      const next = text[index + m[0].length];
      if (next !== undefined && LATIN_LETTER.test(next)) continue;
      if (m[2] === "元" && !m[3]) continue;
    }
    const era = ERA_GLYPH[eraWritten] ?? eraWritten;
    const fy = eraYear(era, m[2] === "元" ? 1 : digitsValue(m[2]));
    if (fy === null) continue;
    found.push({ year: build(fy, m[0], m[3], ERA_LETTER[era]), index, length: m[0].length });

    const after = index + m[0].length;
    const tail = RANGE_TAIL.exec(text.slice(after, after + 12));
    if (tail) {
      const toFy = eraYear(era, digitsValue(tail[2]));
      // Only a later year of the same era reads as a range end (R1-6); "R6-2" is not a range.
      if (toFy !== null && toFy > fy) {
        const written = tail[0].slice(tail[1].length);
        found.push({
          year: build(toFy, written, tail[3], ERA_LETTER[era]),
          index: after + tail[1].length,
          length: written.length,
        });
      }
    }
  }
  // A Western year is only read with 年/年度 after it (or after the second end of its range).
  const westernMatches = text.includes("年") ? text.matchAll(WESTERN_IN_PROSE) : [];
  for (const m of westernMatches) {
    const first = digitsValue(m[1]);
    if (m[2]) {
      if (first >= WESTERN_MIN && first <= WESTERN_MAX) {
        found.push({ year: build(first, m[0], m[2]), index: m.index, length: m[0].length });
      }
      continue;
    }
    const second = digitsValue(m[3]);
    if (first < WESTERN_MIN || second > WESTERN_MAX || second <= first) continue;
    found.push({ year: build(first, m[1], m[4]), index: m.index, length: m[1].length });
    const secondIndex = m.index + m[0].lastIndexOf(m[3]);
    const secondLength = m.index + m[0].length - secondIndex;
    found.push({
      year: build(second, text.substr(secondIndex, secondLength), m[4]),
      index: secondIndex,
      length: secondLength,
    });
  }
  return found.length > 1 ? found.sort((a, b) => a.index - b.index) : found;
}
