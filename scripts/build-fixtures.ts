/**
 * Writes the binary test fixtures under tests/fixtures/ (committed):
 * `node scripts/run-ts.js scripts/build-fixtures.ts`.
 *
 * The 100,000-row workbook is not among them: tests/cli builds it at run time in tests/.tmp,
 * a few megabytes that need not live in git.
 */
import { promises as fs } from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { kyoseiVision } from "../samples/data/kyosei-vision";
import { consistentSheet } from "../tests/fixtures/consistent-sheet";
import type { SampleSheet } from "../samples/data/types";
import { sampleToWorkbook } from "./sample-workbook";

const DIR = path.join(__dirname, "..", "tests", "fixtures");
const CREATED = new Date(Date.UTC(2025, 3, 1));

function workbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.created = CREATED;
  wb.modified = CREATED;
  return wb;
}

function letters(col: number): string {
  let s = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** Moves a sample sheet down by `rows` and right by `cols` (the merges with it). */
function offsetSheet(sheet: SampleSheet, rows: number, cols: number, titles: string[]): SampleSheet {
  const shift = (ref: string) =>
    ref.replace(/([A-Z]+)(\d+)/g, (_, l: string, n: string) => {
      let c = 0;
      for (const ch of l) c = c * 26 + (ch.charCodeAt(0) - 64);
      return `${letters(c + cols)}${Number(n) + rows}`;
    });
  const pad: null[] = Array.from({ length: cols }, () => null);
  const top: (string | null)[][] = Array.from({ length: rows }, (_, i) => (titles[i] ? [...pad, titles[i]] : []));
  return {
    name: "KPI検証用",
    widths: [...pad.map(() => 3), ...sheet.widths],
    headerRows: sheet.headerRows.map((r) => r + rows),
    merges: sheet.merges.map(shift),
    rows: [...top, ...sheet.rows.map((r) => (r.length ? [...pad, ...r] : []))],
  };
}

const FULL_WIDTH_DIGITS = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));

/**
 * The 共生ビジョン table four rows lower and two blank columns to the right, with full-width
 * digits in one row and, in two rows, numbers stored as numbers with the unit only in the
 * number format.
 */
async function kyoseiShifted(): Promise<ExcelJS.Workbook> {
  const ROWS = 4;
  const COLS = 2;
  const base = kyoseiVision.sheets[0];
  const sheet = offsetSheet(base, ROWS, COLS, ["伊那地域定住自立圏", "", "KPI検証（作業用）"]);
  const wb = sampleToWorkbook({ file: "", sheets: [sheet] });
  const ws = wb.getWorksheet(sheet.name)!;
  const at = (sampleRow: number, sampleCol: number) => ws.getCell(sampleRow + ROWS, sampleCol + COLS);

  // 空き家バンク登録件数 (sample row 25): digits in full width, as typed with an IME.
  for (let c = 4; c <= 14; c++) {
    const cell = at(25, c);
    if (typeof cell.value === "string") cell.value = FULL_WIDTH_DIGITS(cell.value);
  }
  // 伊那本線利用者人数 (sample row 22): numbers with #,##0"人/年".
  const PEOPLE = '#,##0"人/年"';
  const numbers: [number, number][] = [
    [4, 22549],
    [6, 24000],
    [8, 18768],
    [9, 17929],
    [10, 17814],
    [11, 17842],
    [14, 19000],
  ];
  for (const [c, v] of numbers) {
    at(22, c).value = v;
    at(22, c).numFmt = PEOPLE;
  }
  // 病児病後児保育登録者の割合 (sample row 11): fractions with percent formats.
  const percents: [number, number, string][] = [
    [4, 0.14, "0%"],
    [6, 0.2, "0%"],
    [8, 0.12, "0.0%"],
    [9, 0.06, "0.0%"],
    [10, 0.064, "0.0%"],
    [11, 0.076, "0.0%"],
    [14, 0.124, "0.0%"],
  ];
  for (const [c, v, f] of percents) {
    at(11, c).value = v;
    at(11, c).numFmt = f;
  }
  return wb;
}

/** Another city's one-row-per-indicator table: own headers, a 単位 column, Western years. */
function generic(): ExcelJS.Workbook {
  const wb = workbook();
  const ws = wb.addWorksheet("成果指標");
  ws.addRow(["第2次○○市総合計画　成果指標一覧"]);
  ws.addRow([]);
  ws.addRow(["No.", "指標名", "単位", "現状値", "基準年度", "目標値", "目標年度", "目標値の設定根拠"]);
  ws.addRow([
    1,
    "図書館の年間貸出冊数",
    "冊",
    412000,
    "2023年度",
    450000,
    "2030年度",
    "2023年度の現状から毎年1%の増加を目指す",
  ]);
  ws.addRow([2, "市民活動団体の登録数", "団体", 86, "2023年度", 100, "2030年度", "毎年2団体の増加を目指す"]);
  ws.addRow([3, "特定健診受診率", "%", 48.5, "2022年度", 60, "2030年度", "国の目標値を目指す"]);
  ws.addRow([4, "ごみの1人1日当たり排出量", "g", 812, "2023年度", 780, "2030年度", "現状維持"]);
  for (let r = 4; r <= 7; r++) {
    ws.getCell(r, 4).numFmt = "#,##0";
    ws.getCell(r, 6).numFmt = "#,##0";
  }
  return wb;
}

/** Formulas, error values, dates and booleans inside a KPI table. */
function formulasErrorsDates(): ExcelJS.Workbook {
  const wb = workbook();
  const ws = wb.addWorksheet("数式とエラー");
  ws.addRow(["No.", "指標名", "単位", "現状値", "基準年度", "目標値", "目標年度", "目標値の設定根拠"]);
  ws.addRow([
    1,
    "合計から求めた利用者数",
    "人",
    { formula: "SUM(J2:K2)", result: 300 },
    "2023年度",
    330,
    "2030年度",
    "10%の増加",
    null,
    100,
    200,
  ]);
  ws.addRow([2, "参照切れの指標", "件", { error: "#N/A" }, "2023年度", 10, "2030年度", "", null, null, null]);
  ws.addRow([
    3,
    "ゼロ除算の指標",
    "%",
    { formula: "1/0", result: { error: "#DIV/0!" } },
    "2023年度",
    50,
    "2030年度",
    "",
    null,
    null,
    null,
  ]);
  ws.addRow([4, "日付が入った指標", "回", 12, new Date(Date.UTC(2024, 3, 1)), 15, "2030年度", "", null, null, null]);
  ws.addRow([5, "真偽値が入った指標", "校", 6, "2023年度", true, "2030年度", "", null, null, null]);
  return wb;
}

function noKpiTable(): ExcelJS.Workbook {
  const wb = workbook();
  const ws = wb.addWorksheet("備品一覧");
  ws.addRow(["品名", "数量", "保管場所"]);
  ws.addRow(["長机", 12, "第1会議室"]);
  ws.addRow(["パイプ椅子", 40, "倉庫"]);
  return wb;
}

function onlyMerged(): ExcelJS.Workbook {
  const wb = workbook();
  const ws = wb.addWorksheet("結合だけ");
  for (let r = 1; r <= 40; r += 4) {
    for (let c = 1; c <= 20; c += 5) ws.mergeCells(r, c, r + 3, c + 4);
  }
  ws.getCell("A1").value = "結合セル";
  return wb;
}

function longCell(): ExcelJS.Workbook {
  const wb = workbook();
  const ws = wb.addWorksheet("長い文字列");
  ws.addRow(["No.", "指標名", "現状値", "目標値", "目標値の設定根拠"]);
  ws.addRow([1, "長い根拠の指標", "10件", "12件", "あ".repeat(100000)]);
  return wb;
}

function thousandColumns(): ExcelJS.Workbook {
  const wb = workbook();
  const ws = wb.addWorksheet("千列");
  ws.addRow(Array.from({ length: 1000 }, (_, i) => `列${i + 1}`));
  ws.addRow(Array.from({ length: 1000 }, (_, i) => i + 1));
  return wb;
}

/**
 * What an encrypted .xlsx looks like from outside: an OLE2 compound file (D0 CF 11 E0 …)
 * with EncryptionInfo / EncryptedPackage streams. Not a real encrypted workbook (no tool here
 * writes one): only the header and directory names that identify one.
 */
function compoundFile(streams: string[]): Buffer {
  const header = Buffer.alloc(512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  const dir = Buffer.alloc(512);
  ["Root Entry", ...streams].forEach((name, i) => Buffer.from(name, "utf16le").copy(dir, i * 128));
  return Buffer.concat([header, dir]);
}

async function write(name: string, data: ExcelJS.Workbook | Buffer | Promise<ExcelJS.Workbook>): Promise<void> {
  const file = path.join(DIR, name);
  const value = await data;
  if (Buffer.isBuffer(value)) await fs.writeFile(file, value);
  else await value.xlsx.writeFile(file);
  process.stdout.write(`wrote tests/fixtures/${name}\n`);
}

async function build(): Promise<void> {
  await fs.mkdir(DIR, { recursive: true });
  await write("consistent-sheet.xlsx", sampleToWorkbook({ file: "consistent-sheet.xlsx", sheets: [consistentSheet] }));
  await write("kyosei-shifted.xlsx", kyoseiShifted());
  await write("generic.xlsx", generic());
  await write("formulas-errors-dates.xlsx", formulasErrorsDates());
  await write("no-kpi-table.xlsx", noKpiTable());
  await write("only-merged.xlsx", onlyMerged());
  await write("long-cell.xlsx", longCell());
  await write("thousand-columns.xlsx", thousandColumns());
  const empty = workbook();
  empty.addWorksheet("Sheet1");
  await write("empty-sheet.xlsx", empty);
  await write("no-sheets.xlsx", workbook());
  await write(
    "not-a-workbook.xlsx",
    Buffer.from("これはExcelブックではありません。\nplain text renamed to .xlsx\n", "utf8"),
  );
  const sample = await fs.readFile(path.join(__dirname, "..", "samples", "kyosei-vision.xlsx"));
  await write("truncated.xlsx", sample.subarray(0, Math.floor(sample.length / 2)));
  await write("empty-file.xlsx", Buffer.alloc(0));
  await write("encrypted.xlsx", compoundFile(["EncryptionInfo", "EncryptedPackage"]));
  await write("legacy.xls", compoundFile(["Workbook"]));
}

build().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
});
