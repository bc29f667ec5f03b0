/**
 * office-addin-debugging (a dev dependency), shared by `npm start` and `npm stop`. Its CLI runs
 * on this Node without a shell, so a manifest path with spaces (C:\Users\…) passes intact.
 * It sideloads only on Windows and macOS.
 */
const { spawnSync } = require("child_process");
const path = require("path");

const MANIFEST = path.resolve(__dirname, "..", "manifest.xml");
const CAN_SIDELOAD = process.platform === "win32" || process.platform === "darwin";

/** Runs `office-addin-debugging ARGS…` and returns its exit code. */
function officeAddinDebugging(...args) {
  const cli = require.resolve("office-addin-debugging/cli.js");
  const r = spawnSync(process.execPath, [cli, ...args], { stdio: "inherit", cwd: path.dirname(MANIFEST) });
  return r.status ?? 1;
}

module.exports = { MANIFEST, CAN_SIDELOAD, officeAddinDebugging };
