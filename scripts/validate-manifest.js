#!/usr/bin/env node
/**
 * Offline validation of manifest.xml (`npm run validate`):
 *  1. the published XSD schemas through xmllint (office-addin-manifest's own validator needs
 *     Microsoft's online service);
 *  2. what the schema cannot say: the Workbook host, the ExcelApi requirement set, the
 *     permission, the icons and the help page (SupportUrl) served with the bundle, ja-JP default
 *     with en-US overrides;
 *  3. with --production (a built dist-web/manifest.xml): no localhost URL anywhere.
 * Exit 0 when valid; 1 with one line per problem otherwise.
 */
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");
const { localUrls } = require("./addin-url");

const ROOT = path.resolve(__dirname, "..");
const SCHEMA = path.join(ROOT, "scripts", "manifest-schemas", "OfficeAppManifestV1_1.xsd");
/** The highest ExcelApi the manifest may require: Office LTSC 2021 (municipal PCs) reaches 1.14. */
const MAX_EXCEL_API = [1, 14];

function xmllint(args) {
  const r = spawnSync("xmllint", args, { encoding: "utf8" });
  if (r.error) throw new Error("xmllint not found: apt-get install libxml2-utils");
  return r;
}

/** Text of an XPath over the manifest, namespaces ignored (local-name()). */
function xpath(file, expr) {
  const r = xmllint(["--xpath", expr, file]);
  return r.status === 0 ? r.stdout.trim() : "";
}

const el = (name) => `*[local-name()='${name}']`;

function version(text) {
  const m = /^(\d+)\.(\d+)$/.exec(text);
  return m ? [Number(m[1]), Number(m[2])] : null;
}

/**
 * Validates one manifest. `assetsRoot` is where the files it links to (icons, help page) are
 * looked up, by their path below the task pane's folder; by default the repository root.
 * `production` also rejects any localhost URL.
 * @returns {{ ok: boolean, problems: string[] }}
 */
function validateManifest(file, { assetsRoot = ROOT, schema = SCHEMA, production = false } = {}) {
  const problems = [];
  if (!fs.existsSync(schema)) {
    return { ok: false, problems: [`schema not found: ${schema}`] };
  }
  const lint = xmllint(["--noout", "--schema", schema, file]);
  if (lint.status !== 0) {
    const lines = lint.stderr.split("\n").filter((l) => l && !/validates$/.test(l));
    problems.push(...lines.map((l) => `schema: ${l}`));
    // A manifest that is not even well-formed cannot be checked further.
    if (lines.some((l) => /parser error/.test(l))) return { ok: false, problems };
  }

  const top = `/${el("OfficeApp")}`;
  if (xpath(file, `count(${top}/${el("Hosts")}/${el("Host")}[@Name='Workbook'])`) === "0") {
    problems.push('Hosts: no <Host Name="Workbook"/> (Excel)');
  }
  const excelApi = xpath(
    file,
    `string(${top}/${el("Requirements")}/${el("Sets")}/${el("Set")}[@Name='ExcelApi']/@MinVersion)`,
  );
  const v = version(excelApi);
  if (!v) {
    problems.push("Requirements: no ExcelApi set with a MinVersion");
  } else if (v[0] > MAX_EXCEL_API[0] || (v[0] === MAX_EXCEL_API[0] && v[1] > MAX_EXCEL_API[1])) {
    problems.push(
      `Requirements: ExcelApi ${excelApi} is above ${MAX_EXCEL_API.join(".")} (Office LTSC 2021 could not load it)`,
    );
  }
  if (xpath(file, `string(${top}/${el("Permissions")})`) !== "ReadWriteDocument") {
    problems.push("Permissions: must be ReadWriteDocument (the add-in writes targets and marks)");
  }
  if (xpath(file, `string(${top}/${el("DefaultLocale")})`) !== "ja-JP") {
    problems.push("DefaultLocale: must be ja-JP");
  }
  for (const name of ["DisplayName", "Description"]) {
    if (xpath(file, `count(${top}/${el(name)}/${el("Override")}[@Locale='en-US'])`) === "0") {
      problems.push(`${name}: no en-US override`);
    }
  }
  const strings = Number(
    xpath(file, `count(//${el("ShortStrings")}/${el("String")} | //${el("LongStrings")}/${el("String")})`),
  );
  const overridden = Number(
    xpath(
      file,
      `count((//${el("ShortStrings")}/${el("String")} | //${el("LongStrings")}/${el("String")})[${el("Override")}[@Locale='en-US']])`,
    ),
  );
  if (strings !== overridden) problems.push(`Resources: ${strings - overridden} string(s) without an en-US override`);
  if (
    xpath(
      file,
      `count(//${el("Control")}[@*[local-name()='type']='Button']/${el("Action")}[@*[local-name()='type']='ShowTaskpane'])`,
    ) === "0"
  ) {
    problems.push("Ribbon: no button that opens the task pane (ShowTaskpane)");
  }

  const pane = xpath(file, `string(${top}/${el("DefaultSettings")}/${el("SourceLocation")}/@DefaultValue)`);
  // Everything the manifest links to is served beside taskpane.html, whatever folder that is in.
  const base = pane.replace(/[^/]*$/, "");
  /** The file below `base` that `url` names, or null when it is elsewhere. */
  const served = (url) => (base && url.startsWith(base) ? url.slice(base.length) : null);

  const support = xpath(file, `string(${top}/${el("SupportUrl")}/@DefaultValue)`);
  if (support && support === pane) {
    problems.push("SupportUrl: points at the task pane, which outside Excel cannot help; link the help page");
  } else if (support && served(support) && !fs.existsSync(path.join(assetsRoot, served(support)))) {
    problems.push(`SupportUrl: ${served(support)} not found in ${assetsRoot}`);
  }

  const icons = [
    xpath(file, `string(${top}/${el("IconUrl")}/@DefaultValue)`),
    xpath(file, `string(${top}/${el("HighResolutionIconUrl")}/@DefaultValue)`),
    ...xpath(file, `//${el("Images")}/${el("Image")}/@DefaultValue`)
      .split(/\s+/)
      .map((a) => a.replace(/^DefaultValue="(.*)"$/, "$1"))
      .filter(Boolean),
  ];
  for (const url of icons) {
    const rel = served(url);
    if (!/^https:\/\/.+\.png$/.test(url) || !rel) {
      problems.push(`icon: ${url || "(missing)"} is not an https URL of a PNG beside the task pane`);
    } else if (!fs.existsSync(path.join(assetsRoot, rel))) {
      problems.push(`icon: ${rel} not found in ${assetsRoot}`);
    }
  }
  if (production) {
    const local = [...new Set(localUrls(fs.readFileSync(file, "utf8")))];
    if (local.length > 0) problems.push(`production: localhost URL left: ${local.join(", ")}`);
  }
  return { ok: problems.length === 0, problems };
}

module.exports = { validateManifest, SCHEMA };

if (require.main === module) {
  const args = process.argv.slice(2);
  const production = args.includes("--production");
  const given = args.find((a) => !a.startsWith("--"));
  const file = path.resolve(given || path.join(ROOT, "manifest.xml"));
  try {
    // A built manifest links to files in its own folder (dist-web/), the repository's to assets/ here.
    const { ok, problems } = validateManifest(file, production ? { assetsRoot: path.dirname(file), production } : {});
    if (ok) {
      console.log(
        `${path.relative(process.cwd(), file)}: valid (schema ${path.basename(SCHEMA)} + host, requirement set, permission, locales, icons, help page${production ? ", no localhost" : ""})`,
      );
    } else {
      for (const p of problems) console.error(`${path.relative(process.cwd(), file)}: ${p}`);
      process.exitCode = 1;
    }
  } catch (e) {
    console.error(e.message);
    process.exitCode = 2;
  }
}
