import { detectTables, readHeaderAt } from "../../../src/core/layout/detect";
import { sheet } from "../rows/fixtures/grid-helpers";

const HEADER = ["政策分野", "事業名", "指標", "計画策定時", "年度", "R6年度", "新規/継続", "(3)R12指標値"];
const ROW = ["産業振興", "企業誘致", "立地件数", "3件", "R1", "7件", "継続", "5件"];

describe("table detection", () => {
  it("a header repeated with the same columns continues the table (page break)", () => {
    const tables = detectTables(sheet("S", [HEADER, ROW, [], ["KPIについて"], HEADER, ROW]));
    expect(tables).toHaveLength(1);
    expect(tables[0].repeatedHeaderRows).toEqual([4]);
    expect([tables[0].dataTop, tables[0].dataBottom]).toEqual([1, 5]);
  });

  it("the same header under a 「■新規指標」 title starts the new block", () => {
    const tables = detectTables(sheet("S", [HEADER, ROW, [], ["■新規指標"], HEADER, ROW]));
    expect(tables.map((t) => [t.block, t.headerTop, t.dataBottom])).toEqual([
      ["continuing", 0, 1],
      ["new", 4, 5],
    ]);
    expect(tables[1].repeatedHeaderRows).toEqual([]);
  });

  it("a 新規指標 block alone on its sheet is the new block; a (5)追加理由 column makes it one too", () => {
    expect(detectTables(sheet("新規", [["■ 新規指標"], HEADER, ROW]))[0].block).toBe("new");
    const withReason = [...HEADER, "(5)追加理由"];
    expect(detectTables(sheet("S", [withReason, ROW]))[0].block).toBe("new");
    // A long sentence that merely mentions 新規指標 is no block title.
    expect(detectTables(sheet("S", [["今期は新規指標を3件追加し、既存指標を見直した。"], HEADER, ROW]))[0].block).toBe(
      "continuing",
    );
  });

  it("a different header starts another table", () => {
    const other = ["指標名", "現状値", "目標値"];
    const tables = detectTables(sheet("S", [HEADER, ROW, [], other, ["A", "1人", "2人"]]));
    expect(tables.map((t) => [t.id, t.headerTop])).toEqual([
      ["kyosei-vision", 0],
      ["generic", 3],
    ]);
  });

  it("a later block without a year of its own keeps the plan year of the block above", () => {
    const noYear = ["指標名", "現状値", "目標値", "(5)追加理由"];
    const tables = detectTables(sheet("S", [HEADER, ROW, noYear, ["A", "1人", "2人", "新設"]]));
    expect(tables.map((t) => t.targetYear?.label)).toEqual(["R12", "R12"]);
  });

  it("a header needs two header words in its first row; a title row above is not part of it", () => {
    expect(readHeaderAt(sheet("S", [["KPI一覧"], ["指標名", "現状値", "目標値"]]), 0)).toBeNull();
    expect(readHeaderAt(sheet("S", [["KPI一覧"], ["指標名", "現状値", "目標値"]]), 1)).toMatchObject({
      top: 1,
      bottom: 1,
    });
  });

  it("an empty table (header only) ends at its header", () => {
    const [t] = detectTables(sheet("S", [["指標名", "現状値", "目標値"]]));
    expect([t.dataTop, t.dataBottom]).toEqual([1, 0]);
  });
});
