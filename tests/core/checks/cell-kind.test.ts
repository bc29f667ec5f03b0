import { cellKind } from "../../../src/core/checks/cell-kind";

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
