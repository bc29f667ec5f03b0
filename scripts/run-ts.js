#!/usr/bin/env node
/**
 * Runs a TypeScript file with Node: `node scripts/run-ts.js FILE.ts [args…]`.
 * Each .ts module is compiled to CommonJS in memory by @swc/core (already a dev dependency
 * for Jest); no type checking here — `npm run typecheck` does that.
 */
const fs = require("fs");
const path = require("path");
const { transformSync } = require("@swc/core");

require.extensions[".ts"] = function compileTs(module, filename) {
  const source = fs.readFileSync(filename, "utf8");
  const { code } = transformSync(source, {
    filename,
    jsc: { parser: { syntax: "typescript" }, target: "es2022" },
    module: { type: "commonjs" },
    sourceMaps: "inline",
  });
  module._compile(code, filename);
};

const [file, ...args] = process.argv.slice(2);
if (!file) {
  process.stderr.write("usage: node scripts/run-ts.js FILE.ts [args…]\n");
  process.exit(2);
}
process.argv = [process.argv[0], path.resolve(file), ...args];
require(path.resolve(file));
