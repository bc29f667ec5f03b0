import { cellKind, cellKindOnce } from "../../../src/core/checks/cell-kind";

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

  it("tells names with a number in them or in a note from values", () => {
    expect(cellKind("図書館利用者数（12）")).toBe("name");
    expect(cellKind("利用時間")).toBe("name");
    expect(cellKind("12時間")).toBe("quantity");
    expect(cellKind("なし")).toBe("quantity");
    expect(cellKind("全校")).toBe("quantity");
    expect(cellKind("全ての学校")).toBe("text");
    expect(cellKind("約300人")).toBe("quantity");
    expect(cellKind("約")).toBe("text");
    expect(cellKind("乗合率35.9% 1日平均30件")).toBe("quantity");
    expect(cellKind("R6")).toBe("year");
  });

  it("reads a text the sheet writes once as the memoised reading does", () => {
    const texts = [
      "図書館利用者数［12］",
      "図書館利用者数（12）",
      "路線バス利用者数51",
      "1歳～11歳に占める病児病後児保育登録者の割合",
      "12時間",
      "なし",
      "全校",
      "全ての学校",
      "約300人",
      "約",
      "年間30人",
      "乗合率35.9% 1日平均30件",
      "R6",
      "継続",
      "産業振興KPI管理表",
      "現状値から毎年5%増加させる。",
    ];
    for (const text of texts) expect([text, cellKindOnce(text)]).toEqual([text, cellKind(text)]);
  });
});
