import { normalize } from "../text/normalize";
import { parseFiscalYear } from "../years/era";
import { parseQuantity } from "../quantity/parse";
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

export function cellKind(raw: string): CellKind {
  const text = normalize(raw);
  if (text === "") return "blank";
  if (STATUS.has(text.replace(/\s+/g, ""))) return "status";
  if (parseFiscalYear(text)) return "year";
  const bare = text.replace(/\([^)]*\)/g, "").trim();
  if (!bare.includes("。") && bare.length <= 60) {
    const v = parseQuantity(text);
    if (v.kind === "quantity") return v.quantity.unit && v.quantity.unit.counter !== "" ? "quantity" : "number";
    if (v.kind === "multi" || v.kind === "none" || v.kind === "all") return "quantity";
    if (NAME_END.test(bare)) return "name";
    if (SOURCE_END.test(bare) && bare.length <= 30) return "source";
  }
  return text.includes("。") || text.length >= PROSE_LENGTH ? "prose" : "text";
}
