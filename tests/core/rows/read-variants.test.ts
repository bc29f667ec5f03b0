import { readTables } from "../../../src/core/rows/read";
import { IndicatorRowSchema, type IndicatorRow, type KpiTable } from "../../../src/core/rows/types";
import type { ManualMapping } from "../../../src/core/layout/types";
import { SOUSEI_MERGES, SOUSEI_ROWS } from "./fixtures/sousei-strategy";
import { sheet, shifted } from "./fixtures/grid-helpers";

function valueOf(p: IndicatorRow["baseline"]): number | null {
  return p.kind === "quantity" ? p.quantity.value : null;
}

function allValid(tables: KpiTable[]): boolean {
  return tables.every((t) => t.rows.every((r) => IndicatorRowSchema.safeParse(r).success));
}

describe("総合戦略 sheet (hierarchy columns merged down, header years)", () => {
  const tables = readTables(sheet("総合戦略", SOUSEI_ROWS, SOUSEI_MERGES));
  const rows = tables[0]?.rows ?? [];
  const byRow = new Map(rows.map((r) => [r.row, r]));

  it("is one sousei-strategy table with base year R5 and target year R11 from the headers", () => {
    expect(tables).toHaveLength(1);
    const l = tables[0].layout;
    expect([l.id, l.block, l.headerTop, l.headerBottom]).toEqual(["sousei-strategy", "continuing", 2, 3]);
    expect(l.columns).toEqual({
      viewpoint: 0,
      goal: 1,
      leadingProject: 2,
      measure: 3,
      project: 4,
      department: 5,
      status: 6,
      indicator: 7,
      baseline: 8,
      target: 9,
    });
    expect([l.baselineYear?.label, l.targetYear?.label]).toEqual(["R5", "R11"]);
    expect(allValid(tables)).toBe(true);
  });

  it("reads each indicator row, skipping the group-title row and the note", () => {
    expect(rows.map((r) => [r.row, r.status, r.indicator])).toEqual([
      [5, "継続", "事業を通じた成婚者数"],
      [6, "新規", "いなし出会いサポートセンター登録者数"],
      [7, "継続", "出会いの機会にかかる事業の実施回数"],
      [8, "新規", "結婚新生活支援事業補助件数"],
      [9, "新規", "移動診療車での健診者数（妊産婦健診）"],
      [10, "新規", "産前学級参加率（初産婦）"],
      [12, "新規", "地域子育て支援事業拠点事業所数\n（子育て支援センター・ひろば事業）"],
    ]);
    for (const r of rows) {
      expect([r.row, r.baselineYear?.label, r.targetYear?.label]).toEqual([r.row, "R5", "R11"]);
      expect(r.cells.baseline?.address).toBe(`I${r.row}`);
      expect(r.cells.target?.address).toBe(`J${r.row}`);
    }
    expect([valueOf(byRow.get(5)!.baseline), valueOf(byRow.get(5)!.target)]).toEqual([13, 20]);
    expect(byRow.get(9)?.baseline.kind).toBe("blank");
  });

  it("fills the merged hierarchy into every row", () => {
    expect(byRow.get(7)?.cells.project).toMatchObject({
      text: "いなし出会いサポートセンターの運営",
      fromMerge: true,
      address: "E7",
    });
    expect(byRow.get(7)?.cells.department).toMatchObject({ text: "地域創造課", fromMerge: true });
    expect(byRow.get(8)?.cells.department).toMatchObject({ text: "地域創造課" });
    expect(byRow.get(8)?.cells.department?.fromMerge).toBeUndefined();
    expect(byRow.get(10)?.cells.measure?.text).toBe("②　出産環境の整備");
    expect(byRow.get(12)?.cells.measure).toMatchObject({ text: "①　子育て支援の充実", fromMerge: true });
    expect(byRow.get(12)?.cells.goal?.text).toBe("子育てしやすい環境づくり");
    expect(byRow.get(12)?.cells.viewpoint?.text).toBe("持続可能な地域社会の実現");
  });

  it("without merge information, fills the group columns down from the group-title row", () => {
    const t = readTables(sheet("総合戦略", SOUSEI_ROWS))[0];
    const r12 = t.rows.find((r) => r.row === 12);
    expect(r12?.cells.measure).toMatchObject({ text: "①　子育て支援の充実", fromMerge: true });
    expect(r12?.cells.goal?.text).toBe("子育てしやすい環境づくり");
    // A new 基本目標 (column B) clears the columns right of it: C is not carried over.
    expect(r12?.cells.leadingProject?.text).toBe("");
    expect(t.rows.map((r) => r.row)).toEqual([5, 6, 7, 8, 9, 10, 12]);
  });
});

const GENERIC: (string | number)[][] = [
  ["成果指標一覧（第2次総合計画）"],
  [],
  ["No.", "指標名", "", "単位", "現状値", "基準年度", "目標値", "目標年度", "目標値の設定根拠"],
  [1, "市民活動団体数", "", "団体", 42, "2019年度", 50, "2027年度", "毎年2団体の増加"],
  [],
  [2, "図書館の貸出冊数", "", "万冊", 61.5, "2020年度", 65, "2028年度", "過去3か年平均"],
  ["※ 基準年度は各指標の最新値"],
];

describe("a generic table (Western years, unit column, title row, blank column and rows)", () => {
  it("reads rows with per-row Western years and the unit column", () => {
    const tables = readTables(sheet("成果指標", shifted(GENERIC, 2, 1)));
    expect(tables).toHaveLength(1);
    const l = tables[0].layout;
    expect([l.id, l.headerTop, l.confidence]).toEqual(["generic", 4, 1]);
    expect(l.columns).toEqual({
      no: 1,
      indicator: 2,
      unit: 4,
      baseline: 5,
      baselineYear: 6,
      target: 7,
      targetYear: 8,
      basis: 9,
    });
    const rows = tables[0].rows;
    expect(rows.map((r) => [r.row, r.indicator, r.baselineYear?.fy, r.targetYear?.fy, r.unitText])).toEqual([
      [6, "市民活動団体数", 2019, 2027, "団体"],
      [8, "図書館の貸出冊数", 2020, 2028, "万冊"],
    ]);
    expect(rows[0].baseline).toMatchObject({ kind: "quantity", quantity: { value: 42, unitSource: "unitColumn" } });
    expect(rows[0].status).toBeNull();
    expect(rows[0].cells.basis).toMatchObject({ address: "J6", text: "毎年2団体の増加" });
    expect(allValid(tables)).toBe(true);
  });

  it("reads columns in another order by their headers", () => {
    const reordered = GENERIC.map((r) => [r[6], r[8], r[1], r[4], r[3]].map((v) => v ?? ""));
    const [t] = readTables(sheet("S", reordered));
    expect(t.layout.columns).toEqual({ target: 0, basis: 1, indicator: 2, baseline: 3, unit: 4 });
    expect(t.rows.map((r) => [r.indicator, r.cells.target?.text, r.cells.baseline?.text])).toEqual([
      ["市民活動団体数", "50", "42"],
      ["図書館の貸出冊数", "65", "61.5"],
    ]);
  });

  it("reads full-width headers with line breaks and full-width values", () => {
    const rows = [
      ["指　標　名", "現状値\n（Ｒ５）", "目標値\n（Ｒ１１）"],
      ["ボランティア登録者数", "１，２３４人", "１，５００人"],
    ];
    const [t] = readTables(sheet("S", rows));
    expect(t.layout.baselineYear?.label).toBe("R5");
    expect(t.layout.targetYear?.label).toBe("R11");
    expect(valueOf(t.rows[0].baseline)).toBe(1234);
    expect(valueOf(t.rows[0].target)).toBe(1500);
    expect([t.rows[0].baselineYear?.label, t.rows[0].targetYear?.label]).toEqual(["R5", "R11"]);
  });

  it("takes the plan's target year from a title 「令和8年度～令和12年度」 when no header names one", () => {
    const withTitle = [
      ["計画期間：令和８年度～令和１２年度"],
      [],
      ["指標名", "現状値", "目標値"],
      ["利用者数", "10人", "12人"],
    ];
    const [t] = readTables(sheet("S", withTitle));
    expect(t.layout.targetYear?.label).toBe("R12");
    expect(t.rows[0].targetYear?.label).toBe("R12");
    const [plain] = readTables(sheet("S", withTitle.slice(2)));
    expect(plain.layout.targetYear).toBeUndefined();
    expect(plain.rows[0].targetYear).toBeNull();
  });

  it("a data row holding two years is data, not a second header row", () => {
    const rows = [
      ["指標名", "現状値", "基準年度", "目標値", "目標年度"],
      ["利用者数", "10人", "R6年度", "12人", "R12年度"],
    ];
    const [t] = readTables(sheet("S", rows));
    expect([t.layout.headerTop, t.layout.headerBottom]).toEqual([0, 0]);
    expect(t.rows.map((r) => [r.row, r.baselineYear?.label, r.targetYear?.label])).toEqual([[2, "R6", "R12"]]);
  });

  it("keeps an unknown status text with status null; a known one is normalised", () => {
    const rows = [
      ["指標名", "現状値", "目標値", "新規/継続"],
      ["A", "1人", "2人", "検討中"],
      ["B", "1人", "2人", "継 続"],
    ];
    const [t] = readTables(sheet("S", rows));
    expect(t.rows.map((r) => [r.statusText, r.status])).toEqual([
      ["検討中", null],
      ["継 続", "継続"],
    ]);
  });

  it("marks a table whose indicator column had to be guessed as low confidence", () => {
    const rows = [
      ["名称", "現状値", "目標値"],
      ["利用者数", "10人", "12人"],
    ];
    const [t] = readTables(sheet("S", rows));
    expect(t.layout.confidence).toBeLessThan(0.8);
    expect(t.rows[0].indicator).toBe("利用者数");
  });
});

describe("manual mapping (layout custom)", () => {
  const rows = [
    ["番号", "なまえ", "いま", "めざす", "R6"],
    ["1", "利用者数", "10人", "12人", "11人"],
    ["番号", "なまえ", "いま", "めざす", "R6"],
    ["2", "登録数", "3件", "5件", ""],
  ];
  const mapping: ManualMapping = {
    sheet: "手修正",
    headerTop: 0,
    headerBottom: 0,
    columns: { no: "A", indicator: "B", baseline: "C", target: "D" },
    actuals: [{ col: "E", year: "R6" }],
    targetYear: "R12",
  };

  it("is not recognised without the mapping", () => {
    expect(readTables(sheet("手修正", rows))).toEqual([]);
  });

  it("overrides detection for its sheet and skips a repeated header", () => {
    const tables = readTables(sheet("手修正", rows), { mappings: [mapping] });
    expect(tables).toHaveLength(1);
    const { layout } = tables[0];
    expect([layout.id, layout.confidence, layout.targetYear?.label]).toEqual(["custom", 1, "R12"]);
    expect(layout.repeatedHeaderRows).toEqual([2]);
    expect(
      tables[0].rows.map((r) => [r.row, r.indicator, r.cells.target?.text, r.actuals[0]?.cell.text, r.layout]),
    ).toEqual([
      [2, "利用者数", "12人", "11人", "custom"],
      [4, "登録数", "5件", "", "custom"],
    ]);
    expect(allValid(tables)).toBe(true);
  });

  it("applies only to the sheet it names", () => {
    expect(readTables(sheet("別シート", rows), { mappings: [mapping] })).toEqual([]);
  });

  it("without an indicator column it maps nothing", () => {
    expect(readTables(sheet("手修正", rows), { mappings: [{ ...mapping, columns: { baseline: "C" } }] })).toEqual([]);
  });
});

describe("sheets without a KPI table", () => {
  it("a cover sheet gives no table", () => {
    const cover = [["第3期 伊那市地方創生総合戦略"], [], ["目次"], ["1. 基本目標"], ["2. 重要業績評価指標（KPI）"]];
    expect(readTables(sheet("表紙", cover))).toEqual([]);
  });

  it("a grid of only merged cells (hostile merges) gives no table, quickly", () => {
    const grid = sheet("M", []);
    grid.rowCount = 100_000;
    grid.colCount = 1_000;
    grid.merges = [{ top: 0, left: 0, bottom: 99_999, right: 999 }];
    for (let i = 0; i < 10_000; i++) grid.merges.push({ top: i * 10, left: 0, bottom: i * 10 + 9, right: 999 });
    expect(readTables(grid)).toEqual([]);
  });

  it("a giant merge elsewhere on the sheet does not disturb a table", () => {
    const grid = sheet("S", [
      ["指標名", "現状値", "目標値"],
      ["利用者数", "10人", "12人"],
    ]);
    grid.merges.push({ top: 10, left: 0, bottom: 100_009, right: 999 });
    const [t] = readTables(grid);
    expect(t.rows.map((r) => [r.indicator, r.cells.baseline?.text])).toEqual([["利用者数", "10人"]]);
  });
});

describe("scale", () => {
  it("reads a 100,000-row table row for row (linear work: no per-row rescans)", () => {
    const rows: (string | number)[][] = [["No.", "指標名", "単位", "現状値", "基準年度", "目標値", "目標年度"]];
    for (let i = 1; i <= 100_000; i++) rows.push([i, `指標${i}`, "人", i, "R6", i + 10, "R12"]);
    const [t] = readTables(sheet("大", rows));
    expect(t.rows).toHaveLength(100_000);
    expect(t.rows[99_999]).toMatchObject({ row: 100_001, indicator: "指標100000" });
    expect(valueOf(t.rows[99_999].target)).toBe(100_010);
  });
});
