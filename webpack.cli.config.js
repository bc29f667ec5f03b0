/**
 * The `kpi-check` command as one file (dist/cli/main.js) and its batch worker
 * (dist/cli/check-worker.js): `npm run build:cli`, run by `npm ci` through prepare.
 *
 * Why a bundle: a check of a 20-row sheet used to spend more time loading ~130 compiled modules
 * and zod's ~95 files than checking. One file saves the per-module lookups and reads, and
 * bundling the ES modules lets unused parts of zod and the engine drop out (bench/README.md).
 * Types are checked by `npm run typecheck`; this build only transpiles (tsconfig.cli.json: no DOM).
 */
const path = require("path");

module.exports = {
  mode: "production",
  target: "node20",
  entry: {
    main: "./src/cli/main.ts",
    // A worker thread loads its own file; batch.ts finds it next to main.js.
    "check-worker": "./src/cli/check-worker.ts",
  },
  output: {
    path: path.resolve(__dirname, "dist"),
    filename: "cli/[name].js",
    // --out's writer, loaded only when a copy is written.
    chunkFilename: "cli/[name].js",
    library: { type: "commonjs2" },
    clean: true,
  },
  // __dirname is the bundle's own folder at run time, as in the compiled modules before.
  node: { __dirname: false, __filename: false },
  resolve: { extensions: [".ts", ".js"] },
  module: {
    rules: [
      {
        test: /\.ts$/,
        exclude: /node_modules/,
        loader: "ts-loader",
        // ES modules (tsconfig.json's module setting), so webpack can leave out what nothing uses.
        options: { configFile: "tsconfig.cli.json", transpileOnly: true },
      },
    ],
  },
  optimization: {
    // The writer's chunk is named for its module (src_cli_write-annotated_ts.js), not a number.
    chunkIds: "named",
    // Dead code removed, names and lines kept readable: a crash report should still say where.
    minimizeOptions: {
      javascript: { compress: { passes: 1 }, mangle: false, format: { comments: false, beautify: true } },
    },
  },
  devtool: false,
  performance: { hints: false },
};
