/**
 * Debian's Chromium under playwright-core, offline: what the browser test (scripts/e2e.js) and
 * the pane bench (bench/pane.ts) share. Never downloads a browser; nothing but
 * the local server and office.js (served from node_modules/@microsoft/office-js) is reachable.
 */
const fs = require("fs");
const os = require("os");
const path = require("path");

const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const OFFICE_DIST = path.resolve(__dirname, "../node_modules/@microsoft/office-js/dist");

/**
 * A fresh profile each time; `close()` closes the browser, then removes the profile. The flags
 * keep Chromium from calling home (refused here anyway).
 */
async function launchChromium(prefix) {
  const { chromium } = require("playwright-core");
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  const close = async () => {
    await context.close();
    fs.rmSync(profile, { recursive: true, force: true });
  };
  return { context, close };
}

/** Requests to `base` pass; office.js's CDN URLs are answered from node_modules; the rest abort. */
async function routeOffline(context, base) {
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(base)) return route.continue();
    if (url.startsWith(OFFICE_CDN)) {
      const file = path.join(OFFICE_DIST, url.slice(OFFICE_CDN.length).split("?")[0]);
      if (file.startsWith(OFFICE_DIST) && fs.existsSync(file)) {
        return route.fulfill({ status: 200, contentType: "text/javascript", body: fs.readFileSync(file) });
      }
    }
    return route.abort();
  });
}

module.exports = { CHROMIUM, launchChromium, routeOffline };
