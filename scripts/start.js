#!/usr/bin/env node
/**
 * `npm start`: on Windows and macOS, office-addin-debugging (a dev dependency) starts the dev
 * server and sideloads manifest.xml into desktop Excel. It cannot sideload on Linux, so there
 * this prints the steps for Excel on the web instead.
 */
const { spawnSync } = require("child_process");
const path = require("path");

const manifest = path.resolve(__dirname, "..", "manifest.xml");
const webSteps = [
  "Excel on the web:",
  "  1. npm run dev-server   (https://localhost:3000)",
  "  2. 挿入 → アドイン → マイ アドインの管理 → マイ アドインのアップロード (Insert → Add-ins → Manage My Add-ins → Upload My Add-in)",
  `  3. ${manifest} を選ぶ / choose ${manifest}`,
];

if (process.platform === "win32" || process.platform === "darwin") {
  const args = [
    "start",
    manifest,
    "desktop",
    "--app",
    "excel",
    "--dev-server",
    "npm run dev-server",
    "--dev-server-port",
    "3000",
  ];
  const r = spawnSync("npx", ["--no-install", "office-addin-debugging", ...args], {
    stdio: "inherit",
    shell: process.platform === "win32",
  });
  process.exitCode = r.status ?? 1;
} else {
  console.log(
    `Sideloading needs desktop Excel on Windows or macOS, or Excel on the web; this machine is ${process.platform}, so nothing was started.`,
  );
  console.log("サイドロードには Windows / macOS のデスクトップ版 Excel か Excel on the web が必要です。");
  console.log(webSteps.join("\n"));
}
