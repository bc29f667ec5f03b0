import { execFileSync, spawnSync } from "child_process";
import { promises as fs } from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { main } from "../../src/cli/main";
import { writeLines } from "../../src/cli/output";
import { reportTextLines } from "../../src/core/report/text";
import { raise } from "../../src/core/report/finding";
import type { Report } from "../../src/core/report/schema";
import { freshDir, ROOT, run, sample } from "./helpers";
import { loadWorkbook, sha } from "./package-helpers";

/**
 * `kpi-check` never harms its inputs and never crashes on hostile ones (issue 12.6): each case
 * ends with one line on stderr (no stack trace) and every input's sha256 as it was.
 */

const STACK_LINE = /^\s+at /m;
const oneLine = (stderr: string) => stderr.split("\n").filter((l) => l !== "");

async function kpiTable(file: string, rows: (string | number)[][]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("成果指標");
  ws.addRow(["No.", "指標名", "単位", "現状値", "基準年度", "目標値", "目標年度", "目標値の設定根拠"]);
  for (const r of rows) ws.addRow(r);
  await wb.xlsx.writeFile(file);
}

const row = (i: number, name = `市民活動団体の登録数${i}`): (string | number)[] => [
  i,
  name,
  "団体",
  86 + i,
  "2023年度",
  999,
  "2030年度",
  "毎年2団体の増加を目指す",
];

describe("kpi-check --out never writes over an input", () => {
  let dir: string;
  let input: string;
  let before: string;

  beforeAll(async () => {
    dir = await freshDir("output-safety");
    input = path.join(dir, "a.xlsx");
    await kpiTable(input, [row(1)]);
    before = await sha(input);
  });

  afterEach(async () => {
    expect(await sha(input)).toBe(before);
    // no temporary file is left behind
    expect((await fs.readdir(dir)).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  const refused = (r: { code: number; stderr: string }, reason: RegExp) => {
    expect(r.code).toBe(2);
    expect(oneLine(r.stderr)).toHaveLength(1);
    expect(r.stderr).toMatch(reason);
    expect(r.stderr).not.toMatch(STACK_LINE);
  };

  it.each([
    ["a symlink", (link: string) => fs.symlink(input, link)],
    ["a hard link", (link: string) => fs.link(input, link)],
  ])("refuses --out through %s to the input, even with --force", async (_kind, make) => {
    const link = path.join(dir, `link-${Math.random().toString(36).slice(2)}.xlsx`);
    await make(link);
    refused(await run([input, "--out", link, "--force"]), /入力ファイル（またはそのリンク）/);
    refused(await run([input, "--out", link]), /入力ファイル（またはそのリンク）/);
  });

  it("refuses DIR/<name>-checked.xlsx when that file is itself one of the inputs", async () => {
    const second = path.join(dir, "a-checked.xlsx");
    await fs.copyFile(input, second);
    const secondBefore = await sha(second);
    const r = await run([input, second, "--out", `${dir}/`, "--force"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/a-checked\.xlsx: 出力先が入力ファイル/);
    expect(r.stderr).not.toMatch(STACK_LINE);
    expect(await sha(second)).toBe(secondBefore);
    await fs.rm(second);
    await fs.rm(path.join(dir, "a-checked-checked.xlsx"), { force: true });
  });

  it("refuses an existing output without --force, and replaces it whole with --force", async () => {
    const out = path.join(dir, "existing.xlsx");
    await fs.writeFile(out, "keep me");
    refused(await run([input, "--out", out]), /既にあります。上書きするには --force/);
    expect(await fs.readFile(out, "utf8")).toBe("keep me");
    const r = await run([input, "--out", out, "--force"]);
    expect(r.code).not.toBe(2);
    expect((await loadWorkbook(out)).worksheets.length).toBeGreaterThan(1);
  });

  it("refuses to write two inputs of one name to the same DIR/<name>-checked.xlsx", async () => {
    const [x, y] = ["x", "y"].map((d) => path.join(dir, d, "same.xlsx"));
    for (const f of [x, y]) {
      await fs.mkdir(path.dirname(f), { recursive: true });
      await fs.copyFile(input, f);
    }
    const out = path.join(dir, "twice");
    const r = await run([x, y, "--out", `${out}/`, "--force"]);
    expect(r.code).toBe(2);
    expect(oneLine(r.stderr)).toEqual([expect.stringMatching(/^same-checked\.xlsx: 同じ出力先に2つの入力/)]);
    expect(await fs.readdir(out)).toEqual(["same-checked.xlsx"]);
  });

  it("refuses a FIFO as the output file", async () => {
    const fifo = path.join(dir, "out-pipe.xlsx");
    execFileSync("mkfifo", [fifo]);
    refused(await run([input, "--out", fifo, "--force"]), /出力先が通常のファイルではありません/);
    await fs.rm(fifo);
  });
});

describe("kpi-check on inputs that are not regular files", () => {
  it("refuses /dev/zero up front instead of reading forever", async () => {
    const r = await run(["/dev/zero"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      "zero: 通常のファイルではありません（デバイス、パイプ、フォルダーは読みません） / not a regular file (devices, pipes and folders are not read)\n",
    );
  });

  it("refuses a FIFO instead of waiting on it", async () => {
    const dir = await freshDir("fifo");
    const fifo = path.join(dir, "pipe.xlsx");
    execFileSync("mkfifo", [fifo]);
    const r = await run([fifo]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^pipe\.xlsx: 通常のファイルではありません/);
  });
});

describe("kpi-check output on hostile content", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await freshDir("hostile-output");
  });

  it("escapes terminal control and bidi characters from workbook text", async () => {
    const file = path.join(dir, "escapes.xlsx");
    await kpiTable(file, [row(1, "登録数MARKER\u202e逆順\u0085")]);
    // as Excel stores control characters in shared strings: _xHHHH_
    const files = unzipSync(new Uint8Array(await fs.readFile(file)));
    const strings = strFromU8(files["xl/sharedStrings.xml"]);
    files["xl/sharedStrings.xml"] = strToU8(strings.replace("MARKER", "_x001B_]0;pwned_x0007__x001B_[2J"));
    await fs.writeFile(file, zipSync(files));
    const r = await run([file]);
    expect(r.stdout).toContain("登録数\\u{1B}]0;pwned\\u{7}\\u{1B}[2J\\u{202E}逆順\\u{85}");
    // eslint-disable-next-line no-control-regex -- no control character may reach the terminal
    expect(r.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
  });

  it("reads a value past the range of numbers (1.7e308 × 2) as not computable, not a crash", async () => {
    const file = path.join(dir, "overflow.xlsx");
    await kpiTable(file, [[1, "登録数", "団体", 1.7e308, "2023年度", 1.7e308, "2030年度", "現状値の2倍を目指す"]]);
    const r = await run([file, "--json"]);
    expect(r.stderr).toBe("");
    expect(r.code).not.toBe(2);
    const target = JSON.parse(r.stdout).sheets[0].rows[0].target;
    expect(target.computed).toBeNull();
    expect(target.status).toBe("unverifiable");
  });

  it("exits 2, never 1, when the report cannot be printed", async () => {
    let stderr = "";
    const code = await main([sample("kyosei-vision.xlsx")], {
      stdout: {
        write: () => {
          throw new Error("disk full");
        },
      },
      stderr: { write: (s: string) => (stderr += s) },
    });
    expect(code).toBe(2);
    expect(oneLine(stderr)).toEqual(["kpi-check: 予期しないエラー / unexpected error: disk full"]);
  });

  it("ends quietly when the reader of its output goes away (| head)", async () => {
    const file = path.join(dir, "long.xlsx");
    await kpiTable(
      file,
      Array.from({ length: 2000 }, (_, i) => row(i + 1)),
    );
    const r = spawnSync("sh", ["-c", `node scripts/run-ts.js tests/cli/run-main.ts "${file}" | head -n 1`], {
      cwd: ROOT,
      encoding: "utf8",
    });
    expect(r.stdout.split("\n")[0]).toMatch(/^ファイル: /);
    expect(r.stderr).toBe("");
  }, 60_000);
});

describe("the text report at scale", () => {
  it("prints 130,000 findings (more lines than a spread or one join can hold) in chunks", async () => {
    const findings = Array.from({ length: 130_000 }, (_, i) =>
      raise(
        "REQUIRED_MISSING",
        "default",
        { row: i + 2, cell: `A${i + 2}` },
        { field: { ja: "単位", en: "unit" }, status: "継続" },
      ),
    );
    const report: Report = {
      file: "big.xlsx",
      sheets: [{ name: "KPI", layout: "generic", targetYear: null, rows: [], findings, tables: [] }],
      summary: { rows: 0, errors: findings.length, warnings: 0, infos: 0 },
    };
    let lines = 0;
    let writes = 0;
    await writeLines(
      {
        write: (s: string) => {
          writes++;
          lines += s.split("\n").length - 1;
          return true;
        },
      },
      reportTextLines(report, "ja"),
    );
    expect(lines).toBe(130_000 + 5);
    expect(writes).toBeGreaterThan(10);
  });
});
