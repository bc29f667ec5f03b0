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

  describe("a data row is not a header, though its cells hold header words", () => {
    const GENERIC_HEADER = ["No.", "指標名", "単位", "現状値", "基準年度", "目標値", "目標年度", "目標値の設定根拠"];
    const rows = [
      ["第2次○○市総合計画　成果指標一覧"],
      [],
      GENERIC_HEADER,
      ["1", "図書館の年間貸出冊数", "冊", "412,000", "2023年度", "450,000", "2030年度", "毎年1%の増加を目指す"],
      ["2", "特定健診受診率", "%", "49", "2022年度", "60", "2030年度", "国の目標値を目指す"],
      ["3", "ごみの1人1日当たり排出量", "g", "812", "2023年度", "780", "2030年度", "現状維持"],
    ];

    it("two years and 目標値 in the basis prose beside numbers: still data of the one table", () => {
      const tables = detectTables(sheet("成果指標", rows));
      expect(tables.map((t) => [t.id, t.headerTop, t.dataTop, t.dataBottom, t.repeatedHeaderRows])).toEqual([
        ["generic", 2, 3, 5, []],
      ]);
      expect(readHeaderAt(sheet("S", rows), 4)).toBeNull();
    });

    it("指標 in the prose and no No. column: still data", () => {
      const row = ["特定健診受診率", "%", "49", "2022年度", "60", "2030年度", "指標の定義変更により目標値を再設定"];
      expect(readHeaderAt(sheet("S", [row]), 0)).toBeNull();
    });

    it("years and header-like prose only, no number: not mostly header words, so data", () => {
      const row = [
        "特定健診受診率",
        "受診者の割合",
        "2022年度",
        "2030年度",
        "国の目標値を目指す",
        "健康増進課",
        "案内を送付",
      ];
      expect(readHeaderAt(sheet("S", [row]), 0)).toBeNull();
      // The same cells with header words in the other columns are a header.
      const header = ["指標名", "単位", "2022年度", "2030年度", "目標値", "担当課"];
      expect(readHeaderAt(sheet("S", [header]), 0)).not.toBeNull();
    });

    it("the true header repeated after the data rows is still recognised as a repeated header", () => {
      const tables = detectTables(sheet("成果指標", [...rows, GENERIC_HEADER, rows[3]]));
      expect(tables).toHaveLength(1);
      expect(tables[0].repeatedHeaderRows).toEqual([6]);
      expect(tables[0].dataBottom).toBe(7);
    });

    it("a bare Western year labels a yearly column, so it does not make a header a data row", () => {
      const header = ["指標名", "現状値", "2021", "2022", "目標値"];
      expect(readHeaderAt(sheet("S", [header]), 0)?.map.columns).toMatchObject({
        indicator: 0,
        baseline: 1,
        target: 4,
      });
      // A number that cannot be a year is data.
      expect(readHeaderAt(sheet("S", [["指標名", "現状値", "49", "2022", "目標値"]]), 0)).toBeNull();
    });
  });
});
