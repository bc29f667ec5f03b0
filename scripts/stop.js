#!/usr/bin/env node
/** `npm stop`: end the session `npm start` opened (Windows/macOS: office-addin-debugging stops the dev server and unregisters the add-in). */
const { spawnSync } = require("child_process");
const path = require("path");

const manifest = path.resolve(__dirname, "..", "manifest.xml");

if (process.platform === "win32" || process.platform === "darwin") {
  const r = spawnSync("npx", ["--no-install", "office-addin-debugging", "stop", manifest], {
    stdio: "inherit",
    shell: process.platform === "win32",
  });
  process.exitCode = r.status ?? 1;
} else {
  console.log("Nothing to stop: npm start sideloads only into desktop Excel on Windows/macOS.");
}
