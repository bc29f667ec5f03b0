#!/usr/bin/env node
/**
 * `npm run demo`: kpi-check on the two bundled samples, one full report each, annotated copies
 * into out/ (the demo's own folder, so a second run replaces them: --force).
 * The samples carry the city's real damage, so kpi-check exits 1 ("errors found"); for the
 * demo that is the expected outcome, and only an unusable input (exit 2) fails the script.
 */
const path = require("path");
const { main } = require("../dist/cli/main.js");

const root = path.resolve(__dirname, "..");
const samples = ["samples/kyosei-vision.xlsx", "samples/sousei-strategy.xlsx"].map((f) => path.join(root, f));
const out = path.join(root, "out") + path.sep;

(async () => {
  for (const [i, sample] of samples.entries()) {
    if (i > 0) process.stdout.write("\n");
    const code = await main([sample, "--out", out, "--force", ...process.argv.slice(2)]);
    if (code === 2) {
      process.exitCode = 2;
      return;
    }
  }
  process.stdout.write(`\n注釈付きのコピー / annotated copies: ${path.relative(root, out)}${path.sep}\n`);
})();
