import { classifyLayout } from "../../../src/core/layout/classify";
import type { ColumnMap } from "../../../src/core/layout/columns";
import { fiscalYear } from "../../../src/core/years/era";

const base: ColumnMap = { columns: { indicator: 2, baseline: 3, target: 13 }, actuals: [] };

describe("layout classification", () => {
  it("共生ビジョン: 政策分野, 事業名, yearly actuals and a status (or 追加理由) column", () => {
    const kyosei = {
      ...base,
      columns: { ...base.columns, policyArea: 0, project: 1, status: 11 },
      actuals: [{ col: 7, year: fiscalYear(2021) }],
    };
    expect(classifyLayout(kyosei)).toBe("kyosei-vision");
    const added = { ...kyosei, columns: { ...base.columns, policyArea: 0, project: 1, additionReason: 11 } };
    expect(classifyLayout(added)).toBe("kyosei-vision");
    // Without the actual columns it is someone else's table.
    expect(classifyLayout({ ...kyosei, actuals: [] })).toBe("generic");
  });

  it("総合戦略: its hierarchy columns (two of them) and no basis column", () => {
    expect(classifyLayout({ ...base, columns: { ...base.columns, viewpoint: 0, goal: 1, status: 6 } })).toBe(
      "sousei-strategy",
    );
    expect(classifyLayout({ ...base, columns: { ...base.columns, goal: 0, measure: 1 } })).toBe("sousei-strategy");
  });

  it("one hierarchy word, or a basis column, does not make a 総合戦略 table (its basis would go unread)", () => {
    expect(classifyLayout({ ...base, columns: { ...base.columns, measure: 0 } })).toBe("generic");
    expect(classifyLayout({ ...base, columns: { ...base.columns, goal: 0, basis: 7 } })).toBe("generic");
    expect(classifyLayout({ ...base, columns: { ...base.columns, viewpoint: 0, goal: 1, basis: 7 } })).toBe("generic");
  });

  it("anything else is generic", () => {
    expect(classifyLayout(base)).toBe("generic");
    expect(classifyLayout({ ...base, columns: { ...base.columns, project: 1, department: 0 } })).toBe("generic");
  });
});
