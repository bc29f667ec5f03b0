import fc from "fast-check";
import { parseQuantity } from "../../../src/core/quantity/parse";
import { formatLike } from "../../../src/core/quantity/format";
import { roundHalfUp } from "../../../src/core/quantity/round";
import { normalize } from "../../../src/core/text/normalize";
import { ParsedValueSchema } from "../../../src/core/quantity/types";
import type { ParsedValue } from "../../../src/core/quantity/types";

/** Pieces real value cells are made of, so random strings reach the deep branches too. */
const piece = fc.constantFrom(
  "1",
  "12",
  "0",
  ".",
  ",",
  "4",
  "17,842",
  "12.4",
  "万",
  "億",
  "千",
  "円",
  "人",
  "件",
  "%",
  "/年",
  "/月",
  "(",
  ")",
  "（",
  "）",
  "R6",
  "令和5年度",
  "約",
  "程度",
  "以上",
  "未満",
  ":",
  "：",
  "・",
  " ",
  "\n",
  "1日平均",
  "乗合率",
  "乗合タクシー",
  "全",
  "園",
  "実績なし",
  "-",
  "－",
  "△",
  "t-CO₂",
  "㎥",
  "医療機関",
  "#N/A",
  "=",
  "ー",
);
const cellLike = fc.array(piece, { maxLength: 12 }).map((xs) => xs.join(""));
const anyText = fc.oneof(fc.string({ unit: "binary", maxLength: 60 }), cellLike);

const toWide = (s: string) => s.replace(/[0-9,.%()/:]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

/** The parts of a result that must not depend on how wide the characters were written. */
function essence(r: ParsedValue): unknown {
  switch (r.kind) {
    case "quantity":
      return [
        r.kind,
        r.quantity.value,
        r.quantity.baseValue,
        r.quantity.decimals,
        r.quantity.unit?.counter,
        r.quantity.unit?.period,
        r.quantity.note,
      ];
    case "multi":
      return [r.kind, r.parts.map((p) => [p.label, p.quantity.value, p.quantity.unit?.counter])];
    default:
      return [r.kind];
  }
}

describe("parseQuantity — properties", () => {
  it("never throws and always returns a value the contract schema accepts", () => {
    fc.assert(
      fc.property(anyText, (s) => {
        expect(ParsedValueSchema.safeParse(parseQuantity(s)).success).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it("never throws with any hints", () => {
    fc.assert(
      fc.property(
        anyText,
        fc.option(fc.double(), { nil: undefined }),
        fc.option(fc.oneof(fc.string(), fc.constantFrom("0.0%", '#,##0"人/年"', "General", '[Red]"', "\\", "_", "*")), {
          nil: undefined,
        }),
        fc.option(anyText, { nil: undefined }),
        (text, rawNumber, numberFormat, unitColumn) => {
          const r = parseQuantity(text, { rawNumber, numberFormat, unitColumn });
          expect(ParsedValueSchema.safeParse(r).success).toBe(true);
          if (rawNumber !== undefined && Math.abs(rawNumber) < 1e300) expect(r.kind).toBe("quantity");
        },
      ),
    );
  });

  it("reads full-width digits, commas and symbols as their ASCII forms", () => {
    fc.assert(
      fc.property(cellLike, (s) => {
        expect(essence(parseQuantity(toWide(s)))).toEqual(essence(parseQuantity(s)));
      }),
      { numRuns: 2000 },
    );
  });

  it("reads a cell and its normalised text the same way", () => {
    fc.assert(
      fc.property(anyText, (s) => {
        expect(essence(parseQuantity(normalize(s)))).toEqual(essence(parseQuantity(s)));
      }),
      { numRuns: 2000 },
    );
  });

  it("reads back what formatLike writes", () => {
    const likes = [
      "17,842人/年",
      "64.8%",
      "163億円/年",
      "2,618,714千円/年",
      "12機関",
      "12.4",
      "1日平均: 30.3件",
      "37.7万件/月",
      "192.2t-CO₂/年",
      "0人（R6）",
      "約300人",
    ].map((t) => {
      const r = parseQuantity(t);
      if (r.kind !== "quantity") throw new Error(t);
      return r.quantity;
    });
    fc.assert(
      fc.property(
        fc.double({ min: -1e12, max: 1e12, noNaN: true }),
        fc.integer({ min: 0, max: 4 }),
        fc.constantFrom(...likes),
        (value, decimals, like) => {
          const text = formatLike(value, like, decimals);
          const back = parseQuantity(text);
          expect(back.kind).toBe("quantity");
          if (back.kind !== "quantity") return;
          expect(back.quantity.value).toBe(roundHalfUp(value, decimals) || 0);
          expect(back.quantity.decimals).toBe(decimals);
          expect(back.quantity.unit?.counter).toBe(like.unit?.counter);
          expect(back.quantity.unit?.period).toBe(like.unit?.period);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
