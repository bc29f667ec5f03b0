/**
 * The task pane bundle (dist-web/; dist/ holds the compiled CLI).
 *   npm run build        production: taskpane.html loading office.js from Microsoft's CDN, the
 *                        help page, icons and manifest.xml with the dev URL replaced by the address
 *                        given in ADDIN_URL (or --env addinUrl=…). Fails without one, and fails if
 *                        any localhost URL is left in what it emits.
 *   npm run dev-server   https://localhost:3000 with the office-addin-dev-certs certificate.
 *   webpack --env harness  also builds e2e.html: the same App over an in-memory workbook (browser test).
 */
const fs = require("fs");
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { productionManifest, productionUrl } = require("./scripts/addin-url");
const { NoLocalUrlPlugin } = require("./scripts/no-local-url-plugin");

/** The browser-test build is never deployed: its manifest only has to be valid and local-free. */
const HARNESS_URL = "https://e2e.invalid/";

/**
 * Where the production pane will be served, from `--env addinUrl=…` or ADDIN_URL (README).
 * A missing or unusable address stops the build before it starts, with the message alone.
 */
function deployUrl(env) {
  const given = env.addinUrl || process.env.ADDIN_URL;
  if (!given && env.harness) return HARNESS_URL;
  try {
    return productionUrl(given);
  } catch (e) {
    console.error(`npm run build: ${e.message}`);
    process.exit(1);
  }
}

/**
 * The dev server: only this machine can reach it (Excel on the same PC loads the pane from
 * localhost), and no CORS header — the pane fetches nothing cross-origin.
 */
function devServerOptions(https) {
  return {
    host: "localhost",
    port: 3000,
    server: { type: "https", options: https },
    static: { directory: path.resolve(__dirname, "assets"), publicPath: "/assets" },
  };
}

/**
 * The dev certificate from office-addin-dev-certs. Where the CA cannot be installed into the
 * system store (Linux without sudo) it throws after generating the files: use those files then.
 */
async function devHttpsOptions() {
  const certs = require("office-addin-dev-certs");
  try {
    return await certs.getHttpsServerOptions();
  } catch (e) {
    const d = require("office-addin-dev-certs/lib/defaults");
    if (!fs.existsSync(d.localhostCertificatePath)) throw e;
    console.warn(
      `dev-certs: ${e.message.split("\n")[0]} — serving with ${d.localhostCertificatePath}; trust ${d.caCertificatePath} in the browser yourself.`,
    );
    return {
      ca: fs.readFileSync(d.caCertificatePath),
      cert: fs.readFileSync(d.localhostCertificatePath),
      key: fs.readFileSync(d.localhostKeyPath),
    };
  }
}

module.exports = async (env = {}, argv = {}) => {
  const dev = argv.mode !== "production";
  const url = dev ? null : deployUrl(env);
  const entry = { taskpane: "./src/taskpane/index.tsx" };
  const pages = [
    new HtmlWebpackPlugin({
      filename: "taskpane.html",
      template: "./src/taskpane/taskpane.html",
      chunks: ["taskpane"],
    }),
  ];
  if (env.harness) {
    entry.e2e = "./tests/e2e/harness.tsx";
    pages.push(new HtmlWebpackPlugin({ filename: "e2e.html", template: "./tests/e2e/harness.html", chunks: ["e2e"] }));
  }
  return {
    entry,
    devtool: dev ? "source-map" : false,
    output: {
      path: path.resolve(__dirname, "dist-web"),
      filename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          loader: "ts-loader",
          // Types are checked by `npm run typecheck`; the bundle only needs the transpiled code.
          options: { transpileOnly: true, compilerOptions: { noEmit: false, sourceMap: dev } },
        },
      ],
    },
    plugins: [
      ...pages,
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.{png,html}", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => (dev ? content : productionManifest(content.toString(), url)),
          },
        ],
      }),
      ...(dev ? [] : [new NoLocalUrlPlugin()]),
    ],
    performance: { hints: dev ? false : "warning", maxEntrypointSize: 1200 * 1024, maxAssetSize: 1200 * 1024 },
    devServer: env.WEBPACK_SERVE ? devServerOptions(await devHttpsOptions()) : undefined,
  };
};
module.exports.devServerOptions = devServerOptions;
