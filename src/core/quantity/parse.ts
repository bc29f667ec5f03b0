import type { Bound, ParsedValue, Period, Quantity, QuantityHints, QuantityPart, Unit } from "./types";
import { normalize } from "../text/normalize";
import { findYears } from "../years/era";
import { PERIOD_OF_PREFIX, canonicalCounter, parseUnitText, readPeriodPrefix } from "./units";
import { roundHalfUp } from "./round";
import { readNumberFormat } from "./number-format";
import { readLeadingNumber } from "./leading-number";
import { memoizeBy, memoizeText } from "../text/memo";

/**
 * One value cell → a quantity (guide §2): 186億円/年, 62,233人/年, 12.4%, 37.7万件/月, 約300人,
 * 96.0以上, 0人（R6）, 53件（予約契約を含む）; 実績なし / 全園 / blank; the multi-metric cells of the
 * 乗合タクシー row; or unparseable. Never throws.
 */

/** Longer than any value cell: such text is prose, and is not scanned further. */
const MAX_VALUE_LENGTH = 400;

const BOUNDS: readonly Bound[] = ["以上", "以下", "未満", "超"];
const APPROX_WORDS = ["程度", "前後", "ほど", "くらい", "ぐらい"];
/** Last characters of those words: most cells end in none of them, and skip the search. */
const QUALIFIER_LAST = new Set([...BOUNDS, ...APPROX_WORDS].map((w) => w[w.length - 1]));
/** No value, legally: nothing happened yet, or not counted yet. */
const NONE_WORDS = /^(実績なし|なし|無し|未実施|該当なし|未集計|集計中|調査中|未把握|-|ー|\/)$/;
const ALL_WORD = /^全(.+)$/;
/** A dash of any kind, alone or repeated, is an empty value: ―, ‐‐, ー, ～, ・. */
const DASHES_ONLY = /^[-‐‑‒–—―−ー－~～〜]+$/;
const TRAILING_MARKS = /\s*[↑↓↗↘⇧⇩⬆⬇↑↓]+$/;
/**
 * A target in words (guide: never a VALUE_UNPARSEABLE): 設置, 実施, 完了, 向上, 増加を目指します,
 * 現状維持, 減少. The words say the direction when they can.
 */
const QUALITATIVE: readonly [RegExp, "up" | "down" | "keep" | null][] = [
  [/^(現状)?(維持|現状程度|横ばい)/, "keep"],
  [/^(増加|向上|拡大|上昇|増進|改善)/, "up"],
  [/^(減少|低下|縮小|削減|抑制)/, "down"],
  // Not 継続: in a value column it is a status that slipped (COLUMN_SHIFT reads it so).
  [/^(設置|実施|開始|完了|達成|策定|整備|運用|開設|導入|創設|確立)/, null],
];
/** Longer words are a sentence about the target, not the target. */
const MAX_QUALITATIVE = 24;

/** What may follow the word of a target stated in words: 増加を目指します, 向上させる, 設置する. */
const QUALITATIVE_TAIL = /^(を目指(す|します)|を図る|させる|する|します|済み?)?$/;

/** A text without digits (after NFKC) holds no number this reader can read. */
const DIGIT = /[0-9]/;

/** The word of a target stated in words; `bare` holds no digit (a number makes it no such target). */
function qualitative(bare: string): { direction?: "up" | "down" | "keep" } | null {
  // 「向上⏎向上」: the same word once per sub-indicator.
  const lines = [...new Set(bare.split(/\s+/).filter((l) => l !== ""))];
  if (lines.length !== 1) return null;
  const core = lines[0];
  if (core.length > MAX_QUALITATIVE) return null;
  for (const [re, direction] of QUALITATIVE) {
    const m = re.exec(core);
    // 増加傾向 describes a trend, it sets no target: only the word and a verb ending.
    if (m && QUALITATIVE_TAIL.test(core.slice(m[0].length))) return direction ? { direction } : {};
  }
  return null;
}

/** Scale words inside a mixed amount, largest first: 2兆3,000億円, 1億8100万人, 1,250万4千人. */
const MIXED_SCALES: Record<string, number> = { 兆: 1e12, 億: 1e8, 万: 1e4, 千: 1e3 };
const MIXED_AMOUNT = /^((?:\d[\d,]*(?:\.\d+)?[兆億万千]){2,}|(?:\d[\d,]*(?:\.\d+)?[兆億万千])+\d[\d,]*)(.*)$/;

/**
 * An amount written in several scale words (2兆3,000億円, 1億8100万人, 1,250万4千人): their sum,
 * in the counter's own unit (円, 人). Null when a smaller scale does not follow a larger one.
 */
function parseMixedAmount(t: string): Quantity | null {
  const m = MIXED_AMOUNT.exec(t);
  if (!m) return null;
  let total = 0;
  let last = Infinity;
  for (const part of m[1].matchAll(/(\d[\d,]*(?:\.\d+)?)([兆億万千]?)/g)) {
    const scale = part[2] ? MIXED_SCALES[part[2]] : 1;
    if (scale >= last) return null;
    last = scale;
    total += Number(part[1].replace(/,/g, "")) * scale;
  }
  const rest = m[2].trim();
  const unit = rest === "" ? null : parseUnitText(rest);
  if (rest !== "" && (!unit || unit.scale !== 1)) return null;
  const quantity: Quantity = { text: t, value: total, baseValue: total, unit, decimals: 0 };
  if (unit) quantity.unitSource = "text";
  return quantity;
}

/**
 * A value after a label in the same cell: 「1月当たりの利用人数1,136人」 → 1,136人, the label kept
 * as the note. Only a short label without digits of its own beyond a period (1月当たり), and no
 * arithmetic (前年度比+5% is a change, not a value).
 */
function parseLabelled(t: string): Quantity | null {
  const m =
    /^([^\d+△▲±=×÷]*?(?:[0-9]+(?:日|月|年)当たり|[0-9]+(?:日|月|年)あたり)?[^\d+△▲±=×÷比]*?)(\d[\d,]*(?:\.\d+)?[^\d]*)$/.exec(
      t,
    );
  const label = m?.[1].trim() ?? "";
  // A label is a few words (利用人数), not a sign, a colon (a multi-metric cell) or 第 (第3期).
  if (!m || label.length < 3 || label.length > 20 || /比|増|減|から|まで|[:：]$|^第/.test(label)) return null;
  const q = parseSingle(m[2]);
  if (!q || !q.unit) return null;
  return { ...q, text: t, note: label };
}
const ALL_PEOPLE = new Set(["員"]);

/** Parse one value cell. `text` is the displayed text; see QuantityHints for a number cell. */
export function parseQuantity(text: string, hints?: QuantityHints): ParsedValue {
  const raw = typeof text === "string" ? text : "";
  // Without a finite raw number the number format is never read: most cells are read, and
  // memoised, by their text alone. The 単位 column only completes a reading without a unit.
  const rawNumber = hints?.rawNumber;
  const read =
    rawNumber !== undefined && Number.isFinite(rawNumber)
      ? readNumberMemo({ raw, rawNumber, numberFormat: hints?.numberFormat })
      : readTextMemo(raw);
  return hints?.unitColumn ? inUnitColumn(read, hints.unitColumn, raw) : read;
}

/**
 * parseQuantity of a text without hints, without the memo: for a text read once (an indicator's
 * name) or by a caller that keeps its own memo (cellKind), where the memo would only fill up.
 * The result is the caller's own (not frozen).
 */
export function parseQuantityOnce(text: string): ParsedValue {
  return readQuantity(typeof text === "string" ? text : "");
}

const readTextMemo = memoizeText((raw) => readQuantity(raw));

interface NumberCell {
  raw: string;
  rawNumber: number;
  numberFormat: string | undefined;
}
/** The number, its format and its text make the reading, so the key (\u0000 occurs in no number format). */
const readNumberMemo = memoizeBy(
  ({ raw, rawNumber, numberFormat }: NumberCell) =>
    // String(n) is distinct for distinct numbers except ±0, which a % or sign could tell apart.
    `${Object.is(rawNumber, -0) ? "-0" : String(rawNumber)}\u0000${numberFormat ?? ""}\u0000${raw}`,
  ({ raw, rawNumber, numberFormat }) => quantityOrUnparseable(fromRawNumber(rawNumber, raw, numberFormat), raw.trim()),
);

/** A quantity written without a unit takes the row's 単位 column (人, 千円, 件/年) when that is a unit. */
function inUnitColumn(read: ParsedValue, unitColumn: string, raw: string): ParsedValue {
  if (read.kind !== "quantity" || read.quantity.unit) return read;
  const unit = parseUnitText(normalize(unitColumn));
  return unit ? quantityOrUnparseable(withUnit(read.quantity, unit, "unitColumn"), raw.trim()) : read;
}

function readQuantity(raw: string): ParsedValue {
  const t = normalize(raw);
  if (t === "") return { kind: "blank" };
  const original = raw.trim();
  if (t.length > MAX_VALUE_LENGTH) return { kind: "unparseable", text: original };

  const bare = splitNote(t).rest;
  // Every reading but none, all and a target in words starts from a number, and the number of a
  // bracketed note (「利用者数（12）」) is never the value: text without a digit outside its note
  // (most indicator names) is not tried as an amount.
  const numbered = DIGIT.test(bare);
  // Direction marks after the value (75%↑, 12件⇩) say which way is better, not how much.
  const unmarked = t.replace(TRAILING_MARKS, "");
  const single = numbered ? (parseSingle(unmarked) ?? parseMixedAmount(unmarked)) : null;
  if (single) return quantityOrUnparseable(single, original);

  const word = noneOrAll(bare, original);
  if (word) return word;

  if (numbered) {
    const parts = parseParts(t);
    if (parts) return { kind: "multi", text: original, parts };
    const labelled = parseLabelled(unmarked);
    if (labelled) return quantityOrUnparseable(labelled, original);
    return { kind: "unparseable", text: original };
  }
  const words = qualitative(bare);
  if (words) return { kind: "qualitative", text: original, ...words };
  return { kind: "unparseable", text: original };
}

/** 実績なし, ― (none) or 全園 (all): a cell that states no amount yet is a value; null otherwise. */
function noneOrAll(bare: string, original: string): ParsedValue | null {
  if (NONE_WORDS.test(bare) || DASHES_ONLY.test(bare)) return { kind: "none", text: original };
  const all = ALL_WORD.exec(bare);
  if (all) {
    const counter = ALL_PEOPLE.has(all[1]) ? "人" : canonicalCounter(all[1]);
    if (parseUnitText(counter)) return { kind: "all", text: original, counter };
  }
  return null;
}

const AMOUNT_START = /^[\d約△▲+\-.]/;

/**
 * True when a normalised text starts as an amount is written: a digit, a sign, 約. A value cell
 * does (4,200人, 約300人, △5); 「路線バス利用者数51」 is a name with a number in it.
 */
export function startsLikeAmount(normalized: string): boolean {
  return AMOUNT_START.test(normalized);
}

/**
 * True when a normalised text reads as none or all (parseQuantity's kinds "none" and "all", by
 * the same words) without being tried as a number.
 */
export function readsAsNoneOrAll(normalized: string): boolean {
  return (
    normalized !== "" &&
    normalized.length <= MAX_VALUE_LENGTH &&
    noneOrAll(splitNote(normalized).rest, normalized) !== null
  );
}

/**
 * A number past the double range once scaled (a % format on ~1e307, -1.797e306 in a 千 column) is
 * no amount anyone wrote: unparseable, never an infinite value.
 */
function quantityOrUnparseable(quantity: Quantity | null, text: string): ParsedValue {
  return quantity && Number.isFinite(quantity.baseValue)
    ? { kind: "quantity", quantity }
    : { kind: "unparseable", text };
}

/** One number with its unit, period, bound, approximation and note; null when `t` is not that. */
function parseSingle(t: string): Quantity | null {
  let rest = t;
  let prefixPeriod: Period | undefined;
  const pp = readPeriodPrefix(rest);
  if (pp) {
    prefixPeriod = pp.period;
    rest = rest.slice(pp.length);
  }
  const head = readLeadingNumber(rest);
  if (!head) return null;
  rest = rest.slice(head.length);

  const split = splitNote(rest);
  const note = split.note;
  rest = split.rest;
  let bound: Bound | undefined;
  let approx = head.approx;
  // Bound and approximation may come in either order (300人程度以上, 300人以上程度).
  for (let i = 0; i < 2 && QUALIFIER_LAST.has(rest[rest.length - 1]); i++) {
    const b = BOUNDS.find((w) => rest.endsWith(w));
    if (b && !bound) {
      bound = b;
      rest = rest.slice(0, -b.length).trimEnd();
    }
    const a = APPROX_WORDS.find((w) => rest.endsWith(w));
    if (a) {
      approx = true;
      rest = rest.slice(0, -a.length).trimEnd();
    }
  }
  rest = rest.trim();

  const intText = head.int;
  const fraction = head.fraction;
  const magnitude = Number(fraction ? `${intText}.${fraction}` : intText);
  const value = head.negative ? -magnitude : magnitude;

  let unit: Unit | null = null;
  if (rest !== "") {
    unit = parseUnitText(rest);
    if (!unit) return null;
    // "2019年" in a value cell is a year, not an amount of years.
    if (unit.counter === "年" && !fraction && intText.length === 4) return null;
  }
  if (prefixPeriod) {
    unit = unit
      ? { ...unit, period: unit.period ?? prefixPeriod }
      : { counter: "", scale: 1, period: prefixPeriod, written: "" };
  }

  const baseValue = toBase(value, unit?.scale ?? 1, fraction.length);
  if (!Number.isFinite(baseValue)) return null; // hundreds of digits: not an amount anyone wrote

  const quantity: Quantity = {
    text: t,
    value,
    baseValue,
    unit,
    decimals: fraction.length,
  };
  if (unit) quantity.unitSource = "text";
  if (note !== undefined) {
    quantity.note = note;
    const year = findYears(note)[0];
    if (year) quantity.noteYear = year.year;
  }
  if (bound) quantity.bound = bound;
  if (approx) quantity.approx = true;
  return quantity;
}

/** A trailing bracketed note, "53件 (予約契約を含む)" → rest "53件", note "予約契約を含む". */
function splitNote(t: string): { rest: string; note?: string } {
  if (!t.endsWith(")")) return { rest: t };
  const open = t.lastIndexOf("(");
  if (open < 0) return { rest: t };
  const note = t.slice(open + 1, -1);
  // "件(予約(仮))": nested brackets are not a note this reader understands.
  if (note.includes(")")) return { rest: t };
  return { rest: t.slice(0, open).trimEnd(), note: note.trim() };
}

/** value × scale, rounded to the precision the number was written with (37.7万 → 377000 exactly). */
function toBase(value: number, scale: number, decimals: number): number {
  if (scale === 1) return value;
  const product = value * scale;
  if (decimals === 0 && Number.isSafeInteger(product)) return product; // integer × 10^k: exact
  return roundHalfUp(product, Math.max(0, decimals - Math.round(Math.log10(scale))));
}

function withUnit(q: Quantity, unit: Unit, source: NonNullable<Quantity["unitSource"]>): Quantity {
  return { ...q, unit, unitSource: source, baseValue: toBase(q.value, unit.scale, q.decimals) };
}

/**
 * Excel holds a number; the displayed text and the number format say how it is written.
 * The value is the number itself (×100 under a real % format: 0.124 shows as 12.4%), which keeps the
 * precision the display may round away; decimals are those displayed.
 */
function fromRawNumber(rawNumber: number, text: string, numberFormat: string | undefined): Quantity | null {
  const format = readNumberFormat(numberFormat);
  const value = format.percent ? Number((rawNumber * 100).toPrecision(15)) : rawNumber;
  if (!Number.isFinite(value)) return null;
  const shown = normalize(text);
  const fromText = shown ? parseSingle(shown) : null;
  const decimals = format.decimals ?? fromText?.decimals ?? decimalsOf(value);
  let q: Quantity = {
    text: shown || String(value),
    value,
    baseValue: value,
    unit: null,
    decimals,
  };
  if (fromText?.note !== undefined) q.note = fromText.note;
  if (fromText?.noteYear) q.noteYear = fromText.noteYear;
  if (fromText?.bound) q.bound = fromText.bound;
  if (fromText?.approx) q.approx = true;

  const formatUnit = format.percent ? parseUnitText("%") : format.suffix ? parseUnitText(format.suffix) : null;
  if (formatUnit) q = withUnit(q, formatUnit, "numberFormat");
  else if (fromText?.unit) q = withUnit(q, fromText.unit, "text");
  return q;
}

/** Decimal places of a stored number as JavaScript writes it (12.4 → 1), capped for float noise. */
function decimalsOf(n: number): number {
  const s = String(n);
  const dot = s.indexOf(".");
  return dot < 0 || s.includes("e") ? 0 : Math.min(10, s.length - dot - 1);
}

// ── Multi-metric cells ────────────────────────────────────────────────────────────────────────
// 「1日平均: 30.3件 乗合率: 35.9%」「88.9件 37.7%」
// 「乗合タクシー ・1日平均:129.8人 ・乗合率:38.6% 運賃補助 ・1日平均:163.7件」

/** Tokens: a bracketed note, a colon, or a run of anything else (bullets ・ act as spaces). */
const TOKEN = /\([^()]*\)|:|[^\s:()・]+|[()]/g;
/** A label glued to its number: 乗合率35.9%. Two characters at least, so R6 or 第3 are not labels. */
const GLUED_LABEL = /^([^\d\s:()]{2,}?)(?=(?:約|およそ)?[△▲+-]?\d)/;
const YEAR_WORD = /(令和|平成|昭和|[A-Za-z])$/;

/**
 * Split a cell into labelled parts. A word followed by ":" labels the next number; other words name
 * a group ("乗合タクシー") that prefixes the labels after it. Unlabelled numbers are numbered "1",
 * "2", … Null when anything is left that is neither a label, a group nor a quantity.
 */
function parseParts(t: string): QuantityPart[] | null {
  const tokens = t.match(TOKEN) ?? [];
  // A bracketed note belongs to the value before it.
  const merged: string[] = [];
  for (const tok of tokens) {
    if (tok.startsWith("(") && tok.endsWith(")") && merged.length > 0 && merged[merged.length - 1] !== ":") {
      merged[merged.length - 1] += tok;
    } else merged.push(tok);
  }

  const parts: QuantityPart[] = [];
  let group = "";
  let label: string | null = null;
  let lastWasWord = false;
  for (let i = 0; i < merged.length; i++) {
    const tok = merged[i];
    if (tok === ":") return null; // a colon without a label
    if (merged[i + 1] === ":") {
      if (label !== null) group = label; // 運賃補助: 1日平均: 125.3件
      label = tok;
      i++;
      lastWasWord = false;
      continue;
    }
    const part = readPart(tok, label);
    if (part) {
      const name = [group, part.label].filter(Boolean).join(" ") || String(parts.length + 1);
      parts.push({ label: uniqueLabel(name, parts), quantity: part.quantity });
      label = null;
      lastWasWord = false;
      continue;
    }
    // A word last names no part: the cell is no multi-metric cell, whatever the word (most cells
    // tried here are one long word, an indicator name: no need to look for years in it).
    if (i === merged.length - 1) return null;
    // A year is not a group name: "R6 12人" is a year and a value in one cell, not a metric "R6".
    if (label !== null || tok.startsWith("(") || tok === ")" || findYears(tok).length > 0) return null;
    group = lastWasWord ? `${group} ${tok}` : tok;
    lastWasWord = true;
  }
  if (label !== null || lastWasWord || parts.length === 0) return null;
  return parts;
}

/** "運賃補助" twice in one cell becomes "運賃補助" and "運賃補助 2", so every part can be paired. */
function uniqueLabel(name: string, parts: QuantityPart[]): string {
  if (!parts.some((p) => p.label === name)) return name;
  let k = 2;
  while (parts.some((p) => p.label === `${name} ${k}`)) k++;
  return `${name} ${k}`;
}

/** One value token, with the label before it (or glued to it); the label's period applies. */
function readPart(tok: string, label: string | null): { label: string; quantity: Quantity } | null {
  const direct = parseSingle(label !== null && Object.hasOwn(PERIOD_OF_PREFIX, label) ? `${label}${tok}` : tok);
  if (direct) return { label: label ?? "", quantity: { ...direct, text: tok } };
  const glued = GLUED_LABEL.exec(tok);
  if (!glued || YEAR_WORD.test(glued[1])) return null;
  const valueText = tok.slice(glued[1].length);
  const q = parseSingle(Object.hasOwn(PERIOD_OF_PREFIX, glued[1]) ? tok : valueText);
  if (!q) return null;
  const name = label !== null ? `${label} ${glued[1]}` : glued[1];
  return { label: name, quantity: { ...q, text: valueText } };
}

const LABEL_SEPARATORS = /[\s・:]+/;
const POSITIONAL = /^\d+$/;

/** Memoised: every value cell of a multi-metric row is matched label by label, on every row. */
const labelWords = memoizeText((label: string): readonly string[] => label.split(LABEL_SEPARATORS).filter(Boolean));
const labelKey = memoizeText((label: string) => labelWords(label).join(" "));

/**
 * Whether two part labels name the same metric across cells: the same words (spaces, bullets and
 * colons aside), or one is the other with a group in front ("1日平均" ~ "乗合タクシー 1日平均").
 * Whole words only: "率" does not match "乗合率". Positional labels ("1", "2") match only themselves.
 */
export function matchPartLabel(a: string, b: string): boolean {
  const x = labelWords(a);
  const y = labelWords(b);
  const [shorter, longer] = x.length <= y.length ? [x, y] : [y, x];
  if (shorter.length === 0) return false;
  if (shorter.length < longer.length && shorter.length === 1 && POSITIONAL.test(shorter[0])) return false;
  const offset = longer.length - shorter.length;
  return shorter.every((w, i) => w === longer[offset + i]);
}

/**
 * The part of `parts` that matches `label`: an exact match first, else the only one that
 * matchPartLabel accepts. Null when none or several do ("1日平均" against both
 * "乗合タクシー 1日平均" and "運賃補助 1日平均" is ambiguous).
 */
export function findMatchingPart(label: string, parts: QuantityPart[]): QuantityPart | null {
  const key = labelKey(label);
  const exact = parts.find((p) => labelKey(p.label) === key);
  if (exact) return exact;
  const candidates = parts.filter((p) => matchPartLabel(label, p.label));
  return candidates.length === 1 ? candidates[0] : null;
}
