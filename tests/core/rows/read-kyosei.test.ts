import { readTables } from "../../../src/core/rows/read";
import { IndicatorRowSchema, type IndicatorRow } from "../../../src/core/rows/types";
import { TableLayoutSchema } from "../../../src/core/layout/types";
import { KYOSEI_MERGES, KYOSEI_ROWS } from "./fixtures/kyosei-vision";
import { sheet } from "./fixtures/grid-helpers";

/** Expected reading of one row: sheet row, indicator, status, baseline text and year, actual texts R3..R6, target. */
type Expect = [
  row: number,
  indicator: string,
  status: string | null,
  baseline: string,
  baseYear: string | null,
  actuals: string[],
  target: string,
];

const CONTINUING: Expect[] = [
  [
    9,
    "助成制度適用設備投資額",
    "継続",
    "186億円/年",
    "R1",
    ["102億円/年", "97億円/年", "113億円/年", "163億円/年"],
    "137億円/年",
  ],
  [10, "産業立地数", "継続", "3件/年", "R1", ["3件/年", "5件/年", "5件/年", "7件/年"], "2件/年"],
  [11, "ふるさと融資実行数", "継続", "0件/年", "R1", ["0件/年", "0件/年", "1件/年", "0件/年"], "1件/年"],
  [
    12,
    "子育て拠点施設延べ利用者数",
    "継続",
    "62,233人/年",
    "R1",
    ["35,341人/年", "36,123人/年", "45,546人/年", "51,416人/年"],
    "57,000人/年",
  ],
  [13, "1歳～11歳に占める病児病後児保育登録者の割合", "継続", "14%", "R1", ["12.0%", "6.0%", "6.4%", "7.6%"], "12.4%"],
  [
    14,
    "ファミリーサポートセンター協力会員養成講座受講者数",
    "継続",
    "23人/年",
    "R2",
    ["22人/年", "13人/年", "10人/年", "27人/年"],
    "33人/年",
  ],
  [
    15,
    "介護保険事業所に占める登録事業の割合",
    "変更",
    "実績なし",
    "R1",
    ["41.1%", "56.0%", "62.4%", "64.8%(R6年度から3市町村平均)"],
    "68.0%",
  ],
  // Shifted one column right: the project name sits in the indicator column, the indicator in 計画策定時.
  [
    16,
    "在宅医療・介護連携推進事業の研究",
    null,
    "多職種間情報共有事例",
    null,
    ["R7", "109人", "1,039人", "1,982人/年"],
    expect16Target(),
  ],
  // The indicator name sits in the 政策分野 column; 事業名 and 指標 are blank.
  [17, "買物サービスシステム利用者数", "継続", "33人", "R1", ["68人", "68人", "97人", "116人"], "290人"],
  [18, "オンライン診療実施医療機関数", "継続", "6機関", "R1", ["8機関", "10機関", "10機関", "12機関"], "24機関"],
  [
    24,
    "伊那本線利用者人数",
    "継続",
    "22,549人/年",
    "R1",
    ["18,768人/年", "17,929人/年", "17,814人/年", "17,842人/年"],
    "19,000人/年",
  ],
  [
    25,
    "ドアツードア乗合タクシー・ぐるっとタクシー利用者数 タクシー運賃補助移動支援利用者数",
    "継続",
    "1日平均: 30.3件 乗合率: 35.9%",
    "R2",
    ["88.9件 37.7%", "111.7件 41.2%", KYOSEI_ROWS[24][9], KYOSEI_ROWS[24][10]],
    KYOSEI_ROWS[24][13],
  ],
  // Shifted: the project in the indicator column, the indicator (新規コンテンツ数) in 計画策定時.
  [
    26,
    "ケーブルテレビによる放送システムの構築・運営",
    "削除",
    "新規コンテンツ数",
    "R1",
    ["444件/年", "421件/年", "643件/年", "630件/年"],
    "",
  ],
  [27, "空き家バンク登録件数", "継続", "91件/年", "R1", ["98件/年", "124件/年", "125件/年", "124件/年"], "140件/年"],
  [28, "空き家バンク成約件数", "継続", "64件/年", "R1", ["78件", "101件", "84件/年", "100件/年"], "130件/年"],
  [
    29,
    "空き家バンク利用居住者数",
    "継続",
    "128人/年",
    "R1",
    ["184人/年", "213人/年", "199人/年", "193人/年"],
    "240人/年",
  ],
  [30, "20代から40代が世帯主の移住・定住者数", "削除", "52人", "R3", ["", "91人", "67人", "134人"], ""],
  // Shifted left: the name in 政策分野, values from C on, 継続 in the R4 column.
  [31, "伊那市LINE公式アカウント利用者数", null, "5,000人", null, ["7,691人", "継続", "", "12,000人"], ""],
  [32, "合同職員研修", "継続", "合同職員研修実施回数", "R3", ["4回/年", "5回/年", "4回/年", "4回/年"], "3回/年"],
];

function expect16Target(): string {
  return KYOSEI_ROWS[15][13];
}

const NEW_BLOCK: Expect[] = [
  [40, "放送番組数", "新規", "60件/年", "R6", ["", "60件/年", "60件/年", "60件/年"], "80件/年"],
  [41, "サービス利用者数", "新規", "1,503人/年", "R6", ["", "852人/年", "880人/年", "1,503人/年"], "2,000人/年"],
  [42, "圏域での移住体験ツアー等の実施回数", "新規", "実績なし", "R6", ["", "", "", ""], "3回/年"],
  [43, "ツールの運用に向けた研究・操作研修会等の実施回数", "新規", "実績なし", "R6", ["", "", "", ""], "2回/年"],
];

function checkRows(rows: IndicatorRow[], expected: Expect[]): void {
  expect(rows.map((r) => r.row)).toEqual(expected.map((e) => e[0]));
  rows.forEach((r, i) => {
    const [row, indicator, status, baseline, baseYear, actuals, target] = expected[i];
    const at = `row ${row}`;
    expect([at, r.indicator]).toEqual([at, indicator]);
    expect([at, r.status]).toEqual([at, status]);
    expect([at, r.cells.baseline?.text]).toEqual([at, baseline]);
    expect([at, r.baselineYear?.label ?? null]).toEqual([at, baseYear]);
    expect([at, r.actuals.map((a) => a.year.label)]).toEqual([at, ["R3", "R4", "R5", "R6"]]);
    expect([at, r.actuals.map((a) => a.cell.text)]).toEqual([at, actuals]);
    expect([at, r.actuals.map((a) => a.cell.address)]).toEqual([at, ["H", "I", "J", "K"].map((c) => `${c}${row}`)]);
    expect([at, r.cells.target?.text]).toEqual([at, target]);
    expect([at, r.targetYear?.label]).toEqual([at, "R12"]);
    expect(IndicatorRowSchema.safeParse(r).success).toBe(true);
  });
}

describe("共生ビジョン sheet as the city's Excel (two header rows, merges, page break, 新規指標 block)", () => {
  const grid = sheet("KPI", KYOSEI_ROWS, KYOSEI_MERGES);
  const tables = readTables(grid);

  it("finds the continuing table and the 新規指標 block, and nothing else", () => {
    expect(tables).toHaveLength(2);
    for (const t of tables) expect(TableLayoutSchema.safeParse(t.layout).success).toBe(true);
    const [cont, added] = tables.map((t) => t.layout);
    expect([cont.id, cont.block, cont.headerTop, cont.headerBottom, cont.dataTop, cont.dataBottom]).toEqual([
      "kyosei-vision",
      "continuing",
      6,
      7,
      8,
      31,
    ]);
    expect([added.id, added.block, added.headerTop, added.headerBottom, added.dataTop, added.dataBottom]).toEqual([
      "kyosei-vision",
      "new",
      37,
      38,
      39,
      42,
    ]);
    expect(cont.confidence).toBeGreaterThanOrEqual(0.8);
  });

  it("maps the 共生ビジョン columns: 目標値/達成年度 are the previous target, (3)R12指標値 the plan target", () => {
    const cont = tables[0].layout;
    expect(cont.columns).toEqual({
      policyArea: 0,
      project: 1,
      indicator: 2,
      baseline: 3,
      baselineYear: 4,
      previousTarget: 5,
      previousTargetYear: 6,
      status: 11,
      reason: 12,
      target: 13,
      basis: 14,
      source: 15,
    });
    expect(cont.actuals.map((a) => [a.col, a.year.label])).toEqual([
      [7, "R3"],
      [8, "R4"],
      [9, "R5"],
      [10, "R6"],
    ]);
    expect(cont.targetYear?.label).toBe("R12");
    const added = tables[1].layout;
    expect(added.columns).toEqual({
      policyArea: 0,
      project: 1,
      indicator: 2,
      baseline: 3,
      baselineYear: 4,
      previousTarget: 5,
      previousTargetYear: 6,
      additionReason: 11,
      target: 12,
      basis: 13,
      source: 14,
    });
  });

  it("skips the repeated title and header after the page break", () => {
    expect(tables[0].layout.repeatedHeaderRows).toEqual([21, 22]);
    const sheetRows = tables[0].rows.map((r) => r.row);
    for (const skipped of [19, 20, 21, 22, 23]) expect(sheetRows).not.toContain(skipped);
  });

  it("reads every continuing row as laid out, damaged rows included", () => {
    checkRows(tables[0].rows, CONTINUING);
  });

  it("reads the 新規指標 rows with status 新規 (blank status in the new block)", () => {
    checkRows(tables[1].rows, NEW_BLOCK);
    for (const r of tables[1].rows) {
      expect(r.block).toBe("new");
      expect(r.statusText).toBe("");
      expect(r.cells.additionReason?.address).toBe(`L${r.row}`);
    }
    expect(tables[1].rows[2].cells.basis?.text).toBe("R8とR9に各1回、R10とR11に各2回、R12に3回の実施を見込む。");
  });

  it("keeps basis, source and reason cells where they are", () => {
    const byRow = new Map(tables[0].rows.map((r) => [r.row, r]));
    expect(byRow.get(9)?.cells.basis).toMatchObject({ address: "O9", text: "R2年度からR6年度の平均値+10%で算出" });
    expect(byRow.get(9)?.cells.source?.text).toBe("産業振興KPI管理表");
    expect(byRow.get(24)?.cells.basis?.text).toBe("R6の現状から年1%の増加を目指す。");
    // Row 10: the basis prose sits in the reason column, the source name in the basis column.
    expect(byRow.get(10)?.cells.reason?.text.startsWith("現状、企業誘致が可能な区画は1区画")).toBe(true);
    expect(byRow.get(10)?.cells.basis?.text).toBe("産業振興KPI管理表");
    expect(byRow.get(12)?.cells.source?.text).toBe("R6年度実績×伸び率(1.136)(千円未満切捨て)");
    expect(byRow.get(31)?.statusText).toBe("過去の実績を踏まえR6の現状から1.5倍の増加を目指す。");
  });

  it("fills merged cells from their top-left cell, marked fromMerge, own cells not", () => {
    const byRow = new Map(tables[0].rows.map((r) => [r.row, r]));
    expect(byRow.get(9)?.cells.policyArea).toMatchObject({ address: "A9", text: "産業振興" });
    expect(byRow.get(9)?.cells.policyArea?.fromMerge).toBeUndefined();
    expect(byRow.get(11)?.cells.policyArea).toMatchObject({
      address: "A11",
      text: "産業振興",
      fromMerge: true,
      row: 10,
      col: 0,
    });
    expect(byRow.get(11)?.cells.baselineYear).toMatchObject({ address: "E11", text: "R1", fromMerge: true });
    expect(byRow.get(11)?.previousTargetYear?.label).toBe("R7");
    expect(byRow.get(13)?.cells.project).toMatchObject({ text: "子育て拠点施設の相互利用の充実", fromMerge: true });
    expect(byRow.get(16)?.cells.project).toMatchObject({ text: "福祉" });
    expect(byRow.get(16)?.cells.project?.fromMerge).toBeUndefined();
    // Row 17's own (shifted) name in A is not a merge; row 18's A is outside every merge: blank.
    expect(byRow.get(17)?.cells.policyArea?.fromMerge).toBeUndefined();
    expect(byRow.get(17)?.cells.indicator).toMatchObject({ address: "C17", text: "" });
    expect(byRow.get(18)?.cells.policyArea?.text).toBe("");
  });
});

describe("the same sheet converted from the PDF (no merge information)", () => {
  const tables = readTables(sheet("KPI", KYOSEI_ROWS));
  const byRow = new Map(tables[0].rows.map((r) => [r.row, r]));

  it("fills the group columns down within the table, and only those", () => {
    expect(byRow.get(11)?.cells.policyArea).toMatchObject({ text: "産業振興", fromMerge: true, address: "A11" });
    expect(byRow.get(13)?.cells.project).toMatchObject({ text: "子育て拠点施設の相互利用の充実", fromMerge: true });
    // 年度 is not a group column: a blank stays blank.
    expect(byRow.get(11)?.cells.baselineYear?.text).toBe("");
    expect(byRow.get(11)?.baselineYear).toBeNull();
  });

  it("a new group label clears the columns right of it", () => {
    // Row 17 names something in 政策分野 with a blank 事業名: the project above does not carry over.
    expect(byRow.get(17)?.cells.project?.text).toBe("");
    expect(byRow.get(18)?.cells.project?.text).toBe("医師が乗らない移動診療車「モバイルクリニック」事業");
  });

  it("restarts the groups at a repeated header, so the page title is never a group label", () => {
    const rows = KYOSEI_ROWS.map((r) => [...r]);
    rows[23][0] = ""; // blank 政策分野 on the first row after the page break (sheet row 24)
    const t = readTables(sheet("KPI", rows))[0];
    const r24 = t.rows.find((r) => r.row === 24);
    expect(r24?.cells.policyArea?.text).toBe("");
    const r25 = t.rows.find((r) => r.row === 25);
    expect(r25?.cells.policyArea?.text).toBe("");
  });

  it("still finds both tables, same rows", () => {
    expect(tables.map((t) => t.rows.length)).toEqual([CONTINUING.length, NEW_BLOCK.length]);
  });
});
