/**
 * The task pane bundle (dist-web/; dist/ holds the compiled CLI).
 *   npm run build        production: taskpane.html loading office.js from Microsoft's CDN,
 *                        manifest.xml and assets/ copied with the dev URL swapped for the production one.
 *   npm run dev-server   https://localhost:3000 with the office-addin-dev-certs certificate.
 *   webpack --env harness  also builds e2e.html: the same App over an in-memory workbook (browser test).
 */
const fs = require("fs");
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const DEV_URL = "https://localhost:3000/";
/** Where the production task pane is hosted; set ADDIN_URL when deploying elsewhere. */
const PROD_URL = process.env.ADDIN_URL || "https://kpi-sheet-checker.example.jp/";

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
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => (dev ? content : content.toString().split(DEV_URL).join(PROD_URL)),
          },
        ],
      }),
    ],
    performance: { hints: dev ? false : "warning", maxEntrypointSize: 1200 * 1024, maxAssetSize: 1200 * 1024 },
    devServer: env.WEBPACK_SERVE
      ? {
          port: 3000,
          headers: { "Access-Control-Allow-Origin": "*" },
          server: { type: "https", options: await devHttpsOptions() },
          static: { directory: path.resolve(__dirname, "assets"), publicPath: "/assets" },
        }
      : undefined,
  };
};
