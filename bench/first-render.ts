import * as fs from "fs";
import * as http from "http";
import type { AddressInfo } from "net";
import * as path from "path";
import { CHROMIUM, launchChromium, routeOffline } from "../scripts/offline-chromium";

const LOADS = 5;

export interface FirstRenderResult {
  /** Median over the loads. */
  medianMs: number;
  loadsMs: number[];
}

/** dist-web/ on 127.0.0.1 (a random port): its files, and JSON at the given paths (bench/pane.ts). */
export function serve(outDir: string, json: Record<string, () => string> = {}): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    const body = json[url.pathname];
    if (body) {
      res.writeHead(200, { "content-type": "application/json" });
      return res.end(body());
    }
    const file = path.join(outDir, path.normalize(decodeURIComponent(url.pathname)).replace(/^[/\\]+/, ""));
    if (!file.startsWith(outDir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404);
      return res.end();
    }
    const type = file.endsWith(".html") ? "text/html; charset=utf-8" : file.endsWith(".js") ? "text/javascript" : "";
    res.writeHead(200, type ? { "content-type": type } : {});
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

/**
 * Notes `performance.now()` (milliseconds since navigation start) when React first puts
 * something into #root — the pane's first render (outside Excel: 「Excelで開いてください」).
 */
const WATCH_FIRST_RENDER = `
  new MutationObserver((_, observer) => {
    const root = document.getElementById("root");
    if (root && root.firstElementChild && window.__firstRender === undefined) {
      window.__firstRender = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
`;

/**
 * Loads the production taskpane.html in headless Chromium (Debian's, through playwright-core)
 * LOADS times, each in a fresh page of one fresh profile, office.js served from
 * node_modules/@microsoft/office-js (no network), everything else off this machine refused.
 * The same browser setup as scripts/e2e.js (scripts/offline-chromium.js).
 */
export async function measureFirstRender(root: string, log: (s: string) => void): Promise<FirstRenderResult> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found: apt-get install -y chromium`);
  const outDir = path.join(root, "dist-web");
  const server = await serve(outDir);
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const { context, close } = await launchChromium("kpi-bench-chromium-");
  try {
    await routeOffline(context, base);
    await context.addInitScript(WATCH_FIRST_RENDER);
    const loadsMs: number[] = [];
    for (let i = 0; i < LOADS; i++) {
      const page = await context.newPage();
      await page.goto(`${base}/taskpane.html`);
      await page.getByText("Excelで開いてください", { exact: true }).waitFor({ timeout: 30000 });
      const ms = await page.evaluate(() => (window as unknown as { __firstRender?: number }).__firstRender);
      if (typeof ms !== "number") throw new Error("the pane rendered but the first render was not seen");
      loadsMs.push(Math.round(ms));
      await page.close();
    }
    const sorted = [...loadsMs].sort((a, b) => a - b);
    const result = { medianMs: sorted[Math.floor(sorted.length / 2)], loadsMs };
    log(`first render: median ${result.medianMs} ms (${loadsMs.join(", ")})`);
    return result;
  } finally {
    await close();
    server.close();
  }
}
