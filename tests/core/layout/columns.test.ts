import { mapColumns, type HeaderColumn } from "../../../src/core/layout/columns";
import { matchHeader } from "../../../src/core/layout/headers";

/** A one-row header from its cell texts, column A first ("" = blank column). */
function header(...texts: string[]): HeaderColumn[] {
  return texts.flatMap((text, col) => (text === "" ? [] : [{ col, text, match: matchHeader(text) }]));
}

describe("header → column map", () => {
  it("maps a generic header without doubt when indicator, baseline and target are named", () => {
    const map = mapColumns(
      header("No.", "指標名", "単位", "現状値", "基準年度", "目標値", "目標年度", "目標値の設定根拠"),
    );
    expect(map?.columns).toEqual({
      no: 0,
      indicator: 1,
      unit: 2,
      baseline: 3,
      baselineYear: 4,
      target: 5,
      targetYear: 6,
      basis: 7,
    });
    expect([map?.competing, map?.guessedIndicator]).toEqual([undefined, undefined]);
  });

  it("one value column (indicator + target only) is still a table (its no-baseline doubt is weighed later)", () => {
    expect(mapColumns(header("指標名", "目標値"))?.columns).toEqual({ indicator: 0, target: 1 });
    expect(mapColumns(header("指標名", "現状値"))?.columns).toEqual({ indicator: 0, baseline: 1 });
  });

  it("is no table without a baseline or a target", () => {
    expect(mapColumns(header("指標名", "単位", "担当部署名"))).toBeNull();
  });

  it("guesses an unnamed indicator column (and says so), or gives up when there is none", () => {
    const guessed = mapColumns(header("区", "名称", "現状値", "目標値"));
    expect(guessed?.columns.indicator).toBe(1);
    expect(guessed?.guessedIndicator).toBe(true);
    expect(mapColumns(header("現状値", "目標値"))).toBeNull();
  });

  it("of two targets, the one whose header names a year is the plan target; the other the previous", () => {
    const map = mapColumns(header("指標", "計画策定時", "年度", "目標値", "達成年度", "R6年度", "(3)R12指標値"));
    expect(map?.columns).toMatchObject({
      baseline: 1,
      baselineYear: 2,
      previousTarget: 3,
      previousTargetYear: 4,
      target: 6,
    });
    expect(map?.columns.targetYear).toBeUndefined();
    expect(map?.targetYear?.label).toBe("R12");
    expect(map?.actuals.map((a) => a.year.label)).toEqual(["R6"]);
  });

  it("without any header year the rightmost target wins", () => {
    const map = mapColumns(header("指標", "目標値", "指標値"));
    expect(map?.columns).toMatchObject({ target: 2, previousTarget: 1 });
  });

  it("a bare 年度 belongs to the value column on its left", () => {
    expect(mapColumns(header("指標", "現状値", "年度", "目標値"))?.columns).toMatchObject({ baselineYear: 2 });
    const afterTarget = mapColumns(header("指標", "現状値", "目標値", "年度"))?.columns;
    expect(afterTarget).toMatchObject({ targetYear: 3 });
    expect(afterTarget?.baselineYear).toBeUndefined();
  });

  it("reads base and target years from the headers (総合戦略)", () => {
    const map = mapColumns(header("新規/継続", "項目名", "現状値（R5）", "指標値（R11）"));
    expect(map?.baselineYear?.label).toBe("R5");
    expect(map?.targetYear?.label).toBe("R11");
    expect(map?.columns).toEqual({ status: 0, indicator: 1, baseline: 2, target: 3 });
  });
});
