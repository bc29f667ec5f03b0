import * as path from "path";
import { readWorkbook } from "../../../src/cli/read-workbook";
import { cellAddress, columnLetters, type Grid } from "../../../src/core/grid/grid";
import { readTables } from "../../../src/core/rows/read";
import { checkTable } from "./builder";
import type { Finding } from "../../../src/core/report/schema";
import type { KpiTable } from "../../../src/core/rows/types";

/**
 * The damage the seeds carry, found at the right cell on the sample workbooks (samples/*.xlsx,
 * built from the seeds by scripts/build-samples.ts) read through the CLI's reader. Rows are
 * located by their text, not by number, so a rebuilt sample with another title row still works.
 */
const SAMPLES = path.join(__dirname, "../../../samples");

interface Sheet {
  grid: Grid;
  tables: KpiTable[];
  findings: Finding[];
}

async function load(file: string): Promise<Sheet> {
  const [grid] = await readWorkbook(path.join(SAMPLES, file));
  const tables = readTables(grid);
  const findings = tables.flatMap((table) => checkTable(grid, table));
  return { grid, tables, findings };
}

/** 1-based sheet row of the first cell whose text contains `text`. */
function rowOf(grid: Grid, text: string): number {
  for (let r = 0; r < grid.rowCount; r++) {
    for (let c = 0; c < grid.colCount; c++) if (grid.cells[r]?.[c]?.text.includes(text)) return r + 1;
  }
  throw new Error(`not in the sheet: ${text}`);
}

function at(findings: Finding[], code: string, row: number): Finding[] {
  return findings.filter((f) => f.code === code && f.row === row);
}

describe("共生ビジョン sample (seed 000)", () => {
  let s: Sheet;
  let col: (field: "indicator" | "basis" | "source" | "baseline") => string;
  beforeAll(async () => {
    s = await load("kyosei-vision.xlsx");
    col = (field) => columnLetters(s.tables[0].layout.columns[field]!);
  });

  it("多職種間情報共有事例: the whole row shifted right, realigned one column left", () => {
    const r = rowOf(s.grid, "多職種間情報共有事例");
    const [f] = at(s.findings, "COLUMN_SHIFT", r);
    expect(f.cell).toBe(`${col("baseline")}${r}`);
    expect(f.moves).toContainEqual({
      from: `${col("baseline")}${r}`,
      to: `${col("indicator")}${r}`,
      text: "多職種間情報共有事例",
    });
    expect(f.moves).toContainEqual({ from: `M${r}`, to: `L${r}`, text: "削除" });
    expect(f.moves).toContainEqual({ from: `F${r}`, to: `E${r}`, text: "R1" });
  });

  it("買物サービスシステム利用者数: the name in 政策分野 goes to the indicator column", () => {
    const r = rowOf(s.grid, "買物サービスシステム利用者数");
    const [f] = at(s.findings, "COLUMN_SHIFT", r);
    expect(f.cell).toBe(`A${r}`);
    expect(f.moves).toEqual([{ from: `A${r}`, to: `${col("indicator")}${r}`, text: "買物サービスシステム利用者数" }]);
  });

  it("新規コンテンツ数: the name in 計画策定時 goes to the indicator column, the project to 事業名", () => {
    const r = rowOf(s.grid, "新規コンテンツ数");
    const [f] = at(s.findings, "COLUMN_SHIFT", r);
    expect(f.cell).toBe(`D${r}`);
    expect(f.moves).toEqual([
      { from: `C${r}`, to: `B${r}`, text: "ケーブルテレビによる放送システムの構築・運営" },
      { from: `D${r}`, to: `C${r}`, text: "新規コンテンツ数" },
    ]);
  });

  it("伊那市LINE公式アカウント利用者数: a collapsed row spread back over its columns", () => {
    const r = rowOf(s.grid, "伊那市LINE公式アカウント利用者数");
    const [f] = at(s.findings, "COLUMN_SHIFT", r);
    expect(f.moves).toEqual(
      expect.arrayContaining([
        { from: `A${r}`, to: `C${r}`, text: "伊那市LINE公式アカウント利用者数" },
        { from: `H${r}`, to: `K${r}`, text: "7,691人" },
        { from: `I${r}`, to: `L${r}`, text: "継続" },
        { from: `K${r}`, to: `N${r}`, text: "12,000人" },
        { from: `L${r}`, to: `O${r}`, text: "過去の実績を踏まえR6の現状から1.5倍の増加を目指す。" },
        { from: `M${r}`, to: `P${r}`, text: "R1-6実績数値" },
      ]),
    );
  });

  it("合同職員研修実施回数: the name in 計画策定時", () => {
    const r = rowOf(s.grid, "合同職員研修実施回数");
    const [f] = at(s.findings, "COLUMN_SHIFT", r);
    expect(f.cell).toBe(`D${r}`);
    expect(f.moves).toContainEqual({ from: `D${r}`, to: `C${r}`, text: "合同職員研修実施回数" });
  });

  it("産業立地数 and ふるさと融資実行数: a basis column holding only a source name", () => {
    for (const name of ["産業立地数", "ふるさと融資実行数"]) {
      const r = rowOf(s.grid, name);
      const [f] = at(s.findings, "COLUMN_SHIFT", r);
      expect(f.moves).toEqual([{ from: `${col("basis")}${r}`, to: `${col("source")}${r}`, text: "産業振興KPI管理表" }]);
    }
  });

  it("exactly the damaged rows are shifted; the clean rows next to them are not", () => {
    const shifted = s.findings.filter((f) => f.code === "COLUMN_SHIFT").map((f) => f.row);
    const expected = [
      "産業立地数",
      "ふるさと融資実行数",
      "多職種間情報共有事例",
      "買物サービスシステム利用者数",
      "新規コンテンツ数",
      "伊那市LINE公式アカウント利用者数",
      "合同職員研修実施回数",
    ].map((t) => rowOf(s.grid, t));
    expect(shifted.sort((a, b) => a! - b!)).toEqual(expected.sort((a, b) => a - b));
  });

  it("SERIES_BREAK: 64.8%(R6年度から3市町村平均) and the 乗合タクシー cell that splits into three", () => {
    const share = rowOf(s.grid, "介護保険事業所に占める登録事業の割合");
    expect(at(s.findings, "SERIES_BREAK", share).map((f) => f.cell)).toEqual([`K${share}`]);
    const taxi = rowOf(s.grid, "ドアツードア乗合タクシー・ぐるっとタクシー利用者数");
    expect(at(s.findings, "SERIES_BREAK", taxi).map((f) => [f.cell, f.messageKey])).toEqual([
      [`J${taxi}`, "SERIES_BREAK.split"],
    ]);
  });

  it("UNIT_STYLE: 78件 and 101件 in a 件/年 row", () => {
    const r = rowOf(s.grid, "空き家バンク成約件数");
    expect(at(s.findings, "UNIT_STYLE", r).map((f) => f.cell)).toEqual([`H${r}`, `I${r}`]);
  });

  it("the 新規指標 block is clean", () => {
    const block = s.tables.find((t) => t.layout.block === "new")!;
    const rows = new Set(block.rows.map((r) => r.row));
    expect(s.findings.filter((f) => f.row !== null && rows.has(f.row))).toEqual([]);
  });
});

describe("総合戦略 sample (seed 001)", () => {
  let s: Sheet;
  let target: (r: number) => string;
  let baseline: (r: number) => string;
  beforeAll(async () => {
    s = await load("sousei-strategy.xlsx");
    target = (r) => cellAddress(r - 1, s.tables[0].layout.columns.target!);
    baseline = (r) => cellAddress(r - 1, s.tables[0].layout.columns.baseline!);
  });

  it("flags every （R6） note under 現状値（R5）", () => {
    const noted = [
      "自治体運営支援に向けた集落支援員の配置数",
      "ブランド特設サイトアクセス件数",
      "地域プレイヤー育成・女性キャリア形成等に関するセミナー参加者数",
      "「フィンランドの体験と対話の場」開催数",
    ];
    const years = s.findings.filter((f) => f.code === "YEAR_MISMATCH");
    expect(years.map((f) => f.cell)).toEqual(noted.map((t) => baseline(rowOf(s.grid, t))));
    expect(years.every((f) => f.found === "R6" && f.expected === "R5" && f.severity === "error")).toBe(true);
  });

  it("flags the downward 地域産材 and 養成講座 targets", () => {
    for (const name of ["地域産材の地域内消費量", "養成講座による人材育成"]) {
      const r = rowOf(s.grid, name);
      expect(at(s.findings, "TARGET_DIRECTION", r).map((f) => f.cell)).toEqual([target(r)]);
    }
  });

  it("does not flag がんによる死亡率 or CO₂排出量 going down, nor 排出抑制量 going up", () => {
    for (const name of [
      "がんによる死亡率",
      "市内におけるCO₂排出量",
      "市有施設における二酸化炭素排出量",
      "排出抑制量",
    ]) {
      expect(at(s.findings, "TARGET_DIRECTION", rowOf(s.grid, name))).toEqual([]);
    }
  });

  it("does not flag 11.9人（令和5年度の19市平均）: its note explains the target", () => {
    const r = rowOf(s.grid, "正規保育士１人当たりの園児数");
    expect(s.findings.filter((f) => f.row === r)).toEqual([]);
  });
});
