import { spawnSync } from "child_process";
import { existsSync } from "fs";
import * as path from "path";
import { ReportSchema } from "../../src/core/report/schema";
import { ROOT, SAMPLES, fixture, freshDir, sample } from "./helpers";

/** The installed command: bundled by `npm run build:cli` (as `npm ci` does) and run by node. */
describe("bin/kpi-check.js", () => {
  // The webpack build takes ~20 s alone, longer on a shared machine: more than the default minute may pass.
  beforeAll(() => {
    const build = spawnSync("npm", ["run", "-s", "build:cli"], { cwd: ROOT, encoding: "utf8" });
    expect([build.status, build.stdout + build.stderr]).toEqual([0, expect.any(String)]);
  }, 180_000);

  const kpiCheck = (...args: string[]) =>
    spawnSync(process.execPath, [path.join(ROOT, "bin", "kpi-check.js"), ...args], { cwd: ROOT, encoding: "utf8" });

  it("checks a sample and exits 1 with a JSON report that passes the schema", () => {
    const r = kpiCheck(sample("kyosei-vision.xlsx"), "--json");
    expect(r.status).toBe(1);
    const report = ReportSchema.parse(JSON.parse(r.stdout));
    expect(report.sheets[0].rows).toHaveLength(23);
  });

  it("checks a folder on the bundle's worker threads: each report as the file checked alone", () => {
    expect(existsSync(path.join(ROOT, "dist", "cli", "check-worker.js"))).toBe(true);
    const files = ["kyosei-vision.xlsx", "sousei-strategy.xlsx"].map(sample);
    const folder = kpiCheck(SAMPLES, "--json");
    expect([folder.status, folder.stderr]).toEqual([1, ""]);
    const alone = files.map((f) => JSON.parse(kpiCheck(f, "--json").stdout) as unknown);
    expect(JSON.parse(folder.stdout)).toEqual(alone);
  });

  it("writes an annotated copy through the writer's own chunk", async () => {
    const dir = await freshDir("bin-out");
    const r = kpiCheck(sample("kyosei-vision.xlsx"), "--out", `${dir}/`);
    expect([r.status, r.stderr]).toEqual([1, ""]);
    expect(existsSync(path.join(dir, "kyosei-vision-checked.xlsx"))).toBe(true);
  });

  it("exits 2 with one line and no stack trace for a renamed text file", () => {
    const r = kpiCheck(fixture("not-a-workbook.xlsx"));
    expect(r.status).toBe(2);
    expect(r.stderr).toBe("not-a-workbook.xlsx: Excelブック（.xlsx）ではありません / not an Excel workbook (.xlsx)\n");
    expect(r.stdout).toBe("");
  });
});
