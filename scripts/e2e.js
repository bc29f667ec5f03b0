#!/usr/bin/env node
/* global window -- inside page.evaluate, which runs in the browser */
/**
 * The browser test (`npm run test:e2e`; also run by jest through tests/e2e/browser.test.ts):
 *  1. reads a sample workbook (samples/kyosei-vision.xlsx) into Grid JSON in Node;
 *  2. builds the production bundle plus the harness page (webpack --env harness) into dist-web/;
 *  3. serves dist-web/ on 127.0.0.1 (random port) and opens Debian's Chromium with playwright-core;
 *  4. the production taskpane.html with no Office host → 「Excelで開いてください」
 *     (office.js from the CDN is served from node_modules/@microsoft/office-js: no network);
 *  5. the harness (same App, real Office.js adapter over tests/support/fake-excel.ts): 検証 → findings → 目標値を再計算 →
 *     preview → 適用 → the workbook holds the new values → 元に戻す → the cells are empty again.
 * Screenshots go to tests/e2e/screenshots/. Any console error or page error fails the run.
 * Ends with "e2e: N passed, M failed"; exit code 1 when anything failed.
 */
const { spawnSync } = require("child_process");
const fs = require("fs");
const http = require("http");
const os = require("os");
const path = require("path");
const zlib = require("zlib");

const ROOT = path.resolve(__dirname, "..");
const OUT = path.join(ROOT, "dist-web");
const SHOTS = path.join(ROOT, "tests/e2e/screenshots");
const SAMPLE = path.join(ROOT, process.env.E2E_SAMPLE || "samples/kyosei-vision.xlsx");
const { CHROMIUM, launchChromium, routeOffline } = require("./offline-chromium");
const TIMEOUT = 30000;

const results = [];
function check(name, ok, detail = "") {
  results.push({ name, ok });
  console.log(`${ok ? "ok  " : "FAIL"} ${name}${detail ? ` — ${detail}` : ""}`);
  return ok;
}

function run(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: ["ignore", "inherit", "inherit"] });
  if (r.status !== 0) throw new Error(`${path.basename(args[0] || cmd)} failed (exit ${r.status})`);
}

function sampleGrids() {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "kpi-e2e-")), "grids.json");
  run(process.execPath, [path.join(ROOT, "scripts/run-ts.js"), "tests/e2e/sample-grids.ts", SAMPLE, file]);
  return fs.readFileSync(file);
}

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".png": "image/png",
  ".xml": "application/xml",
  ".json": "application/json",
};

function serve(gridsJson) {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, "http://localhost");
    if (url.pathname === "/e2e/grids.json") {
      res.writeHead(200, { "content-type": TYPES[".json"] });
      return res.end(gridsJson);
    }
    const file = path.join(OUT, path.normalize(decodeURIComponent(url.pathname)).replace(/^([/\\])+/, ""));
    if (!file.startsWith(OUT) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404);
      return res.end();
    }
    res.writeHead(200, { "content-type": TYPES[path.extname(file)] || "application/octet-stream" });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

/** Everything off this machine is refused; Microsoft's office.js comes from node_modules. */
function watchErrors(page, errors) {
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(`console: ${m.text()}`);
  });
  page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
}

async function noHostPage(context, base) {
  const page = await context.newPage();
  const errors = [];
  watchErrors(page, errors);
  await page.goto(`${base}/taskpane.html`);
  const shown = await page
    .getByText("Excelで開いてください", { exact: true })
    .waitFor({ timeout: TIMEOUT })
    .then(
      () => true,
      () => false,
    );
  await page.screenshot({ path: path.join(SHOTS, "00-no-host.png"), fullPage: true });
  check("production page without Office shows 「Excelで開いてください」", shown);
  check("production page: no console or page error", errors.length === 0, errors.join(" | "));
  await page.close();
}

async function harnessPage(context, base) {
  const page = await context.newPage();
  // About the width of Excel's task pane.
  await page.setViewportSize({ width: 480, height: 900 });
  const errors = [];
  watchErrors(page, errors);
  const t0 = Date.now();
  await page.goto(`${base}/e2e.html`);
  await page.getByRole("button", { name: "検証", exact: true }).waitFor({ timeout: TIMEOUT });
  console.log(`     harness: first render ${Date.now() - t0} ms after navigation`);

  await page.getByRole("button", { name: "検証", exact: true }).click();
  await page.getByTestId("verdict").waitFor({ timeout: TIMEOUT });
  const findings = await page.locator("li[data-code]").count();
  const verdict = await page.getByTestId("verdict").textContent();
  await page.screenshot({ path: path.join(SHOTS, "01-findings.png"), fullPage: true });
  check("検証 shows the findings", findings > 0, `${findings} findings, verdict ${verdict}`);

  await page.getByRole("button", { name: "目標値を再計算", exact: true }).click();
  const table = page.getByRole("table", { name: "目標値を再計算" });
  await table.waitFor({ timeout: TIMEOUT });
  const preview = await table.locator("tbody tr[data-row]").evaluateAll((trs) =>
    trs.map((tr) => ({
      key: tr.getAttribute("data-row"),
      ticked: Boolean(tr.querySelector('input[type="checkbox"]:checked')),
      tickable: Boolean(tr.querySelector('input[type="checkbox"]')),
      mismatch: tr.textContent.includes("不一致"),
      indicator: tr.querySelector("td:nth-child(2)").textContent,
    })),
  );
  const byDefault = preview.filter((r) => r.ticked);
  check(
    "目標値を再計算 shows the preview; only empty targets are ticked by default",
    preview.length > 0 && byDefault.every((r) => !r.mismatch),
    `${preview.length} rows, ${byDefault.length} ticked by default`,
  );
  // The user also ticks the first row whose stated target disagrees with its basis.
  const chosen = preview.find((r) => r.mismatch && r.tickable && !r.ticked);
  if (chosen) await table.locator(`tr[data-row="${chosen.key}"] input[type="checkbox"]`).check();
  const ticked = [...byDefault, ...(chosen ? [chosen] : [])];
  await page.screenshot({ path: path.join(SHOTS, "02-preview.png"), fullPage: true });
  check("a mismatch row can be ticked", Boolean(chosen), chosen ? `${chosen.key} ${chosen.indicator}` : "none");

  const before = await page.evaluate(() => window.__kpi.values());
  await page.getByRole("button", { name: /^適用/ }).click();
  await page.getByText(/個のセルに書き込みました/).waitFor({ timeout: TIMEOUT });
  const writes = await page.evaluate(() => window.__kpi.writes.flat());
  const afterValues = await page.evaluate(() => window.__kpi.values());
  await page.screenshot({ path: path.join(SHOTS, "03-applied.png"), fullPage: true });
  const rowOf = (w) => `${w.sheet}!${/\d+$/.exec(w.address)[0]}`;
  check(
    "適用 wrote exactly the ticked rows",
    writes.length === ticked.length && writes.every((w) => ticked.some((t) => t.key === rowOf(w))),
    writes.map((w) => `${w.sheet}!${w.address}=${w.value}`).join(", "),
  );
  check(
    "the workbook holds the new values",
    writes.length > 0 && writes.every((w) => afterValues[`${w.sheet}!${w.address}`] === w.value),
  );
  const changed = [...new Set([...Object.keys(before), ...Object.keys(afterValues)])].filter(
    (k) => before[k] !== afterValues[k],
  );
  const written = writes.map((w) => `${w.sheet}!${w.address}`);
  check(
    "no other cell of the workbook changed",
    changed.length === written.length && changed.every((k) => written.includes(k)),
    `changed: ${changed.join(", ")}`,
  );

  await page.getByRole("button", { name: "元に戻す", exact: true }).click();
  await page.getByText(/個のセルを元に戻しました/).waitFor({ timeout: TIMEOUT });
  const reverted = await page.evaluate(() => window.__kpi.values());
  await page.screenshot({ path: path.join(SHOTS, "04-reverted.png"), fullPage: true });
  const differs = Object.keys({ ...before, ...reverted }).filter((k) => before[k] !== reverted[k]);
  check("元に戻す restores every value", differs.length === 0, differs.join(", "));

  await page.getByRole("switch", { name: "English" }).click();
  await page.getByRole("tab", { name: "Findings" }).click();
  const english = await page.getByRole("button", { name: "Validate", exact: true }).isVisible();
  await page.screenshot({ path: path.join(SHOTS, "05-english.png"), fullPage: true });
  check("the English switch turns the pane to English", english);
  check("harness: no console or page error", errors.length === 0, errors.join(" | "));
  await page.close();
}

/** The production manifest: dev URL swapped, still valid, its icons copied beside it. */
function productionManifest() {
  const { validateManifest } = require("./validate-manifest");
  const file = path.join(OUT, "manifest.xml");
  const text = fs.readFileSync(file, "utf8");
  const { ok, problems } = validateManifest(file, { assetsRoot: OUT });
  check("dist-web/manifest.xml is valid with its icons in dist-web/assets", ok, problems.join(" | "));
  check("dist-web/manifest.xml has no localhost URL left", !text.includes("https://localhost:3000/"));
}

function bundleSize() {
  const js = fs.readdirSync(OUT).filter((f) => /^taskpane\..*\.js$/.test(f));
  const raw = js.reduce((n, f) => n + fs.statSync(path.join(OUT, f)).size, 0);
  const gz = js.reduce((n, f) => n + zlib.gzipSync(fs.readFileSync(path.join(OUT, f))).length, 0);
  console.log(`     production task pane: ${(raw / 1024).toFixed(0)} KB, ${(gz / 1024).toFixed(0)} KB gzip`);
}

async function main() {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found: apt-get install -y chromium`);
  if (!fs.existsSync(SAMPLE)) throw new Error(`${SAMPLE} not found: npm run samples`);
  fs.mkdirSync(SHOTS, { recursive: true });
  const gridsJson = sampleGrids();
  // --no-build reuses dist-web/ from an earlier `webpack --mode production --env harness`.
  if (!process.argv.includes("--no-build")) {
    run(process.execPath, [require.resolve("webpack/bin/webpack.js"), "--mode", "production", "--env", "harness"]);
  }
  bundleSize();
  productionManifest();

  const server = await serve(gridsJson);
  const base = `http://127.0.0.1:${server.address().port}`;
  const { context, close } = await launchChromium("kpi-chromium-");
  try {
    await routeOffline(context, base);
    await noHostPage(context, base);
    await harnessPage(context, base);
  } finally {
    await close();
    server.close();
  }
}

main()
  .catch((e) => check("browser test ran to the end", false, e.message))
  .finally(() => {
    const failed = results.filter((r) => !r.ok).length;
    console.log(`e2e: ${results.length - failed} passed, ${failed} failed`);
    process.exitCode = failed > 0 ? 1 : 0;
  });
