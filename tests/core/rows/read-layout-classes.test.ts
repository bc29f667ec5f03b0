/**
 * Issue 11's classes of municipal layouts, each on invented sheets of the same shape (not the
 * corpus's words), with a near miss that must not be read as a table or as that shape.
 */
import { readTables } from "../../../src/core/rows/read";
import { IndicatorRowSchema, type IndicatorRow, type KpiTable } from "../../../src/core/rows/types";
import { sheet } from "./fixtures/grid-helpers";

function read(rows: (string | number)[][], merges: string[] = [], name = "S"): KpiTable[] {
  return readTables(sheet(name, rows, merges));
}
function only(tables: KpiTable[]): IndicatorRow[] {
  expect(tables.every((t) => t.rows.every((r) => IndicatorRowSchema.safeParse(r).success))).toBe(true);
  return tables.flatMap((t) => t.rows);
}
function num(p: IndicatorRow["target"]): number | null {
  return p.kind === "quantity" ? p.quantity.value : null;
}
const names = (rows: IndicatorRow[]) => rows.map((r) => [r.row, r.indicator]);

describe("1. header recognition from structure", () => {
  it("finds the header by an indicator column and one value column; extra columns do not stop it", () => {
    const t = read([
      ["取組の成果指標一覧"],
      ["項目", "成果指標", "直近の実績値", "長期的目標", "達成率", "担当課", "進捗状況", "掲載頁"],
      ["福祉", "見守り協力世帯数", "120世帯", "200世帯", "60%", "福祉課", "順調", "12"],
    ]);
    expect(t).toHaveLength(1);
    expect(t[0].layout.columns).toMatchObject({ indicator: 1, baseline: 2, target: 3 });
    expect(names(only(t))).toEqual([[3, "見守り協力世帯数"]]);
  });

  it("reads bare year labels as value columns: R5, 令和6年度, 2025年度, H27", () => {
    const t = read([
      ["指標名", "H27", "R5", "令和6年度", "2025年度", "目標値"],
      ["図書貸出冊数", "900冊", "1,000冊", "1,050冊", "1,100冊", "1,300冊"],
    ]);
    expect(t[0].layout.actuals.map((a) => a.year.fy)).toEqual([2015, 2023, 2024, 2025]);
  });

  it("reads the year of any dated header: 2023(R5)年, 平成20年末見込, 令和2年3月31日現在, R5.3, 令和3年度末", () => {
    const t = read([
      ["指標名", "2023(R5)年", "平成20年末見込", "令和2年3月31日現在", "R5.3", "目標\n(令和8年度末)"],
      ["会員数", "100人", "80人", "90人", "95人", "120人"],
    ]);
    expect(t[0].layout.actuals.map((a) => a.year.fy)).toEqual([2023, 2008, 2020, 2023]);
    expect([t[0].layout.columns.target, t[0].layout.targetYear?.label]).toEqual([5, "R8"]);
  });

  it("reads a long header cell broken over lines, and a lower header row carrying the field words", () => {
    const t = read(
      [
        ["削減目標", "", ""],
        ["区分の名称", "基準年度\n(平成21年度)\n排出量\n(トンCO2)", "目標値\n(2030年度)"],
        ["廃棄物部門", "12,000", "8,000"],
      ],
      ["A1:C1"],
    );
    expect(t[0].layout.columns).toMatchObject({ indicator: 0, baseline: 1, target: 2 });
    expect(t[0].layout.baselineYear?.fy).toBe(2009);
  });

  it("near miss: a title row and a prose row full of header words are no header", () => {
    expect(read([["数値目標一覧 目標値と実績値"], ["目標値は実績値をもとに算出した。", "", ""]])).toEqual([]);
    expect(read([["主指標 46 副指標150 合計196項目", "数値目標一覧"]])).toEqual([]);
  });
});

describe("2. target and base year from wherever the sheet puts them", () => {
  it("a year without its era in the header (平成 from 20 on): 目標値⏎29年度", () => {
    const t = read([
      ["成果指標", "現状値", "目標値\n24年度", "目標値\n29年度"],
      ["体験者数", "1,100人", "1,300人", "1,500人"],
    ]);
    expect([t[0].layout.targetYear?.label, t[0].layout.columns.target]).toEqual(["H29", 3]);
  });

  it("a year inside every target cell is the table's target year: 「72%(2028年度)」", () => {
    const t = read([
      ["指標", "現状", "目標"],
      ["検診受診率\n受診者の割合", "60%(2023年度)", "72%(2028年度)"],
      ["相談件数", "50件(2023年)", "80件(2028年度)"],
    ]);
    expect(t[0].layout.targetYear?.fy).toBe(2028);
    expect(only(t).map((r) => r.baselineYear?.fy)).toEqual([2023, 2023]);
  });

  it("per-row years that differ stay per row; a reference year in brackets is not the target's", () => {
    const t = read([
      ["指標", "現状値", "数値目標"],
      ["待機児童数", "5人\n(R4)", "0人\n(R8)"],
      ["園児数", "14人", "12人(令和5年度の県平均)"],
      ["保育士数", "30人", "36人\n(R9)"],
    ]);
    expect(t[0].layout.targetYear).toBeUndefined();
    expect(only(t).map((r) => r.targetYear?.label ?? null)).toEqual(["R8", null, "R9"]);
  });

  it("a 年次 column names each row's year: 「2030年⏎(2000年比)」 is 2030", () => {
    const t = read([
      ["No.", "目標", "年次", "数値", "実績"],
      ["1", "エネルギー消費量", "2030年\n(2000年比)", "38%削減", "20%削減"],
    ]);
    expect(t[0].layout.columns).toMatchObject({ indicator: 1, targetYear: 2, target: 3 });
    expect(only(t)[0].targetYear?.fy).toBe(2030);
  });

  it("今年度目標値: the document's year, from the sheet name when no label gives it", () => {
    const t = read(
      [
        ["指標名"],
        ["落書き件数"],
        ["", "基準値", "今年度目標値", "長期的目標値"],
        ["数値", "400件", "390件", "370件"],
        ["時点", "R1", "", ""],
      ],
      [],
      "環境課(R6)",
    );
    expect(t[0].layout.targetYear?.label).toBe("R6");
    expect(only(t).map((r) => [r.row, r.indicator, num(r.target), r.baselineYear?.label])).toEqual([
      [4, "落書き件数", 390, "R1"],
    ]);
  });

  it("a single-year label row above a table without any year: 「■令和5年度実績」", () => {
    const t = read([["■令和5年度実績データ"], ["指標名", "目標値(a)", "実績値(b)"], ["参加者数", "100", "90"]]);
    expect(t[0].layout.targetYear?.label).toBe("R5");
  });

  it("「現状値 X(26年) ➡ Y(31年)」 in one cell: baseline, target and both years", () => {
    const t = read([
      ["数値目標"],
      ["観光客数", "現状値 1,200 千人(R2 年) ➡ 1,500 千人(R7 年)"],
      ["宿泊者数", "現状値 300 千人(R2 年度) ➡ 増加を目指す(R7 年度)"],
    ]);
    const rows = only(t);
    expect(rows.map((r) => [r.indicator, r.baseline.kind, num(r.target), r.targetYear?.label])).toEqual([
      ["観光客数", "quantity", 1500, "R7"],
      ["宿泊者数", "quantity", null, "R7"],
    ]);
  });

  it("目標値(10年後) under a base year is that many years later", () => {
    const t = read([
      ["指標名", "現状値(R5)", "目標値\n(10年後)"],
      ["利用者数", "100人", "150人"],
    ]);
    expect(t[0].layout.targetYear?.label).toBe("R15");
  });

  it("near miss: 10年後 and 5年間 are spans of time, not years; one arrow row is no table", () => {
    const t = read([
      ["指標名", "現状値", "目標値\n10年後"],
      ["利用者数", "100人", "150人"],
    ]);
    expect(t[0].layout.targetYear).toBeUndefined();
    expect(read([["人口", "現状値 8,000人 ➡ 9,000人"]])).toEqual([]);
  });
});

describe("3. choosing the right column when several match", () => {
  it("the basis says how the target was set, not the definition, the source or a change's reason", () => {
    const t = read([
      ["指標名", "指標の定義", "算出方法", "出典", "現状値", "目標値", "変更理由", "設定理由"],
      ["参加者数", "年間の延べ人数", "受付簿の合計", "市調べ", "100人", "120人", "", "毎年5人増やす"],
    ]);
    expect(t[0].layout.columns).toMatchObject({ indicator: 0, source: 3, baseline: 4, target: 5, reason: 6, basis: 7 });
  });

  it("指標 over 項目: the column holding the names is the indicator", () => {
    const t = read([
      ["分野", "項目", "指 標", "現状値", "目標値"],
      ["健康", "健康・医療\nP35", "健診受診率", "40%", "50%"],
      ["", "", "歩く人の割合", "45%", "55%"],
    ]);
    expect(t[0].layout.columns.indicator).toBe(2);
    expect(names(only(t))).toEqual([
      [2, "健診受診率"],
      [3, "歩く人の割合"],
    ]);
  });

  it("a header merged over a marker column and the name column: the names are the indicator", () => {
    const t = read(
      [
        ["指標", "", "現状値", "目標値"],
        ["★", "空き家の活用件数", "3件", "10件"],
        ["", "移住相談件数", "40件", "60件"],
      ],
      ["A1:B1"],
    );
    expect(t[0].layout.columns.indicator).toBe(1);
    expect(names(only(t))).toEqual([
      [2, "空き家の活用件数"],
      [3, "移住相談件数"],
    ]);
  });

  it("near miss: one 基本目標 column beside a basis column keeps the table generic", () => {
    const t = read([
      ["基本目標", "指標", "現状値", "目標値", "設定の考え方"],
      ["基本目標1", "創業件数", "2件", "5件", "毎年1件増やす"],
    ]);
    expect(t[0].layout.id).toBe("generic");
  });
});

describe("4. rows that are not one flat line per indicator", () => {
  it("section and band rows are not indicators", () => {
    const t = read(
      [
        ["指標", "現状", "目標"],
        ["③子育て支援", "", ""],
        ["保育所定員", "100人", "120人"],
        ["基本目標2 まちの活力", "", ""],
        ["2 産業の振興", "", ""],
        ["創業件数", "3件", "5件"],
        ["(注)件数は年度末", "", ""],
      ],
      ["A4:C4"],
    );
    expect(names(only(t))).toEqual([
      [3, "保育所定員"],
      [6, "創業件数"],
    ]);
  });

  it("two rows per indicator under a merged name: the lower header word's value from the second row", () => {
    const t = read(
      [
        ["施策項目", "設定時の値", "年度目標値"],
        ["指標項目", "", "R12の目標値"],
        ["リサイクル率", "20", "22"],
        ["", "", "30"],
        ["ごみ排出量", "900", "880"],
        ["", "", "800"],
      ],
      ["B1:B2", "A3:A4", "B3:B4", "A5:A6", "B5:B6"],
    );
    const rows = only(t);
    expect(rows.map((r) => [r.row, r.indicator, num(r.target)])).toEqual([
      [3, "リサイクル率", 30],
      [5, "ごみ排出量", 800],
    ]);
    expect(t[0].layout.targetYear?.label).toBe("R12");
  });

  it("目標値 / 実績値 / 達成率 stacked under 区分: one indicator, target from the last year of its 目標値 row", () => {
    const t = read(
      [
        ["指標名", "区分", "R3", "R4", "R5"],
        ["読書率", "目標値", "50", "55", "60"],
        ["", "実績値", "48", "52", ""],
        ["", "達成率", "96%", "95%", ""],
        ["不登校率", "目標値", "1.0", "0.9", "0.8"],
        ["", "実績値", "1.1", "", ""],
        ["", "達成率", "", "", ""],
      ],
      ["A2:A4", "A5:A7"],
    );
    const rows = only(t);
    expect(t[0].layout.columns.status).toBeUndefined();
    expect(rows.map((r) => [r.row, r.indicator, num(r.target), r.actuals.map((a) => num(a.value))])).toEqual([
      [2, "読書率", 60, [48, 52, null]],
      [5, "不登校率", 0.8, [1.1, null, null]],
    ]);
    expect(t[0].layout.targetYear?.label).toBe("R5");
  });

  it("a small table per indicator, header repeated with another base year", () => {
    const t = read([
      ["1 地域活動"],
      ["1-1 数値目標項目", "単位", "R2年度現状値", "R8年度目標値", "設定理由"],
      ["見守り拠点数", "箇所", "10", "16", "毎年1箇所"],
      [],
      ["2 人材育成"],
      ["1-2 数値目標項目", "単位", "R3年度現状値", "R8年度目標値", "設定理由"],
      ["研修受講者数", "人", "50", "100", "毎年10人"],
    ]);
    expect(t.map((x) => x.layout.baselineYear?.label)).toEqual(["R2", "R3"]);
    expect(names(only(t))).toEqual([
      [3, "見守り拠点数"],
      [7, "研修受講者数"],
    ]);
  });

  it("evaluation and comment rows under the table are not indicators; 区分-free 評価 is no status", () => {
    const t = read(
      [
        ["指標No.", "指標名", "目標値(a)", "実績値(b)", "評価"],
        ["成果指標1", "参加率【単位:%】", "40", "35", "B"],
        ["1次評価(自己評価)", "", "", "", "B"],
        ["■対応方針"],
        ["目標未達の原因を分析すること。", "", "", "", ""],
      ],
      ["A3:D3", "A5:E5"],
    );
    expect(t[0].layout.columns).toMatchObject({ no: 0, indicator: 1, target: 2 });
    expect(t[0].layout.columns.status).toBeUndefined();
    expect(names(only(t))).toEqual([[2, "参加率【単位:%】"]]);
  });

  it("sub-indicators under a merged name header are named with their parent", () => {
    const t = read(
      [
        ["NO.", "目標", "", "年次", "数値"],
        ["1", "CO2排出量", "", "2030年", "50%削減"],
        ["", "", "家庭部門", "", "40%削減"],
        ["", "", "運輸部門", "", "30%削減"],
      ],
      ["B1:C1", "B2:C2", "B3:B4", "D2:D4"],
    );
    expect(names(only(t))).toEqual([
      [2, "CO2排出量"],
      [3, "CO2排出量 / 家庭部門"],
      [4, "CO2排出量 / 運輸部門"],
    ]);
  });

  it("near miss: empty labelled slots (a letter and 実績値/目標値 only) are not indicators", () => {
    const t = read(
      [
        ["", "成果指標名", "区分", "R4", "R5"],
        ["A", "相談件数", "実績値", "10", "12"],
        ["", "", "目標値", "11", "13"],
        ["B", "", "実績値", "", ""],
        ["", "", "目標値", "", ""],
      ],
      ["B2:B3", "B4:B5"],
    );
    expect(names(only(t))).toEqual([[2, "相談件数"]]);
  });
});

describe("4. one KPI card per sheet, written downwards", () => {
  const card = [
    ["KPI進捗管理シート"],
    ["指標名", "市民活動団体の登録数"],
    ["基準値", "120団体(R4)"],
    ["目標値", "150団体"],
    ["目標年度", "R9"],
    ["実績値", "128団体"],
    ["設定根拠", "毎年6団体の増加を目指す"],
  ];

  it("reads the labelled rows as one indicator with its baseline, target, year and basis", () => {
    const t = read(card);
    const [r] = only(t);
    expect([r.row, r.indicator, num(r.target), r.targetYear?.label, r.baselineYear?.label]).toEqual([
      2,
      "市民活動団体の登録数",
      150,
      "R9",
      "R4",
    ]);
    expect(r.cells.basis?.address).toBe("B7");
    expect(t[0].layout.confidence).toBeLessThan(0.8);
  });

  it("near miss: a form of labels without a target or baseline is no card", () => {
    expect(
      read([
        ["項目", "庁舎の清掃"],
        ["担当課", "総務課"],
        ["備考", "毎月"],
      ]),
    ).toEqual([]);
  });
});

describe("6. a stacked card whose 基準値 slot holds nothing has no baseline", () => {
  const card = (baseline: string) => [
    ["[単位]", "", "基準値\nR4", "R5", "R6", "目標値\nR7"],
    ["登録者数", "期待値", baseline, "110", "120", "130"],
    ["", "実績値", "", "112", "", ""],
    ["", "達成率評価", "", "102%", "", ""],
  ];

  it("no cell written under 基準値 on any labelled row: no baseline column, no baseline year", () => {
    const [t] = read(card(""), ["A2:A4"]);
    expect([t.layout.columns.baseline, t.layout.baselineYear, t.layout.columns.target]).toEqual([
      undefined,
      undefined,
      5,
    ]);
    expect(t.layout.doubts).toContain("no-baseline");
    expect(num(only([t])[0].target)).toBe(130);
  });

  it("near miss: a value under 基準値 is the baseline, of the header's year", () => {
    const [t] = read(card("100"), ["A2:A4"]);
    expect([t.layout.columns.baseline, t.layout.baselineYear?.label]).toEqual([2, "R4"]);
  });

  it("near miss: a dash under 基準値 says the baseline is none: the column stays", () => {
    const [t] = read(card("−"), ["A2:A4"]);
    expect(t.layout.columns.baseline).toBe(2);
  });

  it("near miss: a flat table keeps its empty 現状値 column (the missing values are findings)", () => {
    const [t] = read([
      ["指標名", "現状値(R4)", "目標値(R7)"],
      ["登録者数", "", "130"],
      ["来館者数", "", "5,000"],
    ]);
    expect(t.layout.columns.baseline).toBe(1);
  });
});

describe("4. a basis written outside a basis column", () => {
  it("inside the name cell after （考え方）: the basis, and the name without it", () => {
    const [r] = only(
      read([
        ["指標名", "現状値(R5)", "目標値(R9)"],
        ["参加者数（考え方）毎年5人ずつ増やす", "100人", "120人"],
      ]),
    );
    expect([r.indicator, r.cells.basis?.text, r.cells.basis?.address]).toEqual(["参加者数", "毎年5人ずつ増やす", "A2"]);
  });

  it("in a labelled row under a card's grid: 【設定の考え方】 | …", () => {
    const [r] = only(
      read(
        [
          ["[単位]", "", "基準値\nR4", "R5", "R6", "目標値\nR7"],
          ["登録者数", "期待値", "100", "110", "120", "130"],
          ["", "実績値", "100", "112", "", ""],
          ["【設定の考え方】", "毎年10人の増加を目指す", "", "", "", ""],
        ],
        ["A2:A3", "B4:F4"],
      ),
    );
    expect([r.indicator, num(r.target), r.cells.basis?.address]).toEqual(["登録者数", 130, "B4"]);
  });

  describe("in a labelled row under a 数値 / 時点 grid", () => {
    const grid = [
      ["指標1"],
      ["指標名"],
      ["図書館の利用者数"],
      ["", "基準値", "年度当初値", "今年度目標値", "今年度実績値"],
      ["数値", "1,000人", "1,100人", "1,200人", ""],
      ["時点", "R2", "R4", "R5", ""],
    ];
    const basisOf = (tail: string[][]) => {
      const [t] = read([...grid, ...tail]);
      const [r] = only([t]);
      return [r.cells.basis?.address ?? null, r.cells.basis?.text ?? null, t.layout.labelledColumns ?? null];
    };

    it("labels over their texts: the text under the selection-reason label, that column the basis", () => {
      expect(
        basisOf([
          ["根拠となる計画等", "その他計画の名称", "指標の選定理由及び目標値の設定根拠"],
          ["読書推進計画", "", "毎年100人の増加を目指す"],
        ]),
      ).toEqual(["C8", "毎年100人の増加を目指す", { basis: 2 }]);
    });

    it("near miss: only the plan it comes from (根拠となる計画等) is written: no basis", () => {
      expect(
        basisOf([
          ["根拠となる計画等", "その他計画の名称", "指標の選定理由"],
          ["読書推進計画", "", ""],
        ]),
      ).toEqual([null, null, null]);
    });

    it("near miss: 評価理由 | … explains the evaluation, not the target", () => {
      expect(basisOf([["評価理由", "目標を上回ったため"]])).toEqual([null, null, null]);
    });
  });

  it("near miss: a name with brackets that are no basis label keeps its name and has no basis", () => {
    const [r] = only(
      read([
        ["指標名", "現状値(R5)", "目標値(R9)"],
        ["参加者数（延べ人数）", "100人", "120人"],
      ]),
    );
    expect([r.indicator, r.cells.basis]).toEqual(["参加者数（延べ人数）", undefined]);
  });
});

describe("2. the path from baseline to target inside the name cell", () => {
  it("「合計特殊出生率 H27年1.5→R7年1.8」: name, both values and both years", () => {
    const [r] = only(
      read([
        ["指標名", "現状値", "目標値"],
        ["合計特殊出生率 H27年1.5→R7年1.8", "", ""],
        ["転入者数", "300人", "400人"],
      ]),
    );
    expect([r.indicator, r.baseline.kind, num(r.target), r.baselineYear?.label, r.targetYear?.label]).toEqual([
      "合計特殊出生率",
      "quantity",
      1.8,
      "H27",
      "R7",
    ]);
  });

  it("near miss: an arrow in a name with no values on both sides changes nothing", () => {
    const rows = only(
      read([
        ["指標名", "現状値", "目標値"],
        ["相談→支援の移行率", "40%", "50%"],
      ]),
    );
    expect(rows.map((r) => [r.indicator, num(r.target)])).toEqual([["相談→支援の移行率", 50]]);
  });
});

describe("4. the rule in the target cell's note", () => {
  it("「2,450⏎(15%減)」: the note is the basis, read from the target cell", () => {
    const [r] = only(
      read([
        ["指標名", "基準値(R2)", "目標値(R12)"],
        ["CO2排出量(千t)", "2,882", "2,450\n(15%減)"],
      ]),
    );
    expect([num(r.target), r.cells.basis?.text, r.cells.basis?.address]).toEqual([2450, "15%減", "C2"]);
  });

  it("near miss: a note that is no change (予約を含む, R6) gives no basis", () => {
    const rows = only(
      read([
        ["指標名", "基準値(R2)", "目標値(R12)"],
        ["相談件数", "100件", "120件(予約を含む)"],
        ["利用者数", "50人", "60人(R6)"],
      ]),
    );
    expect(rows.map((r) => r.cells.basis)).toEqual([undefined, undefined]);
  });
});
