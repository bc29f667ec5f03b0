/**
 * `node scripts/run-ts.js bench/pane.ts [--no-build]`: the task pane at scale, as a user feels
 * it, in headless Chromium (Debian's, through playwright-core) with the real App, the real
 * Office.js adapter over the in-memory Excel (tests/e2e/harness.tsx) and the engine in its Web
 * Worker. `measurePane()` gives the figures to bench/run.ts; run alone it prints them as one JSON
 * object (medians of RUNS):
 *   pane.tickMs.1000             click on a preview checkbox → the box is ticked and painted (1,000 rows)
 *   pane.validateToListMs.10000  click on 検証 → the findings list painted (10,000 rows; read + check + render)
 *   pane.domNodes.10000          the most elements the pane holds, findings or targets view (10,000 rows)
 * Targets (issue 13): ≤ 50 ms, ≤ 2,000 ms, ≤ 5,000 nodes.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import type { AddressInfo } from "net";
import * as path from "path";
import type { Page } from "playwright-core";
import { CHROMIUM, launchChromium, routeOffline } from "../scripts/offline-chromium";
import { serve } from "./serve";
import { sheetGrid, syntheticSheet } from "./synthetic";

const ROOT = path.resolve(__dirname, "..");
const OUT = path.join(ROOT, "dist-web");
const RUNS = 5;
const TIMEOUT = 120000;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return Math.round(s[Math.floor(s.length / 2)]);
}

/** What ends a timed click: the verdict shown (検証 done), or the clicked box showing `checked`. */
type Until = { verdict: true } | { checked: boolean };

/** Milliseconds from a click (inside the page) until `until` holds and the next frame is painted. */
async function timedClick(page: Page, selector: string, until: Until): Promise<number> {
  return page.evaluate(
    ([sel, u]) =>
      new Promise<number>((resolve, reject) => {
        const el = document.querySelector(sel) as HTMLInputElement | null;
        if (!el) return reject(new Error(`no ${sel}`));
        const done = () =>
          "verdict" in u
            ? document.querySelector('[data-testid="verdict"]') !== null
            : (document.querySelector(sel) as HTMLInputElement | null)?.checked === u.checked;
        const t0 = performance.now();
        el.click();
        const poll = () => {
          if (done()) requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0)));
          else requestAnimationFrame(poll);
        };
        poll();
      }),
    [selector, until] as const,
  );
}

const elements = (page: Page) => page.evaluate(() => document.getElementsByTagName("*").length);

async function open(page: Page, base: string): Promise<void> {
  await page.goto(`${base}/e2e.html`);
  await page.getByRole("button", { name: "検証", exact: true }).waitFor({ timeout: TIMEOUT });
}

/** The pane's figures in bench/results.json (bench/report.ts): null is not measured. */
export interface PaneResult {
  tickMs: { "1000": number | null };
  validateToListMs: { "10000": number | null };
  domNodes: { "10000": number | null };
}

/** Measures the pane; builds the harness first unless `build` is false and one is already built. */
export async function measurePane(build = true): Promise<PaneResult> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found: apt-get install -y chromium`);
  if (build || !fs.existsSync(path.join(OUT, "e2e.html"))) {
    const r = spawnSync(
      process.execPath,
      [require.resolve("webpack/bin/webpack.js"), "--mode", "production", "--env", "harness"],
      { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"] },
    );
    if (r.status !== 0) throw new Error("webpack failed");
  }
  const grids = { json: "" };
  // The harness loads its workbook from /e2e/grids.json: each measurement sets the sheet it serves.
  const server = await serve(OUT, { "/e2e/grids.json": () => grids.json });
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const { context, close } = await launchChromium("kpi-bench-pane-");
  try {
    await routeOffline(context, base);
    const page = await context.newPage();
    await page.setViewportSize({ width: 320, height: 900 });

    grids.json = JSON.stringify([sheetGrid(syntheticSheet("kyosei-vision", 10000))]);
    const validateMs: number[] = [];
    const breakdown: string[] = [];
    let nodes = 0;
    for (let i = 0; i < RUNS; i++) {
      await open(page, base);
      validateMs.push(await timedClick(page, "main button", { verdict: true }));
      const t = await page.evaluate(() => window.__kpi?.timings);
      if (t) breakdown.push(`read ${Math.round(t.read[0])} ms + check ${Math.round(t.check[0])} ms`);
      nodes = Math.max(nodes, await elements(page));
    }
    await page.getByRole("tab", { name: "目標値" }).click();
    await page.locator("li[data-row]").first().waitFor({ timeout: TIMEOUT });
    nodes = Math.max(nodes, await elements(page));

    grids.json = JSON.stringify([sheetGrid(syntheticSheet("kyosei-vision", 1000))]);
    await open(page, base);
    await page.getByRole("button", { name: "目標値を再計算", exact: true }).click();
    await page.locator("li[data-row] input[type=checkbox]").first().waitFor({ timeout: TIMEOUT });
    const tickMs: number[] = [];
    for (let i = 0; i < RUNS * 2; i++) {
      const box = "li[data-row] input[type=checkbox]";
      const before = await page.locator(box).first().isChecked();
      tickMs.push(await timedClick(page, box, { checked: !before }));
    }
    console.error(`validate: ${breakdown.join("; ")}`);
    console.error(`validate ${validateMs.map(Math.round).join(", ")} ms; tick ${tickMs.map(Math.round).join(", ")} ms`);
    return {
      tickMs: { "1000": median(tickMs) },
      validateToListMs: { "10000": median(validateMs) },
      domNodes: { "10000": nodes },
    };
  } finally {
    await close();
    server.close();
  }
}

// Run as a script (scripts/run-ts.js sets argv[1] to this file), not when bench/run.ts imports it.
if (process.argv[1] === __filename) {
  measurePane(!process.argv.includes("--no-build")).then(
    (r) =>
      console.log(
        JSON.stringify({
          "pane.tickMs.1000": r.tickMs["1000"],
          "pane.validateToListMs.10000": r.validateToListMs["10000"],
          "pane.domNodes.10000": r.domNodes["10000"],
        }),
      ),
    (e: unknown) => {
      console.error(e instanceof Error ? e.message : e);
      process.exitCode = 1;
    },
  );
}
