import fc from "fast-check";
import { cellKind, mayBeValue, surelyTextual } from "../../../src/core/checks/cell-kind";
import { parseQuantity } from "../../../src/core/quantity/parse";
import { normalize } from "../../../src/core/text/normalize";

/** As classify strips bracketed notes before testing how a value starts. */
const bareOf = (t: string) => t.replace(/\([^)]*\)/g, "").trim();
const VALUE_START = /^[\d約△▲+\-.]/;

/** What classify reads from parseQuantity: the kinds it acts on. */
function readAsValue(t: string): boolean {
  const v = parseQuantity(t);
  if (v.kind === "quantity") return VALUE_START.test(bareOf(t));
  return v.kind === "multi" || v.kind === "none" || v.kind === "all";
}

const pieces = fc.constantFrom(
  ...["1", "12", "4,200", "0.5", "約", "△", "-", "+", "人", "件", "%", "万人", "億円", "km", "t-CO2", "m2", "/年"],
  ...["年間", "1日平均", "乗合率", ":", " ", "・", "(", ")", "(R6)", "以上", "程度", "ほど", "くらい", "超"],
  ...["全", "園", "実績なし", "なし", "未実施", "ー", "/", "R", "令和", "年度", "［", "］", "[", "]", "「", "」"],
  ...["図書館利用者数", "率", "の", "。", "、", "ケース", "a", "Z", "々", "が", "ど", "い", "１２", "％", "　"],
);
const texts = fc.oneof(
  fc.array(pieces, { maxLength: 8 }).map((xs) => xs.join("")),
  fc.string({ unit: "grapheme" }),
  fc.string({ unit: "binary" }),
);

describe("mayBeValue", () => {
  it("is false only for text parseQuantity does not read as a value classify would use", () => {
    fc.assert(
      fc.property(texts, (raw) => {
        const t = normalize(raw);
        if (!mayBeValue(t, bareOf(t))) expect(readAsValue(t)).toBe(false);
      }),
      { numRuns: 20000 },
    );
  });

  it("lets values through and screens out names with a number in brackets", () => {
    const values = [
      "4,200人",
      "約300人",
      "実績なし",
      "全園",
      "1日平均:30.3件 乗合率:35.9%",
      "88.9件 37.7%",
      "以上1 ・",
    ];
    for (const t of values) {
      expect(mayBeValue(t, bareOf(t))).toBe(true);
    }
    for (const t of ["図書館利用者数[12]", "多職種間情報共有事例", "R6の現状から", "「1」のこと"]) {
      expect(mayBeValue(t, bareOf(t))).toBe(false);
    }
  });
});

describe("surelyTextual", () => {
  const TEXTUAL = ["name", "source", "prose", "text"];

  it("is true only for text cellKind calls a name, a source, prose or plain text", () => {
    fc.assert(
      fc.property(texts, (raw) => {
        if (surelyTextual(raw)) expect(TEXTUAL).toContain(cellKind(raw));
      }),
      { numRuns: 20000 },
    );
  });

  it("answers for names with a number, and leaves values, years and statuses to classify", () => {
    expect(surelyTextual("図書館利用者数［12］")).toBe(true);
    expect(surelyTextual("1歳～11歳に占める割合")).toBe(false);
    for (const t of ["4,200人", "R6年度", "継 続", "実績なし", "名称(12人)", ""]) expect(surelyTextual(t)).toBe(false);
  });
});

describe("cellKind", () => {
  it("classifies names, values, years and statuses", () => {
    expect(cellKind("図書館利用者数［12］")).toBe("text");
    expect(cellKind("路線バス利用者数51")).toBe("text");
    expect(cellKind("路線バス利用者数")).toBe("name");
    expect(cellKind("4,200人")).toBe("quantity");
    expect(cellKind("12.5")).toBe("number");
    expect(cellKind("実績なし")).toBe("quantity");
    expect(cellKind("1日平均:30.3件 乗合率:35.9%")).toBe("quantity");
    expect(cellKind("令和5年度")).toBe("year");
    expect(cellKind("継続")).toBe("status");
    expect(cellKind("産業振興KPI管理表")).toBe("source");
  });
});
