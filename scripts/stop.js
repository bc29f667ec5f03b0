#!/usr/bin/env node
/** `npm stop`: on Windows/macOS, office-addin-debugging stops the dev server and removes the sideloaded add-in. */
const { CAN_SIDELOAD, MANIFEST, officeAddinDebugging } = require("./office-debugging");

if (CAN_SIDELOAD) {
  process.exitCode = officeAddinDebugging("stop", MANIFEST);
} else {
  console.log("Nothing to stop: npm start sideloads only into desktop Excel on Windows/macOS.");
}
