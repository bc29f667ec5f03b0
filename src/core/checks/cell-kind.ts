import { normalize, withoutSpaces } from "../text/normalize";
import { memoizeText } from "../text/memo";
import { parseFiscalYear } from "../years/era";
import { parseQuantity } from "../quantity/parse";
import type { ParsedValue } from "../quantity/types";
import { StatusSchema } from "../rows/types";

/**
 * What a cell looks like on its own, without knowing its column: the evidence COLUMN_SHIFT
 * compares with what the header expects.
 * - name: an indicator-like name (ends in 数, 率, 割合, 事例 …)
 * - source: a short source name (…資料, …管理表, 運行実績, R1-6実績数値)
 * - prose: a sentence (has 。, or long)
 * - number: a bare number with no unit (a year or a value with its unit in the number format)
 */
export type CellKind = "blank" | "status" | "year" | "number" | "quantity" | "name" | "source" | "prose" | "text";

const STATUS = new Set<string>(StatusSchema.options);
const NAME_END = /(数|率|割合|事例|面積|量|額|時間|距離|延長|満足度|指数|人口|件数|人数|回数|者数)$/;
const SOURCE_END = /(資料|管理表|実績|実績数値|実績値|統計|調査|データ|報告書?|台帳|白書|年報|名簿|システム)$/;
const PROSE_LENGTH = 40;
/** The longest year token: 「令和10年度」, 「2019年度」 (a little spare for spaces). */
const YEAR_LENGTH = 12;
/** How a value starts (after NFKC): a digit, a sign, 約. 「路線バス利用者数2」 is a name, not 2. */
const VALUE_START = /^[\d約△▲+\-.]/;
const DIGIT = /[0-9０-９]/;
const NO_VALUE = /^(実績なし|未実施|全|[―ー－-])/;
/** First characters of parseQuantity's none and all words (実績なし, 未実施, -, 全園 …). */
const NONE_OR_ALL_START = /^[実な無未該集調ー/全-]/;
/**
 * What a value can end with: a digit, a unit (kanji, katakana, Latin, %, m2), a bound or an
 * approximation (以上, 程度, ほど, くらい) or a bracketed note.
 */
const VALUE_END = /[0-9A-Za-z%)\u3005\u4e00-\u9fff\u30a0-\u30ffどい]$/;
const ASCII_DIGIT = /[0-9]/;

/** A short source name: …資料, …管理表, 運行実績. */
export function looksLikeSource(bare: string): boolean {
  return SOURCE_END.test(bare) && bare.length <= 30;
}

/**
 * A cheap test that a cell is plain text (no digit, not a status word, not 実績なし/全…): such a
 * cell can be neither a value, a year nor a status, so a text column holding it needs no closer
 * look. Keeps COLUMN_SHIFT linear and cheap on clean rows.
 */
export function isPlainText(raw: string): boolean {
  const t = raw.trim();
  return !DIGIT.test(t) && !STATUS.has(t) && !NO_VALUE.test(t);
}

/** How a year (令和6年度, R6, 2019年度) can start after NFKC. */
const YEAR_START = /^[令平昭RHSrhs0-9]/;

/**
 * True only when classify would call the text a name, a source, prose or plain text (never a value,
 * a year or a status), decided without classify and its memo: a sheet's indicator names are all
 * distinct, and many hold a digit that isPlainText rejects (図書館利用者数［12］). No bracket (so
 * the text is its own bare text), not a status, not starting like a year, not a value by mayBeValue.
 */
export function surelyTextual(raw: string): boolean {
  const text = normalize(raw);
  if (text === "" || text.includes("(") || YEAR_START.test(text)) return false;
  if (STATUS.has(withoutSpaces(text))) return false;
  return !mayBeValue(text, text);
}

/** Memoised: COLUMN_SHIFT classifies the same texts (units, years, 継続) row after row. */
export const cellKind: (raw: string) => CellKind = memoizeText(classify);

function classify(raw: string): CellKind {
  const text = normalize(raw);
  if (text === "") return "blank";
  // A sentence is a sentence: no need to try it as a value or a year.
  if (text.includes("。") && text.replace(/\([^)]*\)/g, "").includes("。")) return "prose";
  // Most normalised text holds no bracket: skip the regex.
  if (STATUS.has(withoutSpaces(text))) return "status";
  if (text.length <= YEAR_LENGTH && parseFiscalYear(text)) return "year";
  const bare = text.includes("(") ? text.replace(/\([^)]*\)/g, "").trim() : text;
  if (!bare.includes("。") && bare.length <= 60) {
    const v = mayBeValue(text, bare) ? parseQuantity(text) : NOT_A_VALUE;
    if (v.kind === "quantity" && VALUE_START.test(bare)) {
      return v.quantity.unit && v.quantity.unit.counter !== "" ? "quantity" : "number";
    }
    // A lone labelled number without a unit (路線バス利用者数51) is a name with a number in it.
    const multi = v.kind === "multi" && (v.parts.length > 1 || v.parts[0]?.quantity.unit != null);
    if (multi || v.kind === "none" || v.kind === "all") return "quantity";
    if (NAME_END.test(bare)) return "name";
    if (looksLikeSource(bare)) return "source";
  }
  return text.includes("。") || text.length >= PROSE_LENGTH ? "prose" : "text";
}

const NOT_A_VALUE: ParsedValue = { kind: "unparseable", text: "" };

/**
 * A cheap screen before parseQuantity (normalised text): false only when classify could not read
 * the text as a value anyway. A value classify uses starts like one (VALUE_START), is a none or
 * all word, or — a multi-metric cell — holds a digit and ends its last part like a value
 * (「図書館利用者数[12]」 does not: no unit ends in "]"). Separators (・, spaces) may trail.
 */
export function mayBeValue(text: string, bare: string): boolean {
  if (VALUE_START.test(bare) || NONE_OR_ALL_START.test(text)) return true;
  let end = text.length;
  while (end > 0 && (text[end - 1] === "・" || text[end - 1] === " ")) end--;
  return ASCII_DIGIT.test(text) && VALUE_END.test(text.slice(0, end));
}
