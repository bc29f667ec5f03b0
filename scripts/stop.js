#!/usr/bin/env node
/** `npm stop`: end the sideloaded session that `npm start` opened (Windows/macOS with office-addin-debugging). */
const { spawnSync } = require("child_process");
const path = require("path");

const manifest = path.resolve(__dirname, "..", "manifest.xml");

function hasDebugging() {
  try {
    require.resolve("office-addin-debugging/package.json");
    return true;
  } catch {
    return false;
  }
}

if ((process.platform === "win32" || process.platform === "darwin") && hasDebugging()) {
  const r = spawnSync("npx", ["office-addin-debugging", "stop", manifest], {
    stdio: "inherit",
    shell: process.platform === "win32",
  });
  process.exitCode = r.status ?? 1;
} else {
  console.log(
    "Nothing to stop: npm start sideloads only into desktop Excel on Windows/macOS with office-addin-debugging.",
  );
}
