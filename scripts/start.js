#!/usr/bin/env node
/**
 * `npm start`: sideload the add-in into desktop Excel where Office exists (Windows, macOS) with
 * office-addin-debugging when it is installed; everywhere else, say plainly how to load it.
 */
const { spawnSync } = require("child_process");
const path = require("path");

const manifest = path.resolve(__dirname, "..", "manifest.xml");
const webSteps = [
  "Excel on the web / Excel for the web:",
  "  1. npm run dev-server   (https://localhost:3000)",
  "  2. 挿入 → アドイン → マイアドインの管理 → アップロード (Insert → Add-ins → Manage My Add-ins → Upload)",
  `  3. ${manifest} を選ぶ / choose ${manifest}`,
];

function hasDebugging() {
  try {
    require.resolve("office-addin-debugging/package.json");
    return true;
  } catch {
    return false;
  }
}

if (process.platform === "win32" || process.platform === "darwin") {
  if (hasDebugging()) {
    const r = spawnSync("npx", ["office-addin-debugging", "start", manifest, "desktop", "--app", "excel"], {
      stdio: "inherit",
      shell: process.platform === "win32",
    });
    process.exitCode = r.status ?? 1;
  } else {
    console.log("office-addin-debugging is not installed, so the add-in is not sideloaded automatically.");
    console.log("Install it (npm install --save-dev office-addin-debugging) and run npm start again, or:");
    console.log(webSteps.join("\n"));
  }
} else {
  console.log(
    `Sideloading needs desktop Excel on Windows or macOS, or Excel on the web; this machine is ${process.platform}, so nothing was started.`,
  );
  console.log("サイドロードには Windows / macOS のデスクトップ版 Excel か Excel on the web が必要です。");
  console.log(webSteps.join("\n"));
}
