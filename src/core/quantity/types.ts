import { z } from "zod/mini";
import { FiscalYearSchema } from "../years/types";

/** The period a value is counted over: /年, /月, 1日平均 (日). */
export const PeriodSchema = z.enum(["年", "月", "日"]);
export type Period = z.infer<typeof PeriodSchema>;

export const UnitSchema = z.object({
  /**
   * Canonical counter with the scale word removed: "人", "件", "円", "%", "t-CO2", "m3", "m2",
   * "ha", "機関" (医療機関 → 機関), "施設", "世帯", … ; "" for a bare number.
   */
  counter: z.string(),
  /** Multiplier from the number as written to base units: 億 → 1e8, 万 → 1e4, 千(円) → 1e3, else 1. */
  scale: z.number(),
  /** /年, /月 or 1日平均; absent when none is written. */
  period: z.optional(PeriodSchema),
  /** The unit exactly as written after NFKC, e.g. "億円/年", "千円/年", "人". */
  written: z.string(),
});
export type Unit = z.infer<typeof UnitSchema>;

export const BoundSchema = z.enum(["以上", "以下", "超", "未満"]);
export type Bound = z.infer<typeof BoundSchema>;

export const QuantitySchema = z.object({
  /** The text it was read from (cell text or a part of it). */
  text: z.string(),
  /** The number as written: 137 for 137億円, 37.7 for 37.7万件/月. */
  value: z.number(),
  /** value × unit.scale: 1.37e10 for 137億円. */
  baseValue: z.number(),
  unit: z.nullable(UnitSchema),
  /** Decimal places as written: 12.4% → 1, 17,842人 → 0. */
  decimals: z.int(),
  /** A parenthesised note, without the brackets: "R6年度から3市町村平均", "予約契約を含む". */
  note: z.optional(z.string()),
  /** A year named in the note (0人（R6） → R6). */
  noteYear: z.optional(FiscalYearSchema),
  /** 以上/以下/超/未満 written with the value ("96.0以上"). */
  bound: z.optional(BoundSchema),
  /** 約/程度/およそ written with the value. */
  approx: z.optional(z.boolean()),
  /** Where the unit came from when it was not in the text. */
  unitSource: z.optional(z.enum(["text", "numberFormat", "unitColumn"])),
});
export type Quantity = z.infer<typeof QuantitySchema>;

/** One labelled metric of a multi-metric cell: "乗合タクシー 1日平均", "乗合率". */
export const QuantityPartSchema = z.object({
  label: z.string(),
  quantity: QuantitySchema,
});
export type QuantityPart = z.infer<typeof QuantityPartSchema>;

/**
 * What a value cell holds. `none` is 実績なし (or 未実施, －), `all` is 全園/全校 (every unit of
 * the kind), `blank` an empty cell; `unparseable` keeps the text for the finding.
 */
export const ParsedValueSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("quantity"), quantity: QuantitySchema }),
  z.object({ kind: z.literal("multi"), text: z.string(), parts: z.array(QuantityPartSchema) }),
  z.object({ kind: z.literal("none"), text: z.string() }),
  z.object({ kind: z.literal("all"), text: z.string(), counter: z.string() }),
  z.object({ kind: z.literal("blank") }),
  z.object({ kind: z.literal("unparseable"), text: z.string() }),
  /**
   * A target or value stated in words (設置, 実施, 向上, 増加を目指します(32年)): not a number, and no
   * mistake either. `direction` when the words say which way (増加 up, 減少 down, 維持 keep).
   */
  z.object({
    kind: z.literal("qualitative"),
    text: z.string(),
    direction: z.optional(z.enum(["up", "down", "keep"])),
  }),
]);
export type ParsedValue = z.infer<typeof ParsedValueSchema>;

/** Hints for reading one cell: the raw cell value, its number format, a unit column's text. */
export interface QuantityHints {
  /** The raw cell value when Excel holds a number (unit only in the number format). */
  rawNumber?: number;
  numberFormat?: string;
  /** Text of the row's 単位 column, e.g. "人" or "千円". */
  unitColumn?: string;
}
