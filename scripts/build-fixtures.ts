/**
 * Writes the binary test fixtures under tests/fixtures/ (committed):
 * `node scripts/run-ts.js scripts/build-fixtures.ts`.
 *
 * The 100,000-row workbook is not among them: tests/cli builds it at run time in tests/.tmp,
 * a few megabytes that need not live in git.
 */
import { execFileSync } from "child_process";
import { promises as fs } from "fs";
import * as os from "os";
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

/**
 * A KPI table as wide as 1,000 columns (unlabelled figures right of the table), with dates,
 * booleans and a 100,000-character value among its rows. (Twenty or more *labelled* extra
 * columns make the header unrecognisable today: LAYOUT_NOT_FOUND.)
 */
function hostileTable(): ExcelJS.Workbook {
  const wb = workbook();
  const ws = wb.addWorksheet("千列の表");
  const extra = (row: number) => Array.from({ length: 992 }, (_, i) => (row === 0 ? null : i + row));
  ws.addRow(["No.", "指標名", "単位", "現状値", "基準年度", "目標値", "目標年度", "目標値の設定根拠", ...extra(0)]);
  ws.addRow([
    1,
    "市民活動団体の登録数",
    "団体",
    86,
    "2023年度",
    100,
    "2030年度",
    "毎年2団体の増加を目指す",
    ...extra(1),
  ]);
  ws.addRow([2, "日付の現状値", "回", new Date(Date.UTC(2024, 2, 31)), "2023年度", 15, "2030年度", "", ...extra(2)]);
  ws.addRow([3, "真偽値の目標値", "校", 6, "2023年度", false, "2030年度", "", ...extra(3)]);
  ws.addRow([4, "長すぎる現状値", "件", "1".repeat(100000), "2023年度", 12, "2030年度", "", ...extra(4)]);
  return wb;
}

/**
 * Styles, formulas, merges, validation, hyperlinks, notes, several sheets (one hidden) around
 * a KPI table: what `--out` must carry over untouched.
 */
function styled(): ExcelJS.Workbook {
  const wb = workbook();
  const ws = wb.addWorksheet("成果指標");
  ws.columns = [
    { width: 6 },
    { width: 28 },
    { width: 7 },
    { width: 12 },
    { width: 11 },
    { width: 12 },
    { width: 11 },
    { width: 40 },
  ];
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
  ws.addRow([2, "市民活動団体の登録数", "団体", 86, "2023年度", "百くらい", "2030年度", "毎年2団体の増加を目指す"]);
  ws.addRow([
    3,
    "特定健診受診率",
    "%",
    { formula: "D6/D7*100", result: 48.5 },
    "2022年度",
    60,
    "2030年度",
    "国の目標値を目指す",
  ]);
  ws.addRow([]);
  ws.addRow(["", "受診者数", "人", 4850]);
  ws.addRow(["", "対象者数", "人", 10000]);
  ws.addRow(["出典: 市統計書"]);
  ws.mergeCells("A8:H8");
  const thin = { style: "thin" as const, color: { argb: "FF404040" } };
  for (let r = 1; r <= 4; r++) {
    ws.getRow(r).height = r === 1 ? 30 : 22;
    for (let c = 1; c <= 8; c++) {
      const cell = ws.getCell(r, c);
      cell.border = { top: thin, left: thin, bottom: { style: "double", color: { argb: "FF0000FF" } }, right: thin };
      cell.alignment = { vertical: "middle", horizontal: c === 2 ? "left" : "center", wrapText: c === 8 };
      cell.font = { name: "游ゴシック", size: r === 1 ? 11 : 10, bold: r === 1, color: { argb: "FF1F3864" } };
    }
  }
  // Fills the marks will cover: the original must stay recoverable.
  ws.getCell("F3").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FF92D050" } };
  ws.getCell("D4").fill = {
    type: "pattern",
    pattern: "darkGrid",
    fgColor: { argb: "FFFFFF00" },
    bgColor: { argb: "FF00B0F0" },
  };
  ws.getRow(1).fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } };
  ws.getCell("D2").numFmt = '#,##0"冊"';
  ws.getCell("F2").numFmt = "#,##0";
  ws.getCell("D4").numFmt = "0.0";
  ws.getCell("F3").note = "担当課に確認中";
  ws.getCell("C2").dataValidation = { type: "list", allowBlank: true, formulae: ['"冊,団体,%,人"'] };
  ws.getCell("A8").value = { text: "出典: 市統計書", hyperlink: "https://example.jp/toukei" };
  ws.getCell("A8").font = { underline: true, color: { argb: "FF0563C1" } };
  ws.views = [{ state: "frozen", ySplit: 1 }];
  ws.addConditionalFormatting({
    ref: "F2:F4",
    rules: [
      {
        type: "cellIs",
        operator: "lessThan",
        formulae: ["D2"],
        priority: 1,
        style: { font: { color: { argb: "FFC00000" } } },
      },
    ],
  });

  const memo = wb.addWorksheet("メモ");
  memo.getCell("A1").value = "作業メモ";
  memo.getCell("B2").value = { formula: "'成果指標'!D2*2", result: 824000 };
  memo.getCell("A3").value = new Date(Date.UTC(2025, 2, 31));
  memo.getCell("A3").numFmt = "yyyy/mm/dd";
  memo.getCell("A4").value = true;
  const hidden = wb.addWorksheet("非表示", { state: "hidden" });
  hidden.getCell("A1").value = "非表示シートの値";
  hidden.getColumn(1).width = 33;
  return wb;
}

/**
 * A real password-protected workbook (password "kpi"): LibreOffice saves generic.xlsx with
 * OOXML encryption through a Basic macro (its --convert-to filter options cannot encrypt).
 * Returns null where LibreOffice is missing.
 */
async function encryptedByLibreOffice(source: string): Promise<Buffer | null> {
  try {
    execFileSync("sh", ["-c", "command -v soffice"], { stdio: "ignore" });
  } catch {
    process.stdout.write("soffice not found: encrypted-real.xlsx not rebuilt\n");
    return null;
  }
  const tmp = await fs.mkdtemp(path.join(os.tmpdir(), "kpi-encrypt-"));
  const profile = `-env:UserInstallation=file://${tmp}/profile`;
  const soffice = (...args: string[]) =>
    execFileSync("soffice", [profile, "--headless", ...args], { stdio: "ignore", timeout: 120_000 });
  try {
    soffice("--terminate_after_init");
    const q = (s: string) => s.replace(/"/g, "&quot;");
    const macro = [
      "Sub Encrypt(src As String, dst As String)",
      "  Dim a(0) As New com.sun.star.beans.PropertyValue",
      `  a(0).Name = "Hidden" : a(0).Value = True`,
      `  doc = StarDesktop.loadComponentFromURL(ConvertToURL(src), "_blank", 0, a())`,
      "  Dim enc(1) As New com.sun.star.beans.NamedValue",
      `  enc(0).Name = "OOXPassword" : enc(0).Value = "kpi"`,
      `  enc(1).Name = "CryptoType" : enc(1).Value = "Standard"`,
      "  Dim b(1) As New com.sun.star.beans.PropertyValue",
      `  b(0).Name = "FilterName" : b(0).Value = "Calc MS Excel 2007 XML"`,
      `  b(1).Name = "EncryptionData" : b(1).Value = enc()`,
      "  doc.storeToURL(ConvertToURL(dst), b())",
      "  doc.close(True)",
      "End Sub",
    ].join("\n");
    await fs.writeFile(
      path.join(tmp, "profile", "user", "basic", "Standard", "Module1.xba"),
      '<?xml version="1.0" encoding="UTF-8"?>\n' +
        '<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">\n' +
        '<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1" script:language="StarBasic">' +
        q(macro) +
        "</script:module>\n",
    );
    const out = path.join(tmp, "encrypted.xlsx");
    soffice(`macro:///Standard.Module1.Encrypt("${source}","${out}")`);
    return await fs.readFile(out);
  } finally {
    await fs.rm(tmp, { recursive: true, force: true });
  }
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

async function write(
  name: string,
  data: ExcelJS.Workbook | Buffer | Promise<ExcelJS.Workbook | Buffer | null>,
): Promise<void> {
  const file = path.join(DIR, name);
  const value = await data;
  if (value === null) return;
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
  await write("hostile-table.xlsx", hostileTable());
  await write("styled.xlsx", styled());
  await write("encrypted-real.xlsx", encryptedByLibreOffice(path.join(DIR, "generic.xlsx")));
}

build().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
});
