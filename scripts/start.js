#!/usr/bin/env node
/**
 * `npm start`: on Windows and macOS, office-addin-debugging starts the dev server and sideloads
 * manifest.xml into desktop Excel. It cannot sideload on Linux, so there this prints the steps
 * for Excel on the web instead.
 */
const { CAN_SIDELOAD, MANIFEST, officeAddinDebugging } = require("./office-debugging");

if (CAN_SIDELOAD) {
  process.exitCode = officeAddinDebugging(
    "start",
    MANIFEST,
    "desktop",
    "--app",
    "excel",
    "--dev-server",
    "npm run dev-server",
    "--dev-server-port",
    "3000",
  );
} else {
  console.log(
    `Sideloading needs desktop Excel on Windows or macOS, or Excel on the web; this machine is ${process.platform}, so nothing was started.`,
  );
  console.log("サイドロードには Windows / macOS のデスクトップ版 Excel か Excel on the web が必要です。");
  console.log(
    [
      "Excel on the web:",
      "  1. npm run dev-server   (https://localhost:3000)",
      "  2. 挿入 → アドイン → マイ アドインの管理 → マイ アドインのアップロード (Insert → Add-ins → Manage My Add-ins → Upload My Add-in)",
      `  3. ${MANIFEST} を選ぶ / choose ${MANIFEST}`,
    ].join("\n"),
  );
}
