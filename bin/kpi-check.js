#!/usr/bin/env node
// The CLI is bundled into dist/cli/ by `npm run build:cli` (run by `npm ci` through prepare).
// On Node ≥ 22.1 its compiled code is kept between runs (in the temp folder), so a check
// starts sooner; older Node has no such cache and runs the same.
require("module").enableCompileCache?.();
require("../dist/cli/main.js")
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
