import { MergeIndex } from "../../../src/core/layout/merges";

describe("merge lookup", () => {
  const index = new MergeIndex([
    { top: 2, left: 0, bottom: 5, right: 0 },
    { top: 8, left: 0, bottom: 9, right: 2 },
    { top: 0, left: 3, bottom: 0, right: 6 },
  ]);

  it("finds the merge covering a cell, and none outside", () => {
    expect(index.find(4, 0)).toEqual({ top: 2, left: 0, bottom: 5, right: 0 });
    expect(index.find(6, 0)).toBeNull();
    expect(index.find(1, 0)).toBeNull();
    expect(index.find(9, 2)).toMatchObject({ top: 8 });
    expect(index.find(9, 3)).toBeNull();
  });

  it("a covered cell is any cell of the merge but its top-left", () => {
    expect(index.isCovered(2, 0)).toBe(false);
    expect(index.isCovered(3, 0)).toBe(true);
    expect(index.isCovered(0, 5)).toBe(true);
    expect(index.isCovered(7, 0)).toBe(false);
  });

  it("tells whether a column has vertical merges in a row range (horizontal ones do not count)", () => {
    expect(index.hasMergeIn(0, 3, 4)).toBe(true);
    expect(index.hasMergeIn(0, 6, 7)).toBe(false);
    expect(index.hasMergeIn(4, 0, 10)).toBe(false);
    expect(new MergeIndex([]).hasMergeIn(0, 0, 100)).toBe(false);
  });

  it("handles a hostile whole-sheet merge without per-cell work", () => {
    const huge = new MergeIndex([{ top: 0, left: 0, bottom: 999_999, right: 16_383 }]);
    expect(huge.isCovered(500_000, 10_000)).toBe(true);
    expect(huge.isCovered(0, 0)).toBe(false);
  });
});
