import fc from "fast-check";
import { normalize, parseNumberText, withoutSpaces } from "../../../src/core/text/normalize";

describe("normalize", () => {
  it("folds width with NFKC: digits, ％, brackets, ㎥, CO₂", () => {
    expect(normalize("１７，８４２人／年")).toBe("17,842人/年");
    expect(normalize("１２．４％")).toBe("12.4%");
    expect(normalize("0人（R6）")).toBe("0人(R6)");
    expect(normalize("51㎥/年")).toBe("51m3/年");
    expect(normalize("192.2t-CO₂/年")).toBe("192.2t-CO2/年");
    expect(normalize("ＫＰＩ")).toBe("KPI");
    expect(normalize("　図書館利用者数［12］　（Ｒ６）　")).toBe("図書館利用者数[12] (R6)");
  });

  it("unifies every tilde to ～", () => {
    expect(normalize("R4～R6")).toBe("R4～R6");
    expect(normalize("R4〜R6")).toBe("R4～R6");
    expect(normalize("H18~H23")).toBe("H18～H23");
    expect(normalize("R4∼R6")).toBe("R4～R6");
  });

  it("unifies hyphens and the minus sign to '-', but keeps the katakana long mark", () => {
    expect(normalize("R1‐6")).toBe("R1-6");
    expect(normalize("−5")).toBe("-5");
    expect(normalize("R1―6")).toBe("R1-6");
    expect(normalize("R1–6")).toBe("R1-6");
    expect(normalize("ケーブルテレビ")).toBe("ケーブルテレビ");
    expect(normalize("ｹｰﾌﾞﾙ")).toBe("ケーブル");
  });

  it("keeps ⇒ and →", () => {
    expect(normalize("8.4⇒9.2→10.0")).toBe("8.4⇒9.2→10.0");
  });

  it("turns whitespace runs, line breaks and the ideographic space into one space, trimmed", () => {
    expect(normalize("  重要業績評価指標\n（KPI）\t ")).toBe("重要業績評価指標 (KPI)");
    expect(normalize("新規/\r\n継続")).toBe("新規/ 継続");
    expect(normalize("基本的視点　基本目標")).toBe("基本的視点 基本目標");
    expect(normalize("a b")).toBe("a b");
  });

  it("leaves plain ASCII untouched apart from spacing and tildes", () => {
    expect(normalize("R6")).toBe("R6");
    expect(normalize("12.4%")).toBe("12.4%");
    expect(normalize("")).toBe("");
  });

  it("folds a very long full-width text too", () => {
    const wide = "Ａ［１］　".repeat(60000);
    expect(normalize(wide)).toBe("A[1] ".repeat(60000).trim());
  });

  it("is idempotent and never throws", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (s) => {
        const once = normalize(s);
        expect(normalize(once)).toBe(once);
      }),
    );
  });
});

describe("parseNumberText", () => {
  it("reads ASCII and full-width numbers with well-placed separators", () => {
    expect(parseNumberText("17,842")).toBe(17842);
    expect(parseNumberText("１７，８４２")).toBe(17842);
    expect(parseNumberText("12.4")).toBe(12.4);
    expect(parseNumberText("１２．４")).toBe(12.4);
    expect(parseNumberText("0.8")).toBe(0.8);
    expect(parseNumberText(" 1,563,429 ")).toBe(1563429);
    expect(parseNumberText("1000")).toBe(1000);
  });

  it("reads signs, including the △/▲ of Japanese accounts", () => {
    expect(parseNumberText("-3")).toBe(-3);
    expect(parseNumberText("－3")).toBe(-3);
    expect(parseNumberText("△5")).toBe(-5);
    expect(parseNumberText("▲1,200")).toBe(-1200);
    expect(parseNumberText("+2")).toBe(2);
  });

  it("returns null for anything that is not a plain number", () => {
    expect(parseNumberText("")).toBeNull();
    expect(parseNumberText("12人")).toBeNull();
    expect(parseNumberText("1,23")).toBeNull();
    expect(parseNumberText("1,2345")).toBeNull();
    expect(parseNumberText("12.")).toBeNull();
    expect(parseNumberText(".5")).toBeNull();
    expect(parseNumberText("R6")).toBeNull();
    expect(parseNumberText("1.2.3")).toBeNull();
  });

  it("gives the same number for full-width as for ASCII digits", () => {
    const toWide = (s: string) => s.replace(/[0-9,.]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), fc.integer({ min: 0, max: 999 }), (int, frac) => {
        const ascii = `${String(int).replace(/\B(?=(\d{3})+$)/g, ",")}.${frac}`;
        expect(parseNumberText(toWide(ascii))).toBe(parseNumberText(ascii));
      }),
    );
  });
});

describe("normalize — agrees with its definition on any text", () => {
  // The definition, written plainly: normalize's fast path must never disagree with it.
  const byDefinition = (s: string) =>
    s
      .normalize("NFKC")
      .replace(/[~〜∼～]/g, "～")
      .replace(/[\u2010-\u2015\u2212]/g, "-")
      .replace(/\s+/g, " ")
      .trim();
  const japanese = fc
    .array(
      fc.constantFrom(
        "人",
        "件",
        "ケ",
        "ー",
        "・",
        "、",
        "。",
        "々",
        "「",
        "」",
        "⇒",
        "→",
        "×",
        "が",
        "ぱ",
        "\u3099",
        "ｶ",
        "ﾞ",
        "㎥",
        "（",
        " ",
        "  ",
        "\n",
        "~",
        "〜",
        "‐",
        "a",
        "1",
        "１",
        "豈",
        "\u00a0",
        "［",
        "］",
        "Ａ",
        "ｚ",
        "％",
        "＼",
        "！",
        "｝",
        "～",
        "｢",
        "　",
        "－",
      ),
      { maxLength: 12 },
    )
    .map((xs) => xs.join(""));
  it("for Japanese-like and arbitrary strings", () => {
    fc.assert(
      fc.property(fc.oneof(japanese, fc.string({ unit: "grapheme" }), fc.string({ unit: "binary" })), (s) => {
        expect(normalize(s)).toBe(byDefinition(s));
      }),
      { numRuns: 3000 },
    );
  });
});

describe("withoutSpaces", () => {
  it("drops what normalize leaves of whitespace: the same as removing every \\s from its output", () => {
    expect(withoutSpaces(normalize("継　続"))).toBe("継続");
    expect(withoutSpaces(normalize(" 指 標\n名 "))).toBe("指標名");
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (s) => {
        expect(withoutSpaces(normalize(s))).toBe(normalize(s).replace(/\s+/g, ""));
      }),
      { numRuns: 5000 },
    );
  });
});
