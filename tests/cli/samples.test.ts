import { readWorkbook } from "../../src/cli/read-workbook";
import { cellAddress, cellText, getCell, type Grid } from "../../src/core/grid/grid";
import { sample, seedText } from "./helpers";

/** Sheet row r of the 共生ビジョン sample holds seed line r + 2 (data file's convention). */
const KYOSEI_SEED_OFFSET = 2;

describe("samples/kyosei-vision.xlsx against seed 000", () => {
  let g: Grid;
  let lines: string[];
  beforeAll(async () => {
    [g] = await readWorkbook(sample("kyosei-vision.xlsx"));
    lines = (await seedText("000_")).split("\n");
  });

  it("has every tab-separated field of the seed at its literal address, shifted rows included", () => {
    let checked = 0;
    lines.forEach((line, i) => {
      const row = i - KYOSEI_SEED_OFFSET; // 0-based sheet row
      if (row < 0) return;
      line.split("\t").forEach((field, col) => {
        if (field === "") return;
        expect([cellAddress(row, col), cellText(g, row, col)]).toEqual([cellAddress(row, col), field.trim()]);
        checked++;
      });
    });
    expect(checked).toBeGreaterThan(300); // the seed was read (350 non-empty fields)
  });

  it("has nothing the seed does not have, except nothing at all", () => {
    for (let r = 0; r < g.rowCount; r++) {
      const fields = (lines[r + KYOSEI_SEED_OFFSET] ?? "").split("\t");
      for (let c = 0; c < g.colCount; c++) {
        if ((fields[c] ?? "") === "") expect([cellAddress(r, c), cellText(g, r, c)]).toEqual([cellAddress(r, c), ""]);
      }
    }
  });

  it("keeps the shifted rows shifted (the damage the checker must find)", () => {
    expect(cellText(g, 28, 0)).toBe("伊那市LINE公式アカウント利用者数"); // row 29: indicator in A
    expect(cellText(g, 28, 8)).toBe("継続"); // 継続 in an actual column
    expect(cellText(g, 13, 4)).toBe("実績なし"); // row 14: values one column to the right
    expect(cellText(g, 23, 3)).toBe("新規コンテンツ数");
  });

  it("merges the group headers and the policy-area / project cells", () => {
    const has = (top: number, left: number, bottom: number, right: number) =>
      expect(g.merges).toContainEqual({ top, left, bottom, right });
    has(4, 2, 4, 6); // 重要業績評価指標(KPI) over C5:G5
    has(4, 7, 4, 10); // KPI実績値推移 over H5:K5
    has(4, 14, 4, 15); // (4)KPI設定(算出)根拠 over O5:P5
    has(19, 7, 19, 10); // repeated header after the page break
    has(35, 13, 35, 14); // 新規指標 block: (4) over N36:O36
    has(9, 0, 13, 0); // 生活機能の強化 down A10:A14
    expect(cellText(g, 33, 0)).toBe("■新規指標");
  });
});

describe("samples/sousei-strategy.xlsx against seed 001", () => {
  let g: Grid;
  let seed: string;
  const squash = (s: string) => s.replace(/\s+/g, "");
  const dataRows = (grid: Grid) => {
    const rows: number[] = [];
    for (let r = 0; r < grid.rowCount; r++) {
      const status = cellText(grid, r, 6);
      if (status === "新規" || status === "継続") rows.push(r);
    }
    return rows;
  };
  beforeAll(async () => {
    [g] = await readWorkbook(sample("sousei-strategy.xlsx"));
    seed = squash(await seedText("001_"));
  });

  it("has the 93 indicator rows of the seed, 28 + 30 + 35 across its three pages", () => {
    const rows = dataRows(g);
    expect(rows).toHaveLength(93);
    expect(rows.filter((r) => r < 32)).toHaveLength(28);
    expect(rows.filter((r) => r >= 36 && r < 66)).toHaveLength(30);
    expect(rows.filter((r) => r >= 68)).toHaveLength(35);
  });

  it("writes each row's 新規/継続, 項目名, 現状値, 指標値 exactly as the seed has them, in the seed's order", () => {
    let from = 0;
    for (const r of dataRows(g)) {
      const piece = squash([6, 7, 8, 9].map((c) => cellText(g, r, c)).join(""));
      const found = seed.indexOf(piece, from);
      expect([r + 1, piece, found >= 0]).toEqual([r + 1, piece, true]);
      // Page 1's rows come first in the extract, and so on: order within the seed is kept.
      from = found;
    }
  });

  it("keeps notes inside value cells", () => {
    const row = (indicator: string) => dataRows(g).find((r) => cellText(g, r, 7) === indicator)!;
    expect(cellText(g, row("立地件数"), 9)).toBe("53件（予約契約を含む）");
    expect(cellText(g, row("公立保育園の正規保育士１人当たりの園児数"), 9)).toBe("11.9人（令和5年度の19市平均）");
    expect(cellText(g, row("自治体運営支援に向けた集落支援員の配置数"), 8)).toBe("0人（R6）");
    expect(cellText(g, row("公式ホームページアクセス件数"), 8)).toBe("37.7万件/月");
    expect(cellText(g, row("信州やまほいく認定公立保育園数"), 9)).toBe("全園");
  });

  it("has the two-row header with its merged KPI group and the years in the headers", () => {
    expect(cellText(g, 2, 7)).toBe("重要業績評価指標（KPI）");
    expect([cellText(g, 3, 7), cellText(g, 3, 8), cellText(g, 3, 9)]).toEqual([
      "項目名",
      "現状値（R5）",
      "指標値（R11）",
    ]);
    expect(g.merges).toContainEqual({ top: 2, left: 7, bottom: 2, right: 9 });
    expect(g.merges).toContainEqual({ top: 2, left: 6, bottom: 3, right: 6 });
    // hierarchy cells hold their text once, at the top of their merged area
    expect(cellText(g, 4, 0)).toBe("持続可能な地域社会の実現");
    expect(getCell(g, 5, 0).text).toBe("");
    expect(g.merges).toContainEqual({ top: 4, left: 0, bottom: 31, right: 0 });
  });
});
