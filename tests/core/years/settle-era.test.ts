/**
 * A year written without its era (25年度) is given one by its size while reading (平成 from 20
 * on, else 令和) and chosen again by the years the sheet writes in full.
 */
import { bracketYear, settleEra } from "../../../src/core/years/era";
import { readTables } from "../../../src/core/rows/read";
import { settleTableEras } from "../../../src/core/rows/eras";
import type { TableLayout } from "../../../src/core/layout/types";
import type { IndicatorRow } from "../../../src/core/rows/types";
import { sheet } from "../rows/fixtures/grid-helpers";

const omitted = (text: string) => bracketYear(`(${text})`)!;

describe("settleEra", () => {
  it("reads by size without other years: 25年度 → H25, 12年度 → R12", () => {
    expect([omitted("25年度").label, omitted("12年度").label]).toEqual(["H25", "R12"]);
    expect(settleEra(omitted("25年度"), []).label).toBe("H25");
  });

  it("takes the era whose year is nearer to the sheet's written years", () => {
    expect(settleEra(omitted("19年度"), [2005]).label).toBe("H19");
    expect(settleEra(omitted("12年度"), [2020, 2024]).label).toBe("R12");
    expect(settleEra(omitted("25年度"), [2012]).label).toBe("H25");
  });

  it("keeps how it was written and that its era was not", () => {
    const y = settleEra(omitted("19年"), [2005]);
    expect([y.fy, y.written, y.calendar, y.eraless]).toEqual([2007, "19年", true, 19]);
  });

  it("a bound excludes an era: a target after its R3 baseline is R25, not H25", () => {
    expect(settleEra(omitted("25年度"), [2021]).label).toBe("H25");
    expect(settleEra(omitted("25年度"), [2021], { min: 2021 }).label).toBe("R25");
  });

  it("near miss: a year written with its era is never changed", () => {
    const h19 = bracketYear("(H19)")!;
    expect(settleEra(h19, [2030])).toBe(h19);
  });
});

describe("era-less years in a table", () => {
  const years = (rows: string[][]) => {
    const [t] = readTables(sheet("S", rows));
    return t.rows.map((r) => [r.baselineYear?.label ?? null, r.targetYear?.label ?? null]);
  };

  it("a 平成 sheet's 19年度 target is H19 (by size alone it would be R19)", () => {
    expect(
      years([
        ["指標名", "現状値", "目標値"],
        ["参加者数", "100人(H17)", "120人(19年度)"],
      ]),
    ).toEqual([["H17", "H19"]]);
  });

  it("a 令和 sheet's 25年度 target after an R3 baseline is R25", () => {
    expect(
      years([
        ["指標名", "現状値", "目標値"],
        ["参加者数", "100人(R3)", "120人(25年度)"],
      ]),
    ).toEqual([["R3", "R25"]]);
  });

  it("near miss: no year written in full anywhere: the size rule stands", () => {
    expect(
      years([
        ["指標名", "現状値", "目標値"],
        ["参加者数", "100人(17年度)", "120人(19年度)"],
      ]),
    ).toEqual([["R17", "R19"]]);
  });

  it("the table's years count too: 17年度 in the header under a plan written in 平成", () => {
    const [t] = readTables(
      sheet("S", [
        ["計画期間 平成25年度～平成29年度"],
        ["指標名", "現状値(17年度)", "目標値"],
        ["参加者数", "100人", "120人"],
      ]),
    );
    expect([t.layout.baselineYear?.label, t.layout.targetYear?.label]).toEqual(["H17", "H29"]);
  });

  it("a long table settles as a short one: each distinct year written in full counts once", () => {
    // 100,000 rows writing H17 and H19 in full, then one whose target is written 19年度.
    const [h17, h19] = [bracketYear("(H17)")!, bracketYear("(H19)")!];
    const row = (targetYear: typeof h19) => ({ baselineYear: h17, targetYear, previousTargetYear: null, actuals: [] });
    const rows = Array.from({ length: 100_000 }, () => row(h19));
    rows.push(row(omitted("19年度")));
    settleTableEras({ actuals: [] } as unknown as TableLayout, rows as unknown as IndicatorRow[]);
    expect(rows[rows.length - 1].targetYear.label).toBe("H19");
    expect(rows[0].targetYear).toBe(h19);
  });
});
