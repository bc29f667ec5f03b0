import { cellKind } from "../../../src/core/checks/cell-kind";
import { check, checkRows, CLEAN, codes, kyoseiCells, kyoseiGrid } from "./builder";

describe("cellKind", () => {
  it.each([
    ["継続", "status"],
    ["R7", "year"],
    ["令和元年度", "year"],
    ["17,842人/年", "quantity"],
    ["実績なし", "quantity"],
    ["12000", "number"],
    ["合同職員研修実施回数", "name"],
    ["産業振興KPI管理表", "source"],
    ["新産業技術推進協議会資料", "source"],
    ["R6の現状から年1%の増加を目指す。", "prose"],
    ["ケーブルテレビによる放送システムの構築・運営", "text"],
    ["", "blank"],
  ])("%s → %s", (text, kind) => {
    expect(cellKind(text)).toBe(kind);
  });
});

describe("COLUMN_SHIFT", () => {
  const clean = kyoseiCells(CLEAN);

  it("a row shifted one column right from the indicator on", () => {
    // A B C | D… : the indicator lands in D (計画策定時), 継続 in M, the target in O …
    const shifted = [clean[0], clean[1], null, ...clean.slice(2, 15)];
    const f = checkRows([shifted]);
    expect(codes(f)).toEqual([["COLUMN_SHIFT", "D5"]]);
    expect(f[0].severity).toBe("error");
    expect(f[0].moves?.slice(0, 3)).toEqual([
      { from: "D5", to: "C5", text: "伊那本線利用者人数" },
      { from: "E5", to: "D5", text: "22,549人/年" },
      { from: "F5", to: "E5", text: "R1" },
    ]);
    expect(f[0].moves).toHaveLength(12);
    expect(f[0].moves?.at(-1)).toEqual({ from: "P5", to: "O5", text: "R6の現状から年1%の増加を目指す。" });
  });

  it("a merge across the sheet's width beside a long table: merged areas are read as ranges", () => {
    // 1,100 rows × 16,368 merged columns: spread into cells, 18 million of them (past a Set's size).
    const rows = Array.from({ length: 1100 }, (_, i) => kyoseiCells({ ...CLEAN, indicator: `${CLEAN.indicator}${i}` }));
    rows[600] = [clean[0], clean[1], null, ...clean.slice(2, 15)];
    const sheet = kyoseiGrid(rows);
    const wide = { top: 4, left: 16, bottom: sheet.rowCount - 1, right: 16383 };
    const f = check({ ...sheet, merges: [...sheet.merges, wide] });
    expect(codes(f)).toEqual([["COLUMN_SHIFT", "D605"]]);
  });

  it("the same row in place is clean", () => {
    expect(checkRows([clean])).toEqual([]);
  });

  it("an indicator name in 政策分野 with the indicator column blank", () => {
    const f = checkRows([[clean[2], null, null, ...clean.slice(3)]]);
    expect(codes(f)).toEqual([["COLUMN_SHIFT", "A5"]]);
    expect(f[0].messageKey).toBe("COLUMN_SHIFT.indicator");
    expect(f[0].moves).toEqual([{ from: "A5", to: "C5", text: "伊那本線利用者人数" }]);
  });

  it("a basis column holding only a source name, with the source column blank", () => {
    const row = { ...CLEAN, basis: "運行実績", source: undefined, reason: "R6の現状から年1%の増加を目指す。" };
    const f = checkRows([row]);
    expect(codes(f)).toEqual([["COLUMN_SHIFT", "O5"]]);
    expect(f[0].moves).toEqual([{ from: "O5", to: "P5", text: "運行実績" }]);
  });

  it("a source name in the basis column with the source column filled cannot move: left alone", () => {
    // Nothing better exists; the basis engine reports what it cannot read.
    const row = { ...CLEAN, basis: "運行実績", source: "運行実績" };
    expect(codes(checkRows([row]), "COLUMN_SHIFT")).toEqual([]);
  });

  it("an unreadable value is VALUE_UNPARSEABLE, not a shift", () => {
    const f = checkRows([{ ...CLEAN, baseline: "増加傾向" }]);
    expect(codes(f)).toEqual([["VALUE_UNPARSEABLE", "D5"]]);
  });

  it("a shifted row is reported by the shift alone: its consequences are not repeated", () => {
    const shifted = [clean[0], clean[1], null, ...clean.slice(2, 15)];
    const f = checkRows([shifted]);
    expect(f.map((x) => x.code)).toEqual(["COLUMN_SHIFT"]);
  });
});
