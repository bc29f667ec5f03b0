import {
  cellAddress,
  columnIndex,
  columnLetters,
  getCell,
  gridFromRows,
  parseAddress,
} from "../../../src/core/grid/grid";

describe("grid addresses", () => {
  it("converts column indexes to letters and back", () => {
    expect(columnLetters(0)).toBe("A");
    expect(columnLetters(25)).toBe("Z");
    expect(columnLetters(26)).toBe("AA");
    expect(columnLetters(701)).toBe("ZZ");
    expect(columnLetters(702)).toBe("AAA");
    for (const col of [0, 13, 26, 51, 700, 16383]) {
      expect(parseAddress(cellAddress(9, col))).toEqual({ row: 9, col });
    }
  });

  it("reads column letters in either case; anything but 1–3 letters is no column", () => {
    for (const col of [0, 25, 26, 701, 702, 16383]) expect(columnIndex(columnLetters(col))).toBe(col);
    expect(columnIndex(" ab ")).toBe(27);
    for (const bad of ["", "A1", "ABCD", "Ａ", "$A"]) expect(columnIndex(bad)).toBeNull();
  });

  it("rejects what is not an address", () => {
    expect(parseAddress("1A")).toBeNull();
    expect(parseAddress("")).toBeNull();
    expect(parseAddress("$N$5")).toEqual({ row: 4, col: 13 });
  });

  it("builds a grid from rows, empty strings as empty cells", () => {
    const g = gridFromRows("S", [["a", "", 3], ["b"]], [], { C1: '0"人"' });
    expect(g.rowCount).toBe(2);
    expect(g.colCount).toBe(3);
    expect(getCell(g, 0, 1).text).toBe("");
    expect(getCell(g, 0, 2)).toEqual({ value: 3, text: "3", numberFormat: '0"人"' });
    expect(getCell(g, 5, 5).value).toBeNull();
  });
});
