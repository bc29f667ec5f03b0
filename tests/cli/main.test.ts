import { createHash } from "crypto";
import { promises as fs } from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { ReportSchema, type Report } from "../../src/core/report/schema";
import { fixture, freshDir, run, sample } from "./helpers";

const STACK_LINE = /^\s+at /m;
const sha = async (file: string) =>
  createHash("sha256")
    .update(await fs.readFile(file))
    .digest("hex");

/** A generic one-row table; `target` varies between the clean and the faulty twin. */
async function genericTable(dir: string, name: string, target: string | number): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("成果指標");
  ws.addRow(["No.", "指標名", "単位", "現状値", "基準年度", "目標値", "目標年度", "目標値の設定根拠"]);
  ws.addRow([1, "市民活動団体の登録数", "団体", 86, "2023年度", target, "2030年度", "毎年2団体の増加を目指す"]);
  const file = path.join(dir, name);
  await wb.xlsx.writeFile(file);
  return file;
}

describe("kpi-check arguments", () => {
  it("prints the usage with --help and exits 0", async () => {
    const r = await run(["--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("kpi-check FILE.xlsx");
    expect(r.stdout).toContain("--lang ja|en");
    expect(r.stderr).toBe("");
  });

  it.each([
    [[], /ファイルを指定してください \/ give at least one \.xlsx file/],
    [["a.xlsx", "--bogus"], /不明なオプション: --bogus \/ unknown option: --bogus/],
    [["a.xlsx", "--lang", "fr"], /--lang は ja か en です: fr/],
    [["a.xlsx", "--out"], /--out に値がありません \/ --out needs a value/],
  ])("rejects %j with exit 2 and a reason", async (argv, reason) => {
    const r = await run(argv as string[]);
    expect(r.code).toBe(2);
    expect(r.stderr.split("\n")[0]).toMatch(reason);
    expect(r.stdout).toBe("");
  });
});

describe("kpi-check on unusable input", () => {
  it.each([
    ["not-a-workbook.xlsx", "Excelブック（.xlsx）ではありません"],
    ["truncated.xlsx", "ブックが壊れているか、途中で切れています"],
    ["empty-file.xlsx", "ファイルが空です"],
    ["encrypted.xlsx", "パスワード保護された"],
    ["no-sheets.xlsx", "ワークシートがありません"],
    ["missing.xlsx", "ファイルが見つかりません"],
  ])("%s → exit 2, one line on stderr, nothing on stdout", async (name, reason) => {
    const r = await run([fixture(name)]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(r.stderr.split("\n")[0] + "\n");
    expect(r.stderr).toContain(`${name}: ${reason}`);
    expect(r.stderr).not.toMatch(STACK_LINE);
    expect(r.stdout).toBe("");
  });

  it("still checks the good files given with a bad one, and exits 2", async () => {
    const r = await run([fixture("not-a-workbook.xlsx"), sample("kyosei-vision.xlsx"), "--json"]);
    expect(r.code).toBe(2);
    const reports = JSON.parse(r.stdout) as Report[];
    expect(reports.map((x) => x.file)).toEqual([sample("kyosei-vision.xlsx")]);
  });

  it("names an unknown --sheet as unusable input", async () => {
    const r = await run([sample("kyosei-vision.xlsx"), "--sheet", "ない"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("kyosei-vision.xlsx: 指定されたシートがありません: ない / no sheet of that name: ない");
  });
});

describe("kpi-check exit codes 0 and 1", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await freshDir("exit-codes");
  });

  it("exits 0 for a table whose target follows its basis", async () => {
    const r = await run([await genericTable(dir, "clean.xlsx", 100), "--json"]);
    const report = ReportSchema.parse(JSON.parse(r.stdout));
    expect(report.summary.errors).toBe(0);
    expect(r.code).toBe(0);
  });

  it("exits 1 for the same table with an unreadable target", async () => {
    const r = await run([await genericTable(dir, "faulty.xlsx", "百くらい"), "--json"]);
    const report = ReportSchema.parse(JSON.parse(r.stdout));
    expect(report.summary.errors).toBeGreaterThan(0);
    expect(report.sheets[0].findings.some((f) => f.severity === "error" && f.cell === "F2")).toBe(true);
    expect(r.code).toBe(1);
  });

  it("exits 1 for a sheet with no KPI table (LAYOUT_NOT_FOUND)", async () => {
    const r = await run([fixture("no-kpi-table.xlsx"), "--json"]);
    const report = ReportSchema.parse(JSON.parse(r.stdout));
    expect(report.sheets[0].findings.map((f) => f.code)).toEqual(["LAYOUT_NOT_FOUND"]);
    expect(r.code).toBe(1);
  });
});

describe("kpi-check --json on the samples", () => {
  let kyosei: Report;
  let sousei: Report;
  beforeAll(async () => {
    const r = await run([sample("kyosei-vision.xlsx"), sample("sousei-strategy.xlsx"), "--json"]);
    const reports = JSON.parse(r.stdout) as unknown[];
    expect(reports).toHaveLength(2);
    [kyosei, sousei] = reports.map((x) => ReportSchema.parse(x));
  });

  it("gives one report per file, each passing ReportSchema, with the layout and target year", () => {
    expect(kyosei.sheets.map((s) => [s.name, s.layout, s.targetYear])).toEqual([
      ["共生ビジョンKPI", "kyosei-vision", "R12"],
    ]);
    expect(sousei.sheets.map((s) => [s.name, s.layout, s.targetYear])).toEqual([
      ["総合戦略KPI", "sousei-strategy", "R11"],
    ]);
  });

  it("reports every 共生ビジョン indicator row at its sheet row", () => {
    const rows = kyosei.sheets[0].rows;
    // sheet rows holding seed lines 9–18, 24–32 and 40–43
    const expected = [7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 22, 23, 24, 25, 26, 27, 28, 29, 30, 38, 39, 40, 41];
    expect(rows.map((r) => r.row)).toEqual(expected);
    const byRow = new Map(rows.map((r) => [r.row, r]));
    // rows that are not shifted: indicator from C, status from L (新規 in the 新規指標 block)
    const unshifted: [number, string, string][] = [
      [7, "助成制度適用設備投資額", "継続"],
      [8, "産業立地数", "継続"],
      [9, "ふるさと融資実行数", "継続"],
      [10, "子育て拠点施設延べ利用者数", "継続"],
      [11, "1歳～11歳に占める病児病後児保育登録者の割合", "継続"],
      [12, "ファミリーサポートセンター協力会員養成講座受講者数", "継続"],
      [13, "介護保険事業所に占める登録事業の割合", "変更"],
      [16, "オンライン診療実施医療機関数", "継続"],
      [22, "伊那本線利用者人数", "継続"],
      [25, "空き家バンク登録件数", "継続"],
      [26, "空き家バンク成約件数", "継続"],
      [27, "空き家バンク利用居住者数", "継続"],
      [28, "20代から40代が世帯主の移住・定住者数", "削除"],
      [38, "放送番組数", "新規"],
      [39, "サービス利用者数", "新規"],
      [40, "圏域での移住体験ツアー等の実施回数", "新規"],
      [41, "ツールの運用に向けた研究・操作研修会等の実施回数", "新規"],
    ];
    for (const [row, indicator, status] of unshifted) {
      expect([row, byRow.get(row)?.indicator, byRow.get(row)?.status]).toEqual([row, indicator, status]);
    }
    expect(byRow.get(22)?.target.stated?.text).toBe("19,000人/年");
  });

  it("flags the seed's shifted rows as COLUMN_SHIFT", () => {
    const shifted = new Set(kyosei.sheets[0].findings.filter((f) => f.code === "COLUMN_SHIFT").map((f) => f.row));
    for (const row of [14, 15, 24, 29]) expect([row, shifted.has(row)]).toEqual([row, true]);
    expect(shifted.has(22)).toBe(false);
  });

  it("reports every 総合戦略 indicator row with its status", () => {
    const rows = sousei.sheets[0].rows;
    expect(rows).toHaveLength(93);
    const byRow = new Map(rows.map((r) => [r.row, r]));
    const spot: [number, string, string, string][] = [
      [5, "事業を通じた成婚者数", "継続", "20人/年"],
      [17, "公立保育園の正規保育士１人当たりの園児数", "新規", "11.9人（令和5年度の19市平均）"],
      [64, "立地件数", "継続", "53件（予約契約を含む）"],
      [90, "自治体運営支援に向けた集落支援員の配置数", "新規", "9人"],
      [103, "伊那市防災気象情報のアクセス件数", "新規", "8,600件/年"],
    ];
    for (const [row, indicator, status, stated] of spot) {
      const r = byRow.get(row);
      expect([row, r?.indicator, r?.status, r?.target.stated?.text]).toEqual([row, indicator, status, stated]);
    }
    // no header or title row is taken for an indicator
    expect(rows.some((r) => [3, 4, 33, 35, 36, 67, 68].includes(r.row))).toBe(false);
  });
});

describe("kpi-check readable summary", () => {
  it("prints the Japanese summary by default", async () => {
    const r = await run([sample("kyosei-vision.xlsx")]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("シート「共生ビジョンKPI」");
    expect(r.stdout).toContain("要修正");
    expect(r.stdout).toMatch(/22行 伊那本線利用者人数: 記載 19,000人\/年/);
    expect(r.stdout).toContain("[エラー] 列のずれ: ");
    expect(r.stdout).not.toContain("COLUMN_SHIFT");
  });

  it("prints English with --lang en", async () => {
    const r = await run([sample("kyosei-vision.xlsx"), "--lang", "en"]);
    expect(r.stdout).toContain('Sheet "共生ビジョンKPI"');
    expect(r.stdout).toContain("needs fixes");
    expect(r.stdout).toMatch(/row 22 伊那本線利用者人数: stated 19,000人\/年/);
    expect(r.stdout).not.toContain("要修正");
  });
});

describe("kpi-check --out", () => {
  it("writes DIR/<name>-checked.xlsx per input, leaves the inputs byte-identical", async () => {
    const dir = path.join(await freshDir("out"), "nested", "dir") + path.sep;
    const inputs = [sample("kyosei-vision.xlsx"), sample("sousei-strategy.xlsx")];
    const before = await Promise.all(inputs.map(sha));
    const r = await run([...inputs, "--out", dir]);
    expect(r.code).toBe(1);
    expect(await Promise.all(inputs.map(sha))).toEqual(before);
    expect((await fs.readdir(dir)).sort()).toEqual(["kyosei-vision-checked.xlsx", "sousei-strategy-checked.xlsx"]);

    const json = await run([inputs[0], "--json"]);
    const report = ReportSchema.parse(JSON.parse(json.stdout));
    const copy = new ExcelJS.Workbook();
    await copy.xlsx.readFile(path.join(dir, "kyosei-vision-checked.xlsx"));
    const ws = copy.getWorksheet("共生ビジョンKPI")!;
    const shift = report.sheets[0].findings.find((f) => f.code === "COLUMN_SHIFT" && f.row === 29)!;
    const note = ws.getCell(shift.cell!).note;
    const noteText = typeof note === "string" ? note : (note?.texts ?? []).map((t) => t.text).join("");
    expect(noteText).toContain(shift.message);
    expect(noteText).toContain("【エラー】列のずれ");
    expect((ws.getCell(shift.cell!).fill as ExcelJS.FillPattern).fgColor?.argb).toBe("FFF8CBAD");
    const results = copy.getWorksheet("検証結果")!;
    // header + one line per finding, the code last; the targets on a sheet of their own
    const findings = report.sheets[0].findings.length;
    expect(results.getCell(findings + 1, 5).value).toBe(report.sheets[0].findings[findings - 1].code);
    expect(results.rowCount).toBe(1 + findings);
    const targets = report.sheets[0].rows.filter((row) => row.target.status !== "not-applicable").length;
    expect(copy.getWorksheet("検証結果_目標値")!.rowCount).toBe(1 + targets);
  });

  it("writes to a file path when one input is given", async () => {
    const dir = await freshDir("out-file");
    const out = path.join(dir, "annotated.xlsx");
    const r = await run([sample("sousei-strategy.xlsx"), "--out", out, "--lang", "en"]);
    expect(r.code).toBe(1);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => [w.name, w.state])).toEqual([
      ["総合戦略KPI", "visible"],
      ["検証結果", "visible"],
      ["検証結果_目標値", "visible"],
      ["kpi-check記録", "veryHidden"],
    ]);
    expect(wb.getWorksheet("検証結果")!.getCell("A1").value).toBe("Severity"); // --lang en
  });
});

describe("kpi-check progress on large files", () => {
  it("writes progress lines to stderr only, for more than 5,000 rows", async () => {
    const dir = await freshDir("large");
    const file = path.join(dir, "rows-6000.xlsx");
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("成果指標");
    ws.addRow(["No.", "指標名", "単位", "現状値", "基準年度", "目標値", "目標年度"]);
    for (let i = 1; i <= 6000; i++) ws.addRow([i, `指標${i}`, "人", 100, "2023年度", 110, "2030年度"]);
    await wb.xlsx.writeFile(file);
    const r = await run([file, "--json"]);
    expect(r.stderr).toContain("読み込み中… 100%");
    expect(r.stderr).toMatch(/読み込み中… [1-9]0%/);
    expect(r.stdout).not.toContain("読み込み中");
    expect(ReportSchema.parse(JSON.parse(r.stdout)).summary.rows).toBe(6000);

    const small = path.join(dir, "rows-10.xlsx");
    const wb2 = new ExcelJS.Workbook();
    const ws2 = wb2.addWorksheet("成果指標");
    ws2.addRow(["No.", "指標名", "単位", "現状値", "基準年度", "目標値", "目標年度"]);
    for (let i = 1; i <= 10; i++) ws2.addRow([i, `指標${i}`, "人", 100, "2023年度", 110, "2030年度"]);
    await wb2.xlsx.writeFile(small);
    expect((await run([small, "--json"])).stderr).toBe("");
  });
});

describe("kpi-check on a consistent sheet", () => {
  it("exits 0 with no error and no warning, every target matched (read from .xlsx)", async () => {
    const r = await run([fixture("consistent-sheet.xlsx"), "--json"]);
    const report = ReportSchema.parse(JSON.parse(r.stdout));
    expect(report.summary).toMatchObject({ errors: 0, warnings: 0 });
    expect(report.sheets[0].rows.length).toBeGreaterThan(0);
    expect(report.sheets[0].rows.every((x) => x.target.status === "match")).toBe(true);
    expect(r.code).toBe(0);
  });
});
