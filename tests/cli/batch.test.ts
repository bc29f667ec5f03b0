import { spawnSync } from "child_process";
import { promises as fs } from "fs";
import * as path from "path";
import { expandInputs } from "../../src/cli/inputs";
import { ReportSchema, type Report } from "../../src/core/report/schema";
import { ROOT, fixture, freshDir, run, sample } from "./helpers";

/**
 * `kpi-check DIR/` and many files: a folder is searched recursively, every file gets one
 * summary line (or one reason line), --json is one report per file.
 */

let dir: string;
beforeAll(async () => {
  dir = await freshDir("batch");
  await fs.mkdir(path.join(dir, "町村", "深い"), { recursive: true });
  await fs.copyFile(sample("kyosei-vision.xlsx"), path.join(dir, "a-kyosei.xlsx"));
  await fs.copyFile(sample("sousei-strategy.xlsx"), path.join(dir, "町村", "b-sousei.XLSX"));
  // a macro-enabled workbook is a workbook too (the reader does not care about the VBA part)
  await fs.copyFile(fixture("generic.xlsx"), path.join(dir, "町村", "深い", "c-generic.xlsm"));
  await fs.copyFile(fixture("truncated.xlsx"), path.join(dir, "町村", "d-truncated.xlsx"));
  // not workbooks: Excel's lock file, an old .xls, a text file
  await fs.copyFile(sample("kyosei-vision.xlsx"), path.join(dir, "~$a-kyosei.xlsx"));
  await fs.copyFile(fixture("legacy.xls"), path.join(dir, "old.xls"));
  await fs.writeFile(path.join(dir, "memo.txt"), "xlsx");
});

const expected = () => [
  path.join(dir, "a-kyosei.xlsx"),
  path.join(dir, "町村", "b-sousei.XLSX"),
  path.join(dir, "町村", "d-truncated.xlsx"),
  path.join(dir, "町村", "深い", "c-generic.xlsm"),
];

describe("expandInputs", () => {
  it("lists every .xlsx / .xlsm under a folder, recursively, in path order, without lock files", async () => {
    const inputs = await expandInputs([dir]);
    expect(inputs.files).toEqual(expected());
    expect(inputs.fromDirectory).toBe(true);
    expect(inputs.emptyDirectories).toEqual([]);
  });

  it("keeps files as given, missing ones too, and names a folder with no workbook", async () => {
    const empty = path.join(dir, "町村", "空");
    await fs.mkdir(empty, { recursive: true });
    const inputs = await expandInputs([sample("kyosei-vision.xlsx"), "missing.xlsx", empty]);
    expect(inputs.files).toEqual([sample("kyosei-vision.xlsx"), "missing.xlsx"]);
    expect(inputs.emptyDirectories).toEqual([empty]);
    await fs.rmdir(empty);
  });

  it("does not take a lone file for a batch", async () => {
    expect((await expandInputs([sample("kyosei-vision.xlsx")])).fromDirectory).toBe(false);
  });
});

function expectBatchRun(r: { code: number | null; stdout: string; stderr: string }, lang: "ja" | "en") {
  const lines = r.stdout.trimEnd().split("\n");
  const checked = expected().filter((f) => !f.includes("truncated"));
  expect(lines.map((l) => l.slice(0, l.indexOf(": ")))).toEqual(checked);
  const counts =
    lang === "ja" ? /^.+: 指標行 \d+\u3000エラー \d+\u3000警告 \d+\u3000情報 \d+ {2}→ / : /^.+: rows \d+ {2}errors \d+/;
  for (const l of lines) expect(l).toMatch(counts);
  expect(lines[1]).toContain(lang === "ja" ? "指標行 93" : "rows 93"); // sousei-strategy's 93 indicator rows
  expect(r.stderr).toBe(
    `${path.join(dir, "町村", "d-truncated.xlsx")}: ブックが壊れているか、途中で切れています / the workbook is damaged or truncated\n`,
  );
  expect(r.code).toBe(2);
}

describe("kpi-check DIR/ in-process (one thread)", () => {
  it("prints one summary line per workbook in path order and one reason line for the damaged one", async () => {
    expectBatchRun(await run([dir, "--lang", "en"]), "en");
  });

  it("--json gives an array with one report per readable workbook", async () => {
    const r = await run([dir, "--json"]);
    const reports = (JSON.parse(r.stdout) as unknown[]).map((x) => ReportSchema.parse(x));
    expect(reports.map((x) => x.file)).toEqual(expected().filter((f) => !f.includes("truncated")));
  });

  it("--json gives an array even for a folder holding one workbook", async () => {
    const one = await freshDir("batch-one");
    await fs.copyFile(sample("kyosei-vision.xlsx"), path.join(one, "only.xlsx"));
    const r = await run([one, "--json"]);
    expect(r.code).toBe(1);
    expect((JSON.parse(r.stdout) as Report[]).map((x) => path.basename(x.file))).toEqual(["only.xlsx"]);
  });

  it("exits 2 with one line for a folder with no workbook", async () => {
    const empty = await freshDir("batch-empty");
    const r = await run([empty]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `${empty}: フォルダに .xlsx / .xlsm ファイルがありません / no .xlsx / .xlsm files in the folder\n`,
    );
    expect(r.stdout).toBe("");
  });
});

describe("kpi-check DIR/ as installed (worker threads)", () => {
  beforeAll(() => {
    const build = spawnSync("npm", ["run", "-s", "build:cli"], { cwd: ROOT, encoding: "utf8" });
    expect(build.status).toBe(0);
  }, 120_000);

  const kpiCheck = (...args: string[]) => {
    const r = spawnSync(process.execPath, [path.join(ROOT, "bin", "kpi-check.js"), ...args], {
      cwd: ROOT,
      encoding: "utf8",
      timeout: 120_000,
    });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };

  it("gives the same lines and reports as the in-thread run", async () => {
    expectBatchRun(kpiCheck(dir), "ja");
    const threaded = JSON.parse(kpiCheck(dir, "--json").stdout) as Report[];
    const inThread = JSON.parse((await run([dir, "--json"])).stdout) as Report[];
    expect(threaded).toEqual(inThread);
  });

  it("checks many files given at once, in the order given", () => {
    const files = [sample("sousei-strategy.xlsx"), sample("kyosei-vision.xlsx"), sample("sousei-strategy.xlsx")];
    const r = kpiCheck(...files, "--lang", "en");
    expect(
      r.stdout
        .trimEnd()
        .split("\n")
        .map((l) => l.slice(0, l.indexOf(": "))),
    ).toEqual(files);
    expect(r.code).toBe(1);
  });
});
