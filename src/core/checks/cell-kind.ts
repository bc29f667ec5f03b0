import { normalize, withoutSpaces } from "../text/normalize";
import { memoizeText } from "../text/memo";
import { parseFiscalYear } from "../years/era";
import { parseQuantityOnce, startsLikeAmount } from "../quantity/parse";
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

/** A short source name: …資料, …管理表, 運行実績. */
function looksLikeSource(bare: string): boolean {
  return SOURCE_END.test(bare) && bare.length <= 30;
}

/** Memoised: COLUMN_SHIFT classifies the same texts (units, years, 継続) row after row. */
export const cellKind: (raw: string) => CellKind = memoizeText(classify);

/**
 * cellKind of a text the sheet writes once (an indicator's name; a repeated one is a
 * DUPLICATE_INDICATOR), without the memo: it would keep every row's name and never be asked again.
 */
export function cellKindOnce(raw: string): CellKind {
  return classify(raw);
}

function classify(raw: string): CellKind {
  const text = normalize(raw);
  if (text === "") return "blank";
  // A sentence is a sentence: no need to try it as a value or a year.
  if (text.includes("。") && text.replace(/\([^)]*\)/g, "").includes("。")) return "prose";
  if (STATUS.has(withoutSpaces(text))) return "status";
  if (text.length <= YEAR_LENGTH && parseFiscalYear(text)) return "year";
  const bare = text.includes("(") ? text.replace(/\([^)]*\)/g, "").trim() : text;
  if (!bare.includes("。") && bare.length <= 60) {
    const v = parseQuantityOnce(text);
    if (v.kind === "quantity" && startsLikeAmount(bare)) {
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
