import fs from "fs";
import os from "os";
import path from "path";
import { spawnSync } from "child_process";

// Plain CommonJS shared with webpack.config.js (no TypeScript step in the build).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { DEV_URL, localUrls, productionUrl, productionManifest } = require("../../scripts/addin-url");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { validateManifest } = require("../../scripts/validate-manifest");

const ROOT = path.resolve(__dirname, "../..");
const MANIFEST = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");

/** The value of one attribute-carrying element of a manifest, by element name. */
function urlOf(xml: string, element: string): string {
  const m = new RegExp(`<${element} DefaultValue="([^"]+)"`).exec(xml);
  if (!m) throw new Error(`no <${element}> in the manifest`);
  return m[1];
}

describe("productionUrl: the address ADDIN_URL gives", () => {
  test.each([
    ["https://intra.city.lg.jp/kpi", "https://intra.city.lg.jp/kpi/"],
    ["https://intra.city.lg.jp/kpi//", "https://intra.city.lg.jp/kpi/"],
    ["  https://addins.town.lg.jp  ", "https://addins.town.lg.jp/"],
    ["https://addins.town.lg.jp:8443/office/kpi/", "https://addins.town.lg.jp:8443/office/kpi/"],
    // Near misses of the loopback and the placeholders: real hosts that must be accepted.
    ["https://localhost-proxy.city.lg.jp/", "https://localhost-proxy.city.lg.jp/"],
    ["https://examples.city.lg.jp/", "https://examples.city.lg.jp/"],
    ["https://testcity.lg.jp/", "https://testcity.lg.jp/"],
  ])("%s → %s", (given, url) => {
    expect(productionUrl(given)).toBe(url);
  });

  test.each([
    [undefined, "配置先のURLが指定されていません"],
    ["", "配置先のURLが指定されていません"],
    ["   ", "配置先のURLが指定されていません"],
    ["intra.city.lg.jp/kpi", "読み取れません"],
    ["http://intra.city.lg.jp/kpi/", "https で始まる必要があります"],
    ["https://localhost:3000/", "localhost は使えません"],
    ["https://LOCALHOST/", "localhost は使えません"],
    ["https://127.0.0.1:8443/", "localhost は使えません"],
    ["https://[::1]/", "localhost は使えません"],
    ["https://kpi-sheet-checker.example.jp/", "例示用のホスト名"],
    ["https://example.com/kpi/", "例示用のホスト名"],
    ["https://addins.example/", "例示用のホスト名"],
    ["https://kpi.invalid/", "例示用のホスト名"],
    ["https://intra.city.lg.jp/kpi/?v=1", "? や # は付けられません"],
  ])("%p is refused (%s), with the English twin and how to set it", (given, ja) => {
    expect(() => productionUrl(given)).toThrow(ja);
    expect(() => productionUrl(given)).toThrow(/ \/ [A-Z"]/);
  });

  test("the refusal of a missing address says how to give one", () => {
    expect(() => productionUrl(undefined)).toThrow(/ADDIN_URL=https:\/\/.* npm run build/);
  });
});

describe("localUrls: loopback URLs in emitted text", () => {
  test("finds every loopback form, in order, with its path", () => {
    const text = `<a href="https://localhost:3000/assets/help.html">x</a> http://127.0.0.1:8080 (https://[::1]:3000/)
      <AppDomain>https://LOCALHOST</AppDomain> "http://0.0.0.0:3000/x.js"`;
    expect(localUrls(text)).toEqual([
      "https://localhost:3000/assets/help.html",
      "http://127.0.0.1:8080",
      "https://[::1]:3000/",
      "https://LOCALHOST",
      "http://0.0.0.0:3000/x.js",
    ]);
  });

  test("hosts that only contain the word are not loopback", () => {
    const text =
      "https://localhost-proxy.city.lg.jp/ https://my-localhost.jp/ https://127.0.0.1.nip.io/ localhost:3000 https://city.lg.jp/localhost/";
    expect(localUrls(text)).toEqual([]);
  });
});

describe("productionManifest: manifest.xml as `npm run build` emits it", () => {
  const url = "https://intra.city.lg.jp/kpi/";
  const out: string = productionManifest(MANIFEST, url);

  test("the source manifest points at the dev server, the built one nowhere local", () => {
    expect(MANIFEST).toContain(DEV_URL);
    expect(localUrls(out)).toEqual([]);
    expect(out).not.toMatch(/localhost|example\.|<!--/);
  });

  test("every URL is below the deployed address; no AppDomain is needed", () => {
    const urls = out.match(/https:\/\/[^"<\s]+/g)?.filter((u) => !u.startsWith("https://schemas.microsoft.com")) ?? [];
    expect(urls.length).toBeGreaterThanOrEqual(9);
    for (const u of urls) expect(u.startsWith(url)).toBe(true);
    expect(out).not.toContain("<AppDomain");
  });

  test("SupportUrl is the help page served with the bundle, not the task pane", () => {
    expect(urlOf(out, "SourceLocation")).toBe(`${url}taskpane.html`);
    expect(urlOf(out, "SupportUrl")).toBe(`${url}assets/help.html`);
    expect(fs.existsSync(path.join(ROOT, "assets/help.html"))).toBe(true);
  });

  test("a localhost URL in another form than the dev address fails (the old <AppDomain> bug)", () => {
    const withDomain = MANIFEST.replace(
      "<Hosts>",
      "<AppDomains><AppDomain>https://localhost:3000</AppDomain></AppDomains>\n  <Hosts>",
    );
    expect(() => productionManifest(withDomain, url)).toThrow("localhost URL left");
    const loopbackIp = MANIFEST.replace(`${DEV_URL}assets/icon-16.png`, "https://127.0.0.1:3000/assets/icon-16.png");
    expect(() => productionManifest(loopbackIp, url)).toThrow("https://127.0.0.1:3000/assets/icon-16.png");
  });

  const hasXmllint = !spawnSync("xmllint", ["--version"]).error;
  (hasXmllint || process.env.CI ? test : test.skip)(
    "the built manifest is valid offline, --production checks included",
    () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), "manifest-prod-"));
      const file = path.join(dir, "manifest.xml");
      fs.writeFileSync(file, out);
      const good = validateManifest(file, { assetsRoot: ROOT, production: true });
      fs.writeFileSync(file, MANIFEST);
      const dev = validateManifest(file, { assetsRoot: ROOT, production: true });
      fs.rmSync(dir, { recursive: true, force: true });
      expect(good).toEqual({ ok: true, problems: [] });
      expect(dev.ok).toBe(false);
      expect(dev.problems).toEqual([
        expect.stringContaining("production: localhost URL left: https://localhost:3000/"),
      ]);
    },
  );
});
