import { compactHeader, matchHeader, type HeaderMatch } from "../../../src/core/layout/headers";

function field(raw: string): string | null {
  const m = matchHeader(raw);
  return m?.kind === "field" ? m.field : m ? m.kind : null;
}

describe("header words → fields (guide §1c)", () => {
  it.each([
    ["No.", "no"],
    ["指標名", "indicator"],
    ["項目名", "indicator"],
    ["KPI", "indicator"],
    ["成果指標", "indicator"],
    ["重要業績評価指標(KPI)", "indicator"],
    ["指標", "indicator"],
    ["現状値", "baseline"],
    ["基準値", "baseline"],
    ["計画策定時", "baseline"],
    ["基準年度", "baselineYear"],
    ["年度", "baselineYear"],
    ["目標値", "target"],
    ["指標値", "target"],
    ["目標年度", "targetYear"],
    ["達成年度", "targetYear"],
    ["単位", "unit"],
    ["根拠", "basis"],
    ["設定根拠", "basis"],
    ["算出根拠", "basis"],
    ["考え方", "basis"],
    ["目標値の設定根拠", "basis"],
    ["新規/継続", "status"],
    ["(1)KPI指標変更の可否", "status"],
    ["(2)変更・削除理由", "reason"],
    ["(5)追加理由", "additionReason"],
    ["指標値引用元", "source"],
    ["政策分野", "policyArea"],
    ["事業名", "project"],
    ["事業の内容", "project"],
    ["担当部署名", "department"],
    ["基本的視点", "viewpoint"],
    ["基本目標", "goal"],
    ["リーディング・プロジェクト", "leadingProject"],
    ["具体的な施策", "measure"],
    ["KPI実績値推移", "group"],
  ])("%s → %s", (raw, expected) => {
    expect(field(raw)).toBe(expected);
  });

  it("survives full width, （）, spaces and line breaks inside the cell", () => {
    expect(matchHeader("現状値（Ｒ５）")).toMatchObject({ kind: "field", field: "baseline", year: { label: "R5" } });
    expect(matchHeader("指標値\n（R11）")).toMatchObject({ kind: "field", field: "target", year: { label: "R11" } });
    expect(field("指 標 名")).toBe("indicator");
    expect(field("新規/\n継続")).toBe("status");
    expect(field("ＫＰＩ")).toBe("indicator");
    expect(field("目標値の\n設定根拠")).toBe("basis");
    expect(compactHeader(" 重要業績評価指標 （ＫＰＩ） ")).toBe("重要業績評価指標(KPI)");
  });

  it("reads the year of a header: (3)R12指標値 is the R12 target, 現状値（R5） the R5 baseline", () => {
    expect(matchHeader("(3)R12指標値")).toMatchObject({
      kind: "field",
      field: "target",
      year: { fy: 2030, label: "R12" },
    });
    expect(matchHeader("目標値（2030年度）")).toMatchObject({ field: "target", year: { fy: 2030 } });
    // The same word without a year carries none.
    expect((matchHeader("指標値") as Extract<HeaderMatch, { kind: "field" }>).year).toBeUndefined();
  });

  it("a year alone (or with 実績) is a yearly actual column", () => {
    expect(matchHeader("R3年度")).toEqual({ kind: "actual", year: expect.objectContaining({ label: "R3" }) });
    expect(matchHeader("令和４年度")).toMatchObject({ kind: "actual", year: { label: "R4" } });
    expect(matchHeader("2021年度")).toMatchObject({ kind: "actual", year: { fy: 2021 } });
    expect(matchHeader("R5年度実績")).toMatchObject({ kind: "actual", year: { label: "R5" } });
    // A year with a field word is that field, not an actual.
    expect(matchHeader("R5現状値")).toMatchObject({ kind: "field", field: "baseline" });
  });

  it("marks a bare 年度 (its meaning depends on the column to its left), not 基準年度", () => {
    expect(matchHeader("年度")).toMatchObject({ field: "baselineYear", bareYear: true });
    expect(matchHeader("基準年度")).toEqual({ kind: "field", field: "baselineYear" });
  });

  it("does not take data or prose for a header", () => {
    expect(matchHeader("継続")).toBeNull();
    expect(matchHeader("186億円/年")).toBeNull();
    expect(matchHeader("産業振興")).toBeNull();
    expect(matchHeader("第3期伊那地域定住自立圏共生ビジョン KPIについて")).toBeNull();
    expect(matchHeader("R6の現状から年1%の増加を目指す。")).toBeNull();
    expect(matchHeader("")).toBeNull();
  });
});
