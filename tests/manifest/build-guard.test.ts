/**
 * The build's own guards, without the minute-long production build: a tiny webpack compilation
 * shows NoLocalUrlPlugin failing a build, and the real config is checked to use it (production)
 * and to keep the dev server on this machine without wildcard CORS.
 */
import fs from "fs";
import os from "os";
import path from "path";
import webpack from "webpack";

/* eslint-disable @typescript-eslint/no-require-imports -- the build's CommonJS modules */
const { NoLocalUrlPlugin } = require("../../scripts/no-local-url-plugin");
const config = require("../../webpack.config.js");
/* eslint-enable @typescript-eslint/no-require-imports */

type Assets = Record<string, string>;

/** Emits `assets` beside a one-line entry, as the copy and page plugins do, and runs the guard. */
function compile(assets: Assets): Promise<string[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "guard-"));
  fs.writeFileSync(path.join(dir, "entry.js"), 'document.title = "x";\n');
  const emit = {
    apply(compiler: webpack.Compiler) {
      compiler.hooks.thisCompilation.tap("emit", (compilation) => {
        compilation.hooks.processAssets.tap(
          { name: "emit", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
          () => {
            for (const [name, text] of Object.entries(assets)) {
              compilation.emitAsset(name, new webpack.sources.RawSource(text));
            }
          },
        );
      });
    },
  };
  const compiler = webpack({
    mode: "none",
    context: dir,
    entry: "./entry.js",
    output: { path: path.join(dir, "out") },
    plugins: [emit, new NoLocalUrlPlugin()],
  });
  return new Promise((resolve, reject) => {
    compiler.run((err, stats) => {
      compiler.close(() => fs.rmSync(dir, { recursive: true, force: true }));
      if (err || !stats) return reject(err);
      resolve(stats.compilation.errors.map((e) => e.message));
    });
  });
}

describe("NoLocalUrlPlugin fails a build that emits a localhost URL", () => {
  test("a manifest with the dev AppDomain and a page with a dev script fail, each named", async () => {
    const errors = await compile({
      "manifest.xml": "<AppDomains><AppDomain>https://localhost:3000</AppDomain></AppDomains>",
      "taskpane.html": '<script src="http://127.0.0.1:3000/taskpane.js"></script>',
      "assets/help.html": '<a href="https://intra.city.lg.jp/kpi/">ok</a>',
    });
    expect(errors).toHaveLength(2);
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.stringContaining("manifest.xml: localhost URL in the production build: https://localhost:3000"),
        expect.stringContaining(
          "taskpane.html: localhost URL in the production build: http://127.0.0.1:3000/taskpane.js",
        ),
      ]),
    );
  });

  test("the same files on the deployed host, a localhost-named host and the bare word pass", async () => {
    const errors = await compile({
      "manifest.xml": '<SourceLocation DefaultValue="https://intra.city.lg.jp/kpi/taskpane.html"/>',
      "taskpane.html": '<script src="https://localhost-proxy.city.lg.jp/taskpane.js"></script>',
      "assets/help.html": "<p>never localhost:3000</p>",
    });
    expect(errors).toEqual([]);
  });

  test("images are not read as text", async () => {
    expect(await compile({ "assets/icon.png": "https://localhost:3000/" })).toEqual([]);
  });
});

describe("webpack.config.js", () => {
  const hasGuard = (cfg: webpack.Configuration) => cfg.plugins?.some((p) => p instanceof NoLocalUrlPlugin);

  test("the production build carries the guard; the dev build does not need it", async () => {
    expect(hasGuard(await config({ addinUrl: "https://intra.city.lg.jp/kpi/" }, { mode: "production" }))).toBe(true);
    expect(hasGuard(await config({}, { mode: "development" }))).toBe(false);
  });

  test("the dev server listens on localhost only and sends no wildcard CORS header", () => {
    const https = { cert: "CERT", key: "KEY" };
    const dev = config.devServerOptions(https);
    expect(dev.host).toBe("localhost");
    expect(dev.port).toBe(3000);
    expect(dev.server).toEqual({ type: "https", options: https });
    expect(dev.allowedHosts ?? "auto").toBe("auto");
    expect(JSON.stringify(dev.headers ?? {})).not.toContain("Access-Control-Allow-Origin");
    expect(JSON.stringify(dev)).not.toMatch(/"\*"|0\.0\.0\.0|"::"|local-ip/);
  });
});
