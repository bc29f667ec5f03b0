import { pickIndicator } from "../../../src/core/rows/indicator";
import type { FieldCell } from "../../../src/core/rows/types";

function cell(text: string, col: number, fromMerge?: boolean): FieldCell {
  return { address: `X${col}`, row: 0, col, text, value: text || null, ...(fromMerge ? { fromMerge } : {}) };
}

describe("indicator name of a row", () => {
  it("is the indicator cell when it holds a name", () => {
    expect(pickIndicator({ indicator: cell("空き家バンク登録件数", 2), project: cell("空き家バンク", 1) })).toBe(
      "空き家バンク登録件数",
    );
    // A name that starts with a number is still a name.
    expect(pickIndicator({ indicator: cell("20代から40代が世帯主の移住・定住者数", 2) })).toBe(
      "20代から40代が世帯主の移住・定住者数",
    );
  });

  it("falls back to the row's own project, then policy-area text when the indicator cell is blank", () => {
    expect(
      pickIndicator({
        indicator: cell("", 2),
        project: cell("", 1),
        policyArea: cell("買物サービスシステム利用者数", 0),
      }),
    ).toBe("買物サービスシステム利用者数");
    expect(
      pickIndicator({ indicator: cell("", 2), project: cell("合同職員研修", 1), policyArea: cell("圏域", 0) }),
    ).toBe("合同職員研修");
  });

  it("skips a value sitting in the indicator column (row shifted left) and labels filled from a merge", () => {
    expect(
      pickIndicator({
        indicator: cell("4,200人", 2),
        project: cell("", 1),
        policyArea: cell("伊那市LINE公式アカウント利用者数", 0),
      }),
    ).toBe("伊那市LINE公式アカウント利用者数");
    expect(pickIndicator({ indicator: cell("実績なし", 2), policyArea: cell("産業振興", 0, true) })).toBe("");
    expect(pickIndicator({ indicator: cell("", 2), project: cell("空き家バンク", 1, true) })).toBe("");
  });

  it("takes as a value every word the quantity parser reads as none or all, and nothing near them", () => {
    // The same words as parseQuantity's "none" and "all": no list of its own to drift from it.
    for (const value of ["該当なし", "未集計", "実績なし", "―", "ー", "全園", "全員", "-", "０人"]) {
      expect(pickIndicator({ indicator: cell(value, 2), project: cell("子育て支援", 1) })).toBe("子育て支援");
    }
    for (const name of ["なし崩し防止件数", "全国学力調査正答率", "路線バス利用者数51", "年間300人の受入数"]) {
      expect(pickIndicator({ indicator: cell(name, 2), project: cell("子育て支援", 1) })).toBe(name);
    }
  });

  it("keeps an indicator filled from a merge of the indicator column itself", () => {
    expect(pickIndicator({ indicator: cell("乗合タクシー利用者数", 2, true) })).toBe("乗合タクシー利用者数");
  });
});
