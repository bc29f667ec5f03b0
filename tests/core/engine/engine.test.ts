import { readWorkbook } from "../../../src/cli/read-workbook";
import { checkGrid } from "../../../src/core/engine";
import { gridFromRows } from "../../../src/core/grid/grid";
import type { RowReport, SheetReport } from "../../../src/core/report/schema";
import { CLEAN, kyoseiCells, kyoseiGrid } from "../checks/builder";

/** checkGrid end to end: the generic table of another city, and the seed's shifted rows. */

const rowAt = (s: SheetReport, n: number): RowReport => {
  const r = s.rows.find((x) => x.row === n);
  if (!r) throw new Error(`row ${n} not reported`);
  return r;
};

describe("checkGrid on tests/fixtures/generic.xlsx", () => {
  let sheet: SheetReport;
  beforeAll(async () => {
    [sheet] = (await readWorkbook("tests/fixtures/generic.xlsx")).map((g) => checkGrid(g));
  });

  it("reads all four data rows with their own columns (row 6's basis 国の目標値を目指す is no header)", () => {
    expect(sheet.rows.map((r) => [r.row, r.indicator])).toEqual([
      [4, "図書館の年間貸出冊数"],
      [5, "市民活動団体の登録数"],
      [6, "特定健診受診率"],
      [7, "ごみの1人1日当たり排出量"],
    ]);
    expect(sheet.tables).toHaveLength(1);
    expect(sheet.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(sheet.findings.map((f) => [f.code, f.cell])).toEqual([
      ["BASIS_MISMATCH", "F4"],
      ["BASIS_UNPARSED", "H6"],
      ["BASIS_MISMATCH", "F7"],
    ]);
  });

  it("the plan target year is the 目標年度 column's common value; n counts from each row's base year", () => {
    expect(sheet.targetYear).toBe("R12");
    expect(rowAt(sheet, 4).target.explanation).toContain("412,000 × 1.01⁷ = 441,719.8");
    expect(rowAt(sheet, 7).target).toMatchObject({ status: "mismatch", rule: "maintain", basisCell: "H7" });
  });
});

describe("plan target year with a 目標年度 column", () => {
  const header = ["指標名", "単位", "現状値", "基準年度", "目標値", "目標年度", "設定根拠"];
  const grid = (year2: string) =>
    gridFromRows("S", [
      header,
      ["貸出冊数", "冊", 1000, "2024年度", 1060, "2030年度", "毎年10冊の増加を目指す"],
      ["登録団体数", "団体", 80, "2024年度", 88, year2, "毎年2団体の増加を目指す"],
    ]);

  it("rows that disagree: no plan year for the sheet; each row uses its own year for n", () => {
    const s = checkGrid(grid("2028年度"));
    expect(s.targetYear).toBeNull();
    expect(rowAt(s, 2).target).toMatchObject({ status: "match", computed: { value: 1060 } });
    expect(rowAt(s, 3).target).toMatchObject({ status: "match", computed: { value: 88 } });
  });

  it("rows that agree: that year", () => {
    const s = checkGrid(grid("2030年度"));
    expect(s.targetYear).toBe("R12");
    expect(rowAt(s, 3).target).toMatchObject({ status: "mismatch", computed: { value: 92 } });
  });
});

describe("checkGrid on samples/kyosei-vision.xlsx: targets of the shifted rows", () => {
  let sheet: SheetReport;
  beforeAll(async () => {
    [sheet] = (await readWorkbook("samples/kyosei-vision.xlsx")).map((g) => checkGrid(g));
  });

  it("LINE (row 29): realigned R6 7,691 × 1.5 = 11,536.5 → 12,000 match; no fill into the shifted row", () => {
    const t = rowAt(sheet, 29).target;
    expect(t).toMatchObject({ status: "match", rule: "multiple", stated: { text: "12,000人", value: 12000 } });
    expect(t.computed?.value).toBe(11536.5);
    expect(t.explanation).toBe(
      "列のずれを直した行で計算: 実績欄H29（R6）の7,691の根拠の1.5倍: 7,691 × 1.5 = 11,536.5 → 12,000（目標値12,000人と一致。目標値の書き方に合わせ1,000の位に丸めて比較）",
    );
    expect(t.explanationEn).toMatch(/^computed on the realigned row: /);
    // The basis text is in L29 on the sheet; the target cell N29 takes K29's content when realigned.
    expect(t.basisCell).toBe("L29");
    expect(t.fill).toBeUndefined();
  });

  it("多職種間情報共有事例 (row 14): 削除 after realignment → not applicable", () => {
    expect(rowAt(sheet, 14).target).toMatchObject({
      status: "not-applicable",
      explanation: "列のずれを直した行で判定: 削除する指標のため計算しません",
    });
  });

  it("the other shifted rows get their verdicts: 15 mismatch (5 periods would match), 24 not applicable, 30 match", () => {
    const t15 = rowAt(sheet, 15).target;
    expect(t15).toMatchObject({ status: "mismatch", rule: "compound-growth", basisCell: "O15" });
    expect(t15.computed?.value).toBeCloseTo(346.374, 3);
    expect(t15.alternatives?.map((a) => a.label)).toEqual(["5期間で計算"]);
    // N15 is not part of the realignment (only the indicator moves A15 → C15): the value may be written.
    expect(t15.fill?.cell).toBe("N15");
    expect(rowAt(sheet, 24).target.status).toBe("not-applicable");
    expect(rowAt(sheet, 30).target).toMatchObject({ status: "match", rule: "fixed", computed: { value: 3 } });
    for (const n of [14, 15, 24, 29, 30]) {
      expect([n, sheet.findings.some((f) => f.row === n && f.code === "COLUMN_SHIFT")]).toEqual([n, true]);
    }
  });

  it("each part of a multi-metric target is explained in English too", () => {
    const parts = rowAt(sheet, 23).target.parts;
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) {
      expect(p.explanationEn).toMatch(/^[A-Za-z].*\d/);
      expect(p.explanationEn).not.toBe(p.explanation);
    }
  });

  it("a realigned row is reported with the indicator and status its realignment reads", () => {
    const named = (n: number) => {
      const r = rowAt(sheet, n);
      return [n, r.indicator, r.status, r.statusText];
    };
    // Row 14 as read: the project name in the indicator column, 2,440人/年 in the status column.
    expect(named(14)).toEqual([14, "多職種間情報共有事例", "削除", "削除"]);
    expect(named(24)).toEqual([24, "新規コンテンツ数", "削除", "削除"]);
    // Row 29 as read: the basis prose in the status column.
    expect(named(29)).toEqual([29, "伊那市LINE公式アカウント利用者数", "継続", "継続"]);
    expect(named(30)).toEqual([30, "合同職員研修実施回数", "継続", "継続"]);
    // A row in place is reported as read.
    expect(named(15)[1]).toBe("買物サービスシステム利用者数");
  });
});

describe("checkGrid: one realignment per row, read by targets, checks and the report", () => {
  const clean = kyoseiCells(CLEAN);
  const shifted = [clean[0], clean[1], null, ...clean.slice(2, 15)];

  it("the shifted row has one COLUMN_SHIFT, no finding of its misplaced cells, its target and name from the realigned row", () => {
    const s = checkGrid(kyoseiGrid([clean.map((c, i) => (i === 2 ? "観光入込客数" : c)), shifted]));
    expect(s.findings.filter((f) => f.row === 6).map((f) => f.code)).toEqual(["COLUMN_SHIFT"]);
    expect(rowAt(s, 6)).toMatchObject({ indicator: CLEAN.indicator, status: "継続" });
    expect(rowAt(s, 6).target.explanation).toMatch(/^列のずれを直した行で計算: /);
    // The row in place keeps its own reading and no shift.
    expect(rowAt(s, 5)).toMatchObject({ indicator: "観光入込客数", status: "継続" });
    expect(s.findings.filter((f) => f.row === 5 && f.code === "COLUMN_SHIFT")).toEqual([]);
  });

  it("near miss: a row in place with a misspelt status is not shifted; its target is computed as read", () => {
    const s = checkGrid(kyoseiGrid([{ ...CLEAN, status: "継続予定" }]));
    expect(s.findings.map((f) => f.code)).toEqual(["STATUS_INVALID"]);
    expect(rowAt(s, 5)).toMatchObject({ indicator: CLEAN.indicator, status: null, statusText: "継続予定" });
    expect(rowAt(s, 5).target).toMatchObject({ status: "match", rule: "compound-growth" });
  });
});

describe("checkGrid: a shifted row whose realignment is ambiguous stays unverifiable", () => {
  const clean = kyoseiCells(CLEAN);
  const rightByOne = (cells: (string | number | boolean | null)[]) => [cells[0], cells[1], null, ...cells.slice(2, 15)];

  it("the status finds no place (検討中 stays in the reason column)", () => {
    const s = checkGrid(kyoseiGrid([rightByOne(kyoseiCells({ ...CLEAN, status: "検討中" }))]));
    expect(s.findings.map((f) => f.code)).toContain("COLUMN_SHIFT");
    expect(rowAt(s, 5).target).toMatchObject({ status: "unverifiable", computed: null });
    expect(rowAt(s, 5).target.explanation).toMatch(/^列がずれている疑いがあるため計算しません/);
  });

  it("no target in place after realignment", () => {
    const s = checkGrid(kyoseiGrid([rightByOne(kyoseiCells({ ...CLEAN, target: undefined }))]));
    expect(rowAt(s, 5).target).toMatchObject({ status: "unverifiable", computed: null });
  });

  it("the same shift with every field present is computed on the realigned row", () => {
    const s = checkGrid(kyoseiGrid([rightByOne(clean)]));
    expect(rowAt(s, 5).target).toMatchObject({ status: "match", rule: "compound-growth" });
    expect(rowAt(s, 5).target.fill).toBeUndefined();
  });
});
