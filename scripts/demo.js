#!/usr/bin/env node
/**
 * `npm run demo`: kpi-check on the two bundled samples, annotated copies into out/.
 * The samples carry the city's real damage, so kpi-check exits 1 ("errors found"); for the
 * demo that is the expected outcome, and only an unusable input (exit 2) fails the script.
 */
const path = require("path");
const { main } = require("../dist/cli/main.js");

const root = path.resolve(__dirname, "..");
const samples = ["samples/kyosei-vision.xlsx", "samples/sousei-strategy.xlsx"].map((f) => path.join(root, f));
const out = path.join(root, "out") + path.sep;

main([...samples, "--out", out, ...process.argv.slice(2)]).then((code) => {
  if (code === 2) {
    process.exitCode = 2;
    return;
  }
  process.stdout.write(`\n注釈付きのコピー / annotated copies: ${path.relative(root, out)}${path.sep}\n`);
});
