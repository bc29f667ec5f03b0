import { spawnSync } from "child_process";
import { promises as fs } from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
// jszip comes with exceljs (its zip reader); here it builds zips that are not workbooks.
import JSZip from "jszip";
import { ReportSchema, type Report } from "../../src/core/report/schema";
import { ROOT, fixture, freshDir } from "../cli/helpers";

/**
 * The installed command on hostile files: every run ends in a report (exit 0/1) or one
 * line of reason (exit 2), never a stack trace, never a hang.
 */

const STACK_LINE = /^\s+at /m;
/** Generous: a hang fails the test through this kill, not through a timed assertion. */
const KILL_AFTER_MS = 120_000;

interface Run {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

function kpiCheck(...args: string[]): Run {
  const r = spawnSync(process.execPath, [path.join(ROOT, "bin", "kpi-check.js"), ...args], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: KILL_AFTER_MS,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

let tmp: string;
const made: Record<string, string> = {};

/** Hostile files made at run time (zips that are not workbooks, broken sheet XML). */
async function makeFiles(): Promise<void> {
  const plainZip = new JSZip();
  plainZip.file("readme.txt", "KPI一覧はありません");
  made["zip-not-xlsx.xlsx"] = path.join(tmp, "zip-not-xlsx.xlsx");
  await fs.writeFile(made["zip-not-xlsx.xlsx"], await plainZip.generateAsync({ type: "nodebuffer" }));

  // A well-formed package whose sheet XML is cut in the middle of a tag.
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("S").addRow(["No.", "指標名", "現状値"]);
  const broken = await JSZip.loadAsync(Buffer.from(await wb.xlsx.writeBuffer()));
  const sheetXml = await broken.file("xl/worksheets/sheet1.xml")!.async("string");
  broken.file("xl/worksheets/sheet1.xml", sheetXml.slice(0, Math.floor(sheetXml.length / 2)));
  made["broken-sheet-xml.xlsx"] = path.join(tmp, "broken-sheet-xml.xlsx");
  await fs.writeFile(made["broken-sheet-xml.xlsx"], await broken.generateAsync({ type: "nodebuffer" }));

  made["directory.xlsx"] = path.join(tmp, "directory.xlsx");
  await fs.mkdir(made["directory.xlsx"]);
}

const file = (name: string) => made[name] ?? fixture(name);

beforeAll(async () => {
  const build = spawnSync("npm", ["run", "-s", "build:cli"], { cwd: ROOT, encoding: "utf8" });
  expect([build.status, build.stderr]).toEqual([0, expect.any(String)]);
  tmp = await freshDir("hostile");
  await makeFiles();
}, KILL_AFTER_MS);

function expectNoStack(r: Run): void {
  expect(r.signal).toBeNull();
  expect(r.stdout).not.toMatch(STACK_LINE);
  expect(r.stderr).not.toMatch(STACK_LINE);
}

describe("unusable files: exit 2 and exactly one line of reason", () => {
  const cases: [string, string, string][] = [
    ["truncated.xlsx", "ブックが壊れているか、途中で切れています", "the workbook is damaged or truncated"],
    ["not-a-workbook.xlsx", "Excelブック（.xlsx）ではありません", "not an Excel workbook (.xlsx)"],
    ["empty-file.xlsx", "ファイルが空です（0バイト）", "the file is empty (0 bytes)"],
    // A real encrypted workbook, saved by LibreOffice with a password (scripts/build-fixtures.ts).
    [
      "encrypted-real.xlsx",
      "パスワード保護された（暗号化された）ブックは読めません",
      "the workbook is password-protected",
    ],
    ["encrypted.xlsx", "パスワード保護された（暗号化された）ブックは読めません", "the workbook is password-protected"],
    ["legacy.xls", "旧形式のExcelファイル（.xls）は読めません", "legacy Excel files (.xls) are not supported"],
    ["no-sheets.xlsx", "ワークシートがありません", "the workbook has no worksheets"],
    // A zip without workbook parts: exceljs loads it as a workbook with no sheets.
    ["zip-not-xlsx.xlsx", "ワークシートがありません", "the workbook has no worksheets"],
    ["broken-sheet-xml.xlsx", "ブックが壊れているか、途中で切れています", "the workbook is damaged or truncated"],
  ];

  it.each(cases)("%s", (name, ja, en) => {
    for (const lang of ["ja", "en"]) {
      const r = kpiCheck(file(name), "--json", "--lang", lang);
      expectNoStack(r);
      expect(r.status).toBe(2);
      const lines = r.stderr.split("\n");
      expect(lines).toHaveLength(2); // one line and its newline
      expect(lines[1]).toBe("");
      expect(lines[0].startsWith(`${name}: `)).toBe(true);
      expect(lines[0]).toContain(ja);
      expect(lines[0]).toContain(en);
      expect(r.stdout).toBe("");
    }
  });

  it("a folder named like a workbook is a folder: one line saying it holds no workbook", () => {
    const r = kpiCheck(file("directory.xlsx"), "--json");
    expectNoStack(r);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      `${file("directory.xlsx")}: フォルダに .xlsx / .xlsm ファイルがありません / no .xlsx / .xlsm files in the folder\n`,
    );
    expect(r.stdout).toBe("[]\n"); // a folder's --json is an array of its reports: here none
  });

  it("does not take a real encrypted workbook for an old .xls", () => {
    const r = kpiCheck(fixture("encrypted-real.xlsx"));
    expect(r.stderr).not.toContain(".xls）");
  });
});

describe("hostile but readable files: a report that passes the schema", () => {
  const report = (name: string, lang = "ja"): { run: Run; report: Report } => {
    const run = kpiCheck(file(name), "--json", "--lang", lang);
    expectNoStack(run);
    expect([0, 1]).toContain(run.status);
    expect(run.stderr).toBe("");
    return { run, report: ReportSchema.parse(JSON.parse(run.stdout)) };
  };
  const codesAt = (r: Report, cell: string) => r.sheets[0].findings.filter((f) => f.cell === cell).map((f) => f.code);

  it("formula and error cells: #N/A and #DIV/0! are unparseable values at their cells, the formula's result is read", () => {
    const { run, report: r } = report("formulas-errors-dates.xlsx");
    expect(run.status).toBe(1);
    expect(codesAt(r, "D3")).toEqual(["VALUE_UNPARSEABLE"]);
    expect(codesAt(r, "D4")).toEqual(["VALUE_UNPARSEABLE"]);
    expect(codesAt(r, "D2")).toEqual([]); // =SUM(J2:K2) with its cached 300
    expect(r.sheets[0].findings.find((f) => f.cell === "D3")!.message).toContain("#N/A");
  });

  it("a boolean where a target should be is unparseable; the same row with a number is not", () => {
    const { report: r } = report("formulas-errors-dates.xlsx");
    expect(codesAt(r, "F6")).toEqual(["VALUE_UNPARSEABLE"]);
    expect(codesAt(r, "F5")).toEqual([]);
  });

  it("a 1,000-column KPI table with a date, a boolean and a 100,000-character value in its rows", () => {
    const { run, report: r } = report("hostile-table.xlsx");
    expect(run.status).toBe(1);
    const sheet = r.sheets[0];
    expect(sheet.layout).toBe("generic");
    expect(sheet.rows.map((x) => x.row)).toEqual([2, 3, 4, 5]);
    // the clean row still matches its basis (86 + 2 × 7 = 100)
    expect(sheet.rows[0].target.status).toBe("match");
    expect(codesAt(r, "D3")).toEqual(["VALUE_UNPARSEABLE"]); // a date as 現状値
    expect(codesAt(r, "F4")).toEqual(["VALUE_UNPARSEABLE"]); // FALSE as 目標値
    expect(sheet.findings.filter((f) => f.row === 5).map((f) => f.severity)).toContain("error");
    expect(sheet.findings.filter((f) => f.row === 2)).toEqual([]);
  });

  it("a 100,000-character basis is reported as unparsed, not computed", () => {
    const { run, report: r } = report("long-cell.xlsx");
    expect(run.status).toBe(0);
    expect(r.sheets[0].findings.map((f) => [f.code, f.cell])).toEqual([["BASIS_UNPARSED", "E2"]]);
    expect(r.sheets[0].rows[0].target.status).not.toBe("match");
  });

  it.each([["only-merged.xlsx"], ["thousand-columns.xlsx"], ["empty-sheet.xlsx"], ["no-kpi-table.xlsx"]])(
    "%s: no KPI table → LAYOUT_NOT_FOUND, exit 1",
    (name) => {
      const { run, report: r } = report(name);
      expect(run.status).toBe(1);
      expect(r.sheets.map((s) => [s.layout, s.rows.length])).toEqual([[null, 0]]);
      expect(r.sheets[0].findings.map((f) => f.code)).toEqual(["LAYOUT_NOT_FOUND"]);
    },
  );

  it("writes the English messages with --lang en", () => {
    const { report: r } = report("formulas-errors-dates.xlsx", "en");
    const f = r.sheets[0].findings.find((x) => x.cell === "D3")!;
    expect(f.messageEn).toMatch(/[A-Za-z]/);
    expect(f.message).toMatch(/[ぁ-んァ-ヶ一-龠]/);
  });

  it("prints the readable summary (no --json) for the hostile table without a trace", () => {
    const r = kpiCheck(fixture("hostile-table.xlsx"));
    expectNoStack(r);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain("千列の表");
  });

  it("writes an annotated copy of the 1,000-column table", async () => {
    const out = path.join(tmp, "hostile-checked.xlsx");
    const r = kpiCheck(fixture("hostile-table.xlsx"), "--out", out);
    expectNoStack(r);
    expect(r.status).toBe(1);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.getWorksheet("千列の表")!.getCell("ALL2").value).toBe(992);
    expect(wb.getWorksheet("千列の表")!.getCell("D3").note).toBeTruthy();
  });
});

describe("a good file and a hostile one in one run", () => {
  it("reports the good one, gives the reason for the bad one, exits 2", () => {
    const r = kpiCheck(fixture("generic.xlsx"), fixture("encrypted-real.xlsx"), "--json");
    expectNoStack(r);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    const reports = (JSON.parse(r.stdout) as unknown[]).map((x) => ReportSchema.parse(x));
    expect(reports.map((x) => path.basename(x.file))).toEqual(["generic.xlsx"]);
  });
});
