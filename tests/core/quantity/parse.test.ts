import type { ParsedValue, Quantity } from "../../../src/core/quantity/types";
import { ParsedValueSchema } from "../../../src/core/quantity/types";
import { findMatchingPart, matchPartLabel, parseQuantity } from "../../../src/core/quantity/parse";

function q(text: string, hints?: Parameters<typeof parseQuantity>[1]): Quantity {
  const r = parseQuantity(text, hints);
  if (r.kind !== "quantity") throw new Error(`${text}: expected a quantity, got ${JSON.stringify(r)}`);
  return r.quantity;
}

describe("parseQuantity — single values", () => {
  it.each<[string, number, number, string, number, string | undefined, number]>([
    // text, value, baseValue, counter, scale, period, decimals
    ["186億円/年", 186, 1.86e10, "円", 1e8, "年", 0],
    ["62,233人/年", 62233, 62233, "人", 1, "年", 0],
    ["14%", 14, 14, "%", 1, undefined, 0],
    ["12.4%", 12.4, 12.4, "%", 1, undefined, 1],
    ["37.7万件/月", 37.7, 377000, "件", 1e4, "月", 1],
    ["2,618,714千円/年", 2618714, 2618714000, "円", 1e3, "年", 0],
    ["3百万円", 3, 3e6, "円", 1e6, undefined, 0],
    ["192.2t-CO₂/年", 192.2, 192.2, "t-CO2", 1, "年", 1],
    ["8,189ｔ-CO₂/年", 8189, 8189, "t-CO2", 1, "年", 0],
    ["461,000t-CO₂/年", 461000, 461000, "t-CO2", 1, "年", 0],
    ["51㎥/年", 51, 51, "m3", 1, "年", 0],
    ["12,000㎡", 12000, 12000, "m2", 1, undefined, 0],
    ["46ha", 46, 46, "ha", 1, undefined, 0],
    ["24機関", 24, 24, "機関", 1, undefined, 0],
    ["6医療機関", 6, 6, "機関", 1, undefined, 0],
    ["265.5人/年", 265.5, 265.5, "人", 1, "年", 1],
    ["79.7%/年", 79.7, 79.7, "%", 1, "年", 1],
    ["15か所", 15, 15, "か所", 1, undefined, 0],
    ["15箇所", 15, 15, "か所", 1, undefined, 0],
    ["13園", 13, 13, "園", 1, undefined, 0],
    ["1,563,429人", 1563429, 1563429, "人", 1, undefined, 0],
    ["20品", 20, 20, "品", 1, undefined, 0],
    ["45クラブ", 45, 45, "クラブ", 1, undefined, 0],
    ["97世帯", 97, 97, "世帯", 1, undefined, 0],
    ["9団体", 9, 9, "団体", 1, undefined, 0],
    ["56組織", 56, 56, "組織", 1, undefined, 0],
    ["146事業所", 146, 146, "事業所", 1, undefined, 0],
    ["125,191枚/年", 125191, 125191, "枚", 1, "年", 0],
    ["4回/年", 4, 4, "回", 1, "年", 0],
    ["4回/年度", 4, 4, "回", 1, "年", 0],
    ["2件", 2, 2, "件", 1, undefined, 0],
    ["3社", 3, 3, "社", 1, undefined, 0],
    ["12.0%", 12, 12, "%", 1, undefined, 1],
    ["１７，８４２人／年", 17842, 17842, "人", 1, "年", 0],
    ["△5人", -5, -5, "人", 1, undefined, 0],
  ])("%s", (text, value, baseValue, counter, scale, period, decimals) => {
    const r = q(text);
    expect(r.value).toBe(value);
    expect(r.baseValue).toBe(baseValue);
    expect(r.unit?.counter).toBe(counter);
    expect(r.unit?.scale).toBe(scale);
    expect(r.unit?.period).toBe(period);
    expect(r.decimals).toBe(decimals);
    expect(r.unitSource).toBe("text");
  });

  it("allows a space between the number and its unit", () => {
    expect(q("3,096,000 千円")).toMatchObject({
      value: 3096000,
      unit: { counter: "円", scale: 1000, written: "千円" },
    });
    expect(q("12.4 %").unit!.counter).toBe("%");
    expect(q("12 人 / 年").unit).toMatchObject({ counter: "人", period: "年" });
  });

  it("keeps the unit as written (after NFKC), scale word and period included", () => {
    expect(q("186億円/年").unit!.written).toBe("億円/年");
    expect(q("8,189ｔ-CO₂/年").unit!.written).toBe("t-CO2/年");
    expect(q("6医療機関").unit!.written).toBe("医療機関");
    expect(q("62,233人/年").text).toBe("62,233人/年");
  });

  it("reads a bare number as a number without a unit", () => {
    const r = q("12.4");
    expect(r).toMatchObject({ value: 12.4, baseValue: 12.4, unit: null, decimals: 1 });
    expect(r.unitSource).toBeUndefined();
  });

  it("keeps a bracketed note and the year named in it", () => {
    expect(q("0人（R6）")).toMatchObject({ value: 0, note: "R6", noteYear: { fy: 2024, label: "R6" } });
    expect(q("0件/年（R6）")).toMatchObject({ value: 0, note: "R6", unit: { counter: "件", period: "年" } });
    expect(q("64.8%(R6年度から3市町村平均)")).toMatchObject({
      value: 64.8,
      decimals: 1,
      note: "R6年度から3市町村平均",
      noteYear: { label: "R6" },
    });
    expect(q("11.9人（令和5年度の19市平均）")).toMatchObject({ value: 11.9, noteYear: { fy: 2023, label: "R5" } });
    const plain = q("53件（予約契約を含む）");
    expect(plain).toMatchObject({ value: 53, note: "予約契約を含む" });
    expect(plain.noteYear).toBeUndefined();
    expect(q("53件\n（予約契約を含む）").note).toBe("予約契約を含む");
    expect(q("53件").note).toBeUndefined();
  });

  it("reads bounds (以上/以下/超/未満) and approximations (約/程度/およそ)", () => {
    expect(q("96.0以上")).toMatchObject({ value: 96, decimals: 1, bound: "以上", unit: null });
    expect(q("150人以下").bound).toBe("以下");
    expect(q("10件超").bound).toBe("超");
    expect(q("5%未満").bound).toBe("未満");
    expect(q("96.0").bound).toBeUndefined();
    expect(q("約300人")).toMatchObject({ value: 300, approx: true, unit: { counter: "人" } });
    expect(q("5,000人程度")).toMatchObject({ value: 5000, approx: true, unit: { counter: "人" } });
    expect(q("およそ20件").approx).toBe(true);
    expect(q("300人程度以上")).toMatchObject({ approx: true, bound: "以上" });
    expect(q("300人").approx).toBeUndefined();
  });

  it("reads 1日平均 / 年間 written before the number as the period", () => {
    expect(q("1日平均30.3件").unit).toMatchObject({ counter: "件", period: "日" });
    expect(q("1日平均: 120.0件").value).toBe(120);
    expect(q("年間120人").unit).toMatchObject({ counter: "人", period: "年" });
    expect(q("1日30件").unit).toMatchObject({ counter: "件", period: "日" });
    expect(q("1日").unit).toMatchObject({ counter: "日" });
    expect(q("30件").unit!.period).toBeUndefined();
  });

  it("keeps exact base values for decimal numbers under a scale word", () => {
    expect(q("1.1億円").baseValue).toBe(110000000);
    expect(q("0.3万人").baseValue).toBe(3000);
    expect(q("37.7万件/月").baseValue).toBe(377000);
  });
});

describe("parseQuantity — legal non-numbers", () => {
  it("reads blank cells as blank", () => {
    expect(parseQuantity("")).toEqual({ kind: "blank" });
    expect(parseQuantity("  \n ")).toEqual({ kind: "blank" });
  });

  it("reads 実績なし and dashes as none, keeping the text", () => {
    expect(parseQuantity("実績なし")).toEqual({ kind: "none", text: "実績なし" });
    expect(parseQuantity("未実施").kind).toBe("none");
    expect(parseQuantity("－").kind).toBe("none");
    expect(parseQuantity("―").kind).toBe("none");
    expect(parseQuantity("実績なし（R6）").kind).toBe("none");
    expect(parseQuantity("集計中").kind).toBe("none");
    expect(parseQuantity("実績あり").kind).toBe("unparseable");
    expect(parseQuantity("集計中止").kind).toBe("unparseable");
  });

  it("reads 全園 / 全校 as every unit of the kind", () => {
    expect(parseQuantity("全園")).toEqual({ kind: "all", text: "全園", counter: "園" });
    expect(parseQuantity("全校")).toMatchObject({ kind: "all", counter: "校" });
    expect(parseQuantity("全員")).toMatchObject({ kind: "all", counter: "人" });
    expect(parseQuantity("全ての園").kind).toBe("unparseable");
  });
});

describe("parseQuantity — unparseable text", () => {
  it.each([
    "R6",
    "令和6年度",
    "2019年度",
    "2019年",
    "継続",
    "R6の現状から年1%の増加を目指す。",
    "100人増",
    "5%減",
    "30件 見込み",
    "#N/A",
    "#DIV/0!",
    "=A1*1.01",
    "1,2345人",
    "人",
    "12人の増加",
    "(12人)",
    "乗合率:",
    ": 12人",
  ])("%s", (text) => {
    expect(parseQuantity(text)).toEqual({ kind: "unparseable", text });
  });

  it("keeps the original text (not the normalised one) for the finding", () => {
    expect(parseQuantity(" ＲＥＦ！ ")).toEqual({ kind: "unparseable", text: "ＲＥＦ！" });
  });

  it("gives up on very long text instead of scanning it", () => {
    const long = "12人 ".repeat(2500);
    expect(parseQuantity(long).kind).toBe("unparseable");
    expect(parseQuantity("x".repeat(10000)).kind).toBe("unparseable");
  });

  it("rejects numbers beyond the double range instead of returning Infinity", () => {
    expect(parseQuantity(`${"9".repeat(320)}人`).kind).toBe("unparseable");
    expect(parseQuantity("12", { rawNumber: 1e307, numberFormat: "0%" }).kind).toBe("unparseable");
    expect(parseQuantity("12", { rawNumber: 1e300, numberFormat: "0%" }).kind).toBe("quantity");
  });

  it("reads a number the 単位 column's scale takes past the double range as unparseable", () => {
    expect(parseQuantity("-1.797e306", { rawNumber: -1.797e306, unitColumn: "千" })).toEqual({
      kind: "unparseable",
      text: "-1.797e306",
    });
    expect(parseQuantity(`1${"0".repeat(306)}`, { unitColumn: "千円" })).toEqual({
      kind: "unparseable",
      text: `1${"0".repeat(306)}`,
    });
    expect(q("-1.797e305", { rawNumber: -1.797e305, unitColumn: "千" }).baseValue).toBe(-1.797e305 * 1000);
  });

  it("reads a year-like number of years only when it cannot be a year", () => {
    expect(q("10年").unit!.counter).toBe("年");
  });
});

describe("parseQuantity — multi-metric cells", () => {
  const parts = (text: string) => {
    const r = parseQuantity(text);
    if (r.kind !== "multi") throw new Error(`${text}: expected multi, got ${r.kind}`);
    return r.parts.map((p) => [
      p.label,
      p.quantity.value,
      p.quantity.unit?.counter ?? null,
      p.quantity.unit?.period ?? null,
    ]);
  };

  it("labelled metrics", () => {
    expect(parts("1日平均: 30.3件 乗合率: 35.9%")).toEqual([
      ["1日平均", 30.3, "件", "日"],
      ["乗合率", 35.9, "%", null],
    ]);
  });

  it("unlabelled metrics get positional labels", () => {
    expect(parts("88.9件 37.7%")).toEqual([
      ["1", 88.9, "件", null],
      ["2", 37.7, "%", null],
    ]);
  });

  it("groups prefix the labels after them", () => {
    expect(parts("乗合タクシー 1日平均:123.4人 乗合率:33.8% 運賃補助 1日平均:125.3件")).toEqual([
      ["乗合タクシー 1日平均", 123.4, "人", "日"],
      ["乗合タクシー 乗合率", 33.8, "%", null],
      ["運賃補助 1日平均", 125.3, "件", "日"],
    ]);
  });

  it("bullets and line breaks are separators", () => {
    expect(parts("乗合タクシー\n・1日平均:129.8人\n・乗合率:38.6%\n運賃補助\n・1日平均:163.7件")).toEqual([
      ["乗合タクシー 1日平均", 129.8, "人", "日"],
      ["乗合タクシー 乗合率", 38.6, "%", null],
      ["運賃補助 1日平均", 163.7, "件", "日"],
    ]);
  });

  it("full-width colons and digits read the same", () => {
    expect(parts("１日平均：３０．３件　乗合率：３５．９％")).toEqual(parts("1日平均: 30.3件 乗合率: 35.9%"));
  });

  it("a label after a label makes the first one the group", () => {
    expect(parts("運賃補助: 1日平均: 125.3件")).toEqual([["運賃補助 1日平均", 125.3, "件", "日"]]);
  });

  it("a group with several unlabelled values numbers the repeats", () => {
    expect(parts("運賃補助 12件 30%")).toEqual([
      ["運賃補助", 12, "件", null],
      ["運賃補助 2", 30, "%", null],
    ]);
  });

  it("a label glued to its number", () => {
    expect(parts("乗合率35.9%")).toEqual([["乗合率", 35.9, "%", null]]);
  });

  it("keeps each part's own text, note and decimals", () => {
    const r = parseQuantity("14.6人\n11.9人\n\n（令和5年度の19市平均）");
    expect(r.kind).toBe("multi");
    if (r.kind !== "multi") return;
    expect(r.parts[0].quantity).toMatchObject({ text: "14.6人", value: 14.6, decimals: 1 });
    expect(r.parts[1].quantity).toMatchObject({ value: 11.9, noteYear: { label: "R5" } });
    expect(r.text).toBe("14.6人\n11.9人\n\n（令和5年度の19市平均）");
  });

  it("does not take an era letter for a label", () => {
    expect(parseQuantity("R6 12人").kind).toBe("unparseable");
    expect(parseQuantity("第3期").kind).toBe("unparseable");
  });

  it("a word after the last value makes the cell no multi-metric cell", () => {
    expect(parseQuantity("オンライン診療実施医療機関数[2298]").kind).toBe("unparseable");
    expect(parseQuantity("1日平均: 30.3件 R6").kind).toBe("unparseable");
    expect(parseQuantity("1日平均: 30.3件 乗合率").kind).toBe("unparseable");
    expect(parseQuantity("乗合率35.9%").kind).toBe("multi");
  });

  it("every result satisfies the contract schema", () => {
    const samples = ["1日平均: 30.3件 乗合率: 35.9%", "88.9件 37.7%", "0人（R6）", "全園", "", "実績なし", "x"];
    for (const s of samples) expect(ParsedValueSchema.safeParse(parseQuantity(s) as ParsedValue).success).toBe(true);
  });
});

describe("matchPartLabel / findMatchingPart", () => {
  it("matches equal labels and a label with its group in front", () => {
    expect(matchPartLabel("1日平均", "乗合タクシー 1日平均")).toBe(true);
    expect(matchPartLabel("乗合タクシー 1日平均", "乗合タクシー・1日平均")).toBe(true);
    expect(matchPartLabel("乗合率", "乗合タクシー 乗合率")).toBe(true);
    expect(matchPartLabel("乗合率", "乗合タクシー 1日平均")).toBe(false);
    expect(matchPartLabel("運賃補助 1日平均", "乗合タクシー 1日平均")).toBe(false);
    expect(matchPartLabel("率", "乗合タクシー 乗合率")).toBe(false);
    expect(matchPartLabel("", "乗合率")).toBe(false);
    expect(matchPartLabel("・1日平均:", "乗合タクシー 1日平均")).toBe(true);
  });

  it("matches positional labels only to themselves", () => {
    expect(matchPartLabel("1", "1")).toBe(true);
    expect(matchPartLabel("1", "乗合タクシー 1")).toBe(false);
    expect(matchPartLabel("2", "1")).toBe(false);
  });

  it("finds the one matching part, or none when ambiguous", () => {
    const r = parseQuantity("乗合タクシー 1日平均:122.3人 乗合率:36.4% 運賃補助 1日平均:153.9件");
    if (r.kind !== "multi") throw new Error("expected multi");
    expect(findMatchingPart("乗合率", r.parts)?.quantity.value).toBe(36.4);
    expect(findMatchingPart("運賃補助 1日平均", r.parts)?.quantity.value).toBe(153.9);
    expect(findMatchingPart("1日平均", r.parts)).toBeNull();
    expect(findMatchingPart("利用率", r.parts)).toBeNull();
  });
});

describe("parseQuantity — hints from Excel", () => {
  it("takes the unit from a number format's literal", () => {
    const r = q("18,940人/年", { rawNumber: 18939.6, numberFormat: '#,##0"人/年"' });
    expect(r).toMatchObject({
      value: 18939.6,
      decimals: 0,
      unit: { counter: "人", period: "年" },
      unitSource: "numberFormat",
    });
  });

  it('multiplies by 100 under a real % format, not under a literal "%"', () => {
    expect(q("12.4%", { rawNumber: 0.124, numberFormat: "0.0%" })).toMatchObject({
      value: 12.4,
      decimals: 1,
      unit: { counter: "%" },
      unitSource: "numberFormat",
    });
    expect(q("12.4%", { rawNumber: 12.4, numberFormat: '0.0"%"' })).toMatchObject({
      value: 12.4,
      decimals: 1,
      unit: { counter: "%" },
    });
  });

  it('takes scale words from the format: #,##0"千円"', () => {
    expect(q("3,096,000千円", { rawNumber: 3096000, numberFormat: '#,##0"千円"' })).toMatchObject({
      value: 3096000,
      baseValue: 3096000000,
      unit: { counter: "円", scale: 1000 },
    });
  });

  it("takes the unit from the 単位 column when the cell has none", () => {
    expect(q("3096", { rawNumber: 3096, unitColumn: "千円" })).toMatchObject({
      value: 3096,
      baseValue: 3096000,
      unit: { counter: "円", scale: 1000, written: "千円" },
      unitSource: "unitColumn",
    });
    expect(q("12", { unitColumn: "件/年" })).toMatchObject({
      unit: { counter: "件", period: "年" },
      unitSource: "unitColumn",
    });
    expect(q("12", { unitColumn: "%" }).unit!.counter).toBe("%");
  });

  it("keeps the cell's own unit over the 単位 column", () => {
    expect(q("12人", { unitColumn: "件" })).toMatchObject({ unit: { counter: "人" }, unitSource: "text" });
  });

  it("ignores a 単位 column that is not a unit", () => {
    expect(q("12", { unitColumn: "備考を参照" }).unit).toBeNull();
  });

  it("reads the same text under each row's 単位 column, and without one, as its own", () => {
    expect(q("2.5", { unitColumn: "千円" })).toMatchObject({ baseValue: 2500, unitSource: "unitColumn" });
    expect(q("2.5", { unitColumn: "人" })).toMatchObject({ baseValue: 2.5, unit: { counter: "人" } });
    expect(q("2.5").unit).toBeNull();
    expect(q("2.5", { rawNumber: 2.5, unitColumn: "万人" })).toMatchObject({ baseValue: 25000 });
    expect(q("2.5", { rawNumber: 2.5 }).unit).toBeNull();
    expect(parseQuantity("なし", { unitColumn: "人" })).toEqual({ kind: "none", text: "なし" });
  });

  it("uses General numbers as they are, decimals as displayed", () => {
    expect(q("12.4", { rawNumber: 12.4, numberFormat: "General" })).toMatchObject({
      value: 12.4,
      decimals: 1,
      unit: null,
    });
    expect(q("", { rawNumber: 0.1 + 0.2 })).toMatchObject({ value: 0.1 + 0.2, decimals: 10 });
    expect(q("1,234", { rawNumber: 1234.4, numberFormat: "#,##0" })).toMatchObject({ value: 1234.4, decimals: 0 });
  });

  it("keeps a unit the display text shows when the format has none", () => {
    expect(q("5人", { rawNumber: 5 })).toMatchObject({ unit: { counter: "人" }, unitSource: "text" });
  });

  it("falls back to reading the text when the raw number is not finite", () => {
    expect(parseQuantity("#N/A", { rawNumber: Number.NaN }).kind).toBe("unparseable");
  });
});

describe("parseQuantity — names of Object.prototype are plain text", () => {
  it.each(["valueOf", "constructor", "toString", "__proto__", "hasOwnProperty"])("%s", (name) => {
    expect(parseQuantity(name).kind).toBe("unparseable");
    expect(parseQuantity("12", { unitColumn: name })).toMatchObject({ kind: "quantity", quantity: { unit: null } });
    expect(parseQuantity(`12${name}`).kind).not.toBe("quantity");
    expect(parseQuantity(`${name}: 12人`)).toMatchObject({ kind: "multi", parts: [{ label: name }] });
  });
});

/**
 * A text without a digit outside its bracketed note is not tried as an amount (most indicator
 * names). Near misses on both sides: a digit that makes the text a value wherever it stands, a
 * note's digit that never does, and the words read without any digit.
 */
describe("parseQuantity — names and texts without a number outside their note", () => {
  it.each([
    "図書館利用者数",
    "図書館利用者数（12）",
    "図書館利用者数(R6年度)",
    "利用者数（12人）",
    "図書館利用者数［12］",
    "1歳～11歳に占める病児病後児保育登録者の割合",
    "約",
    "約（300人）",
    "全ての園",
    "向上↑",
    "R6",
    "2019年",
  ])("%s is unparseable", (text) => {
    expect(parseQuantity(text)).toEqual({ kind: "unparseable", text });
  });

  it("reads the words for none, all and a target in words with or without a note", () => {
    expect(parseQuantity("なし")).toEqual({ kind: "none", text: "なし" });
    expect(parseQuantity("該当なし（R6）")).toEqual({ kind: "none", text: "該当なし（R6）" });
    expect(parseQuantity("ー")).toEqual({ kind: "none", text: "ー" });
    expect(parseQuantity("全校（12校）")).toEqual({ kind: "all", text: "全校（12校）", counter: "校" });
    // A unit with a digit of its own: read as every m2, although the text has a digit.
    expect(parseQuantity("全m2")).toEqual({ kind: "all", text: "全m2", counter: "m2" });
    expect(parseQuantity("向上（R6比）")).toEqual({ kind: "qualitative", text: "向上（R6比）", direction: "up" });
    expect(parseQuantity("増加を目指します")).toMatchObject({ kind: "qualitative", direction: "up" });
  });

  it("reads a number outside the note wherever it stands", () => {
    expect(q("約300人")).toMatchObject({ value: 300, approx: true });
    expect(q("12時間").unit?.counter).toBe("時間");
    expect(q("年間30人")).toMatchObject({ value: 30, unit: { counter: "人", period: "年" } });
    expect(q("75%↑")).toMatchObject({ value: 75, unit: { counter: "%" } });
    expect(q("1月当たりの利用人数1,136人")).toMatchObject({ value: 1136, note: "1月当たりの利用人数" });
    expect(q("12人（R6）")).toMatchObject({ value: 12, note: "R6", noteYear: { fy: 2024 } });
    expect(parseQuantity("乗合率35.9%")).toMatchObject({ kind: "multi", parts: [{ label: "乗合率" }] });
    expect(parseQuantity("路線バス利用者数51")).toMatchObject({
      kind: "multi",
      parts: [{ label: "路線バス利用者数" }],
    });
    // A word for none before a number labels it: not a none.
    expect(parseQuantity("実績なし 12件")).toMatchObject({ kind: "multi", parts: [{ label: "実績なし" }] });
  });
});
