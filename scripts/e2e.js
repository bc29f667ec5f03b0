#!/usr/bin/env node
/* global window, document -- inside page.evaluate, which runs in the browser */
/**
 * The browser test (`npm run test:e2e`; also run by jest through tests/e2e/browser.test.ts):
 *  1. reads a sample workbook (samples/kyosei-vision.xlsx) into Grid JSON in Node;
 *  2. builds the production bundle plus the harness page (webpack --env harness) into dist-web/;
 *  3. serves dist-web/ on 127.0.0.1 (random port) and opens Debian's Chromium with playwright-core;
 *  4. the production taskpane.html with no Office host → 「Excelで開いてください」
 *     (office.js from the CDN is served from node_modules/@microsoft/office-js: no network);
 *  5. the harness (same App, real Office.js adapter over tests/support/fake-excel.ts, the engine in
 *     its Web Worker) at 320 px: 検証 → findings → 目標値を再計算 → preview → 適用 (a summary of the
 *     cells, focused) → the workbook holds the new values → 元に戻す → the cells are back; the
 *     column mapping (target year by hand, an actual-year column, back to automatic; the second
 *     table of a two-table sheet corrected while the first stays automatic);
 *  6. findings and targets at 320 and 800 px, Japanese and English: no number or name cell
 *     clipped (scrollWidth ≤ clientWidth), no page wider than the pane, no finding code visible.
 * Screenshots go to tests/e2e/screenshots/ (committed, for review), or to E2E_SCREENSHOTS_DIR:
 * `npm test` sends them to an ignored folder so a test run leaves the checkout as it was.
 * Any console error or page error fails the run.
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
const SHOTS = path.resolve(ROOT, process.env.E2E_SCREENSHOTS_DIR || "tests/e2e/screenshots");
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

/** Where the pane is looked at: Excel's default task pane width, and a wide one. */
const WIDTHS = [320, 800];
/** A finding code (BASIS_MISMATCH): such words must never reach the visible text. */
const RAW_CODE = /\b[A-Z]{2,}(?:_[A-Z]{2,})+\b/g;

/**
 * What a staff member would see cut off or coded: number and name cells whose text is wider
 * than their box, names squeezed to a few characters a line, a page wider than the pane, and
 * finding codes in the visible text (codes live in tooltips only).
 */
async function layoutProblems(page) {
  return page.evaluate((codePattern) => {
    const problems = [];
    const clipped = (el) => el.scrollWidth > el.clientWidth + 1;
    for (const el of document.querySelectorAll("[data-number], [data-name]")) {
      if (clipped(el)) problems.push(`clipped: ${el.textContent.slice(0, 40)} (${el.scrollWidth}>${el.clientWidth})`);
    }
    for (const el of document.querySelectorAll("[data-name]")) {
      if (el.clientWidth < 90) problems.push(`name squeezed to ${el.clientWidth}px: ${el.textContent.slice(0, 20)}`);
    }
    const doc = document.documentElement;
    if (doc.scrollWidth > window.innerWidth + 1) problems.push(`page wider than the pane: ${doc.scrollWidth}px`);
    const codes = document.body.innerText.match(new RegExp(codePattern, "g"));
    if (codes) problems.push(`raw codes visible: ${[...new Set(codes)].join(", ")}`);
    return problems;
  }, RAW_CODE.source);
}

async function lookAt(page, name, label) {
  const problems = await layoutProblems(page);
  const offered = page.locator("li[data-row]:has(input[type=checkbox])").first();
  if ((await offered.count()) > 0) await offered.scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
  check(`${label}: nothing clipped, no raw code`, problems.length === 0, problems.slice(0, 5).join(" | "));
}

async function openPreview(page, recalcName) {
  await page.getByRole("button", { name: recalcName, exact: true }).click();
  const list = page.getByRole("list", { name: recalcName });
  await list.waitFor({ timeout: TIMEOUT });
  return list;
}

async function validate(page, name) {
  await page.getByRole("button", { name, exact: true }).click();
  await page.getByTestId("verdict").waitFor({ timeout: TIMEOUT });
}

async function harnessPage(context, base) {
  const page = await context.newPage();
  await page.setViewportSize({ width: 320, height: 900 });
  const errors = [];
  watchErrors(page, errors);
  const t0 = Date.now();
  await page.goto(`${base}/e2e.html`);
  await page.getByRole("button", { name: "検証", exact: true }).waitFor({ timeout: TIMEOUT });
  console.log(`     harness: first render ${Date.now() - t0} ms after navigation`);

  await validate(page, "検証");
  const findings = await page.locator("li[data-code]").count();
  const verdict = await page.getByTestId("verdict").textContent();
  check("検証 (in the worker) shows the findings", findings > 0, `${findings} findings, verdict ${verdict}`);
  await lookAt(page, "320-ja-findings", "320 px, findings");

  const list = await openPreview(page, "目標値を再計算");
  const preview = await list.locator("li[data-row]").evaluateAll((lis) =>
    lis.map((li) => ({
      key: li.getAttribute("data-row"),
      status: li.getAttribute("data-status"),
      ticked: Boolean(li.querySelector('input[type="checkbox"]:checked')),
      tickable: Boolean(li.querySelector('input[type="checkbox"]')),
      indicator: li.querySelector("[data-name]").textContent,
    })),
  );
  const byDefault = preview.filter((r) => r.ticked);
  check(
    "目標値を再計算 shows the preview; only empty targets are ticked by default",
    preview.length > 0 && byDefault.every((r) => r.status === "computed"),
    `${preview.length} rows, ${byDefault.length} ticked by default`,
  );
  check(
    "a row judged 一致 is never offered",
    preview.filter((r) => r.status === "match").every((r) => !r.tickable),
    `${preview.filter((r) => r.status === "match").length} 一致 rows`,
  );
  await lookAt(page, "320-ja-targets", "320 px, targets");
  // The user also ticks the first row whose stated target disagrees with its basis.
  const chosen = preview.find((r) => r.status === "mismatch" && r.tickable && !r.ticked);
  if (chosen) await list.locator(`li[data-row="${chosen.key}"] input[type="checkbox"]`).check();
  const ticked = [...byDefault, ...(chosen ? [chosen] : [])];
  check("a mismatch row can be ticked", Boolean(chosen), chosen ? `${chosen.key} ${chosen.indicator}` : "none");

  const before = await page.evaluate(() => window.__kpi.values());
  await page.getByRole("button", { name: /^適用/ }).click();
  const applied = page.getByRole("region", { name: /^書き込んだセル/ });
  await applied.waitFor({ timeout: TIMEOUT });
  const writes = await page.evaluate(() => window.__kpi.writes.flat());
  const afterValues = await page.evaluate(() => window.__kpi.values());
  const focused = await applied.evaluate((el) => el === document.activeElement);
  const listed = await applied.locator("li").allTextContents();
  await page.screenshot({ path: path.join(SHOTS, "320-ja-applied.png") });
  // With several sheets in the workbook (the sample and the two-table sheet) a cell is named with its sheet.
  check(
    "適用: the summary lists each cell old → new, in view and focused",
    focused &&
      listed.length === writes.length &&
      writes.every((w) => listed.some((l) => l.startsWith(w.address) || l.startsWith(`${w.sheet}!${w.address}`))),
    listed.join(" | "),
  );
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
  const reverted = page.getByRole("region", { name: /^元に戻したセル/ });
  await reverted.waitFor({ timeout: TIMEOUT });
  const restored = await page.evaluate(() => window.__kpi.values());
  const differs = Object.keys({ ...before, ...restored }).filter((k) => before[k] !== restored[k]);
  check(
    "元に戻す restores every value and says which cells",
    differs.length === 0 && (await reverted.locator("li").count()) === writes.length,
    differs.join(", "),
  );

  await mappingEditor(page);

  await page.setViewportSize({ width: 800, height: 900 });
  await validate(page, "検証");
  await lookAt(page, "800-ja-findings", "800 px, findings");
  await openPreview(page, "目標値を再計算");
  await lookAt(page, "800-ja-targets", "800 px, targets");

  await page.getByRole("switch", { name: "English" }).click();
  await page.getByRole("button", { name: "Validate", exact: true }).waitFor({ timeout: TIMEOUT });
  check("the English switch turns the pane to English", true);
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    await validate(page, "Validate");
    await lookAt(page, `${width}-en-findings`, `${width} px English, findings`);
    await openPreview(page, "Recalculate targets");
    await lookAt(page, `${width}-en-targets`, `${width} px English, targets`);
  }
  check("harness: no console or page error", errors.length === 0, errors.join(" | "));
  await page.close();
}

/** Issue 11.8 in the browser: a target year by hand, an actual-year column, back to automatic. */
async function mappingEditor(page) {
  await page.getByRole("tab", { name: "列の対応" }).click();
  const targetYear = page.getByRole("textbox", { name: /^目標年度/ });
  await targetYear.fill("令和11年度");
  await page.getByText("R11（2029年度）として扱います").waitFor({ timeout: TIMEOUT });
  // An actual-year column mapped by hand: the last recognised one is taken off and mapped again
  // with its year typed (a sheet whose columns are all recognised has no free column to add).
  const actuals = page.locator("[data-actual]");
  let col;
  let year = "R5";
  if ((await actuals.count()) > 0) {
    const last = actuals.last();
    col = await last.locator("select").inputValue();
    year = await last.locator("input").inputValue();
    await last.getByRole("button").click();
  } else {
    col = await page
      .getByRole("combobox", { name: "指標", exact: true })
      .evaluate((s) => [...s.options].map((o) => o.value).find((v) => v !== ""));
  }
  await page.getByRole("button", { name: "実績値の列を追加" }).click();
  const n = await actuals.count();
  await page.getByRole("combobox", { name: `実績値の列（${n}）` }).selectOption(col);
  await page.getByRole("textbox", { name: `実績値の年度（${n}）` }).fill(year);
  await lookAt(page, "320-ja-mapping", "320 px, column mapping");
  await page.getByRole("button", { name: "この対応で保存して再検証" }).click();
  await page.getByText("列の対応をブックに保存しました。").waitFor({ timeout: TIMEOUT });
  const saved = await page.evaluate(() => window.__kpi.setting("mapping"));
  const mine = Array.isArray(saved) ? saved[0] : undefined;
  check(
    "列の対応: a target year by hand and an actual-year column are saved",
    mine?.targetYear === "R11" && mine.actuals.some((a) => a.col === col && a.year === year),
    JSON.stringify(mine ?? saved),
  );
  await page.getByRole("tab", { name: "列の対応" }).click();
  await page.getByRole("button", { name: "自動認識に戻す" }).click();
  await page.getByText("列の対応を自動認識に戻しました。").waitFor({ timeout: TIMEOUT });
  const after = await page.evaluate(() => window.__kpi.setting("mapping"));
  check(
    "列の対応: 自動認識に戻す forgets the saved mapping",
    Array.isArray(after) && after.length === 0,
    JSON.stringify(after),
  );
  await secondTable(page);
}

/**
 * Several tables per sheet: on the harness's two-table sheet the second table is chosen and its
 * target year set by hand; the first stays recognised automatically; then it goes back to automatic.
 */
async function secondTable(page) {
  await page.getByRole("tab", { name: "列の対応" }).click();
  await page.getByRole("combobox", { name: "シート" }).selectOption("二つの表");
  const table = page.getByRole("combobox", { name: "直す表" });
  const options = () => table.locator("option").allTextContents();
  const before = await options();
  check(
    "列の対応: a sheet's tables are listed by header row, range and first indicator",
    before.length === 3 &&
      before[0].startsWith("表1：見出し2行目 A2:F2「観光入込客数」") &&
      before[1].startsWith("表2：見出し7行目"),
    before.join(" | "),
  );
  await table.selectOption({ index: 1 });
  const targetYear = page.getByRole("textbox", { name: /^目標年度/ });
  await targetYear.fill("R9");
  await page.getByText("R9（2027年度）として扱います").waitFor({ timeout: TIMEOUT });
  // The screenshot shows the sheet and table chosen, at the top of the view.
  await page.evaluate(() => window.scrollTo(0, 0));
  await lookAt(page, "320-ja-mapping-table2", "320 px, column mapping of a second table");
  await page.getByRole("button", { name: "この対応で保存して再検証" }).click();
  await page.getByText("列の対応をブックに保存しました。").waitFor({ timeout: TIMEOUT });
  const saved = await page.evaluate(() => window.__kpi.setting("mapping"));
  const mine = Array.isArray(saved) && saved.length === 1 ? saved[0] : undefined;
  check(
    "列の対応: the second table's mapping is saved alone, with its header rows and first indicator",
    mine?.sheet === "二つの表" &&
      mine.headerTop === 6 &&
      mine.targetYear === "R9" &&
      mine.anchor?.first === "保育所待機児童数",
    JSON.stringify(saved),
  );
  await page.getByRole("tab", { name: "列の対応" }).click();
  const after = await options();
  check(
    "列の対応: the second table is read by hand, the first still recognised automatically",
    (await table.inputValue()) === "1" && after[1].includes("（手動）") && after[0].includes("確度"),
    after.join(" | "),
  );
  await page.getByRole("button", { name: "自動認識に戻す" }).click();
  await page.getByText("列の対応を自動認識に戻しました。").waitFor({ timeout: TIMEOUT });
  const reset = await page.evaluate(() => window.__kpi.setting("mapping"));
  check(
    "列の対応: the second table back to automatic",
    Array.isArray(reset) && reset.length === 0,
    JSON.stringify(reset),
  );
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
