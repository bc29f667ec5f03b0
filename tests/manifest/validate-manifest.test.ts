import { spawnSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";

const ROOT = path.resolve(__dirname, "../..");
const SCRIPT = path.join(ROOT, "scripts/validate-manifest.js");
const MANIFEST = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");

const hasXmllint = !spawnSync("xmllint", ["--version"]).error;
if (!hasXmllint && !process.env.CI) {
  console.warn("xmllint missing (apt-get install libxml2-utils): manifest tests skipped");
}
// Under CI a missing xmllint must fail, not skip.
const suite = hasXmllint || process.env.CI ? describe : describe.skip;

function validate(xml: string): { status: number | null; out: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "manifest-"));
  const file = path.join(dir, "manifest.xml");
  fs.writeFileSync(file, xml);
  const r = spawnSync("node", [SCRIPT, file], { cwd: ROOT, encoding: "utf8" });
  fs.rmSync(dir, { recursive: true, force: true });
  return { status: r.status, out: r.stdout + r.stderr };
}

/** Replaces one exact piece of the real manifest, failing loudly if it is not there. */
function broken(from: string, to: string): string {
  expect(MANIFEST).toContain(from);
  return MANIFEST.replace(from, to);
}

suite("manifest.xml offline validation", () => {
  test("the real manifest passes the schema and every extra check", () => {
    const r = validate(MANIFEST);
    expect(r.out).toContain("valid (schema OfficeAppManifestV1_1.xsd");
    expect(r.status).toBe(0);
  });

  test("a schema violation fails (a permission the schema does not know)", () => {
    const r = validate(
      broken("<Permissions>ReadWriteDocument</Permissions>", "<Permissions>ReadWriteEverything</Permissions>"),
    );
    expect(r.status).toBe(1);
    expect(r.out).toMatch(/schema: .*Permissions/);
  });

  test("a missing required element fails the schema (no <Id>)", () => {
    const r = validate(MANIFEST.replace(/<Id>[^<]+<\/Id>/, ""));
    expect(r.status).toBe(1);
    expect(r.out).toMatch(/schema: .*fails to validate/);
  });

  test("XML that is not well-formed fails", () => {
    const r = validate(broken("</OfficeApp>", "</OfficeAp>"));
    expect(r.status).toBe(1);
    expect(r.out).toContain("parser error");
  });

  test("a manifest for another host fails the Workbook check though the schema accepts it", () => {
    const r = validate(broken('<Host Name="Workbook"/>', '<Host Name="Document"/>'));
    expect(r.status).toBe(1);
    expect(r.out).toContain('no <Host Name="Workbook"/>');
    expect(r.out).not.toContain("schema:");
  });

  test("a requirement set above what Office LTSC 2021 has fails; the same manifest at 1.14 passes", () => {
    const high = validate(
      broken('<Set Name="ExcelApi" MinVersion="1.7"/>', '<Set Name="ExcelApi" MinVersion="1.18"/>'),
    );
    expect(high.status).toBe(1);
    expect(high.out).toContain("ExcelApi 1.18 is above 1.14");
    const ok = validate(broken('<Set Name="ExcelApi" MinVersion="1.7"/>', '<Set Name="ExcelApi" MinVersion="1.14"/>'));
    expect(ok.status).toBe(0);
  });

  test("no ExcelApi requirement fails", () => {
    const r = validate(broken('<Set Name="ExcelApi" MinVersion="1.7"/>', '<Set Name="DialogApi" MinVersion="1.1"/>'));
    expect(r.status).toBe(1);
    expect(r.out).toContain("no ExcelApi set");
  });

  test("an icon that is not in assets/ fails", () => {
    const r = validate(
      broken('"https://localhost:3000/assets/icon-80.png"', '"https://localhost:3000/assets/icon-81.png"'),
    );
    expect(r.status).toBe(1);
    expect(r.out).toContain("assets/icon-81.png not found");
  });

  test.each([
    // Outside Excel the task pane only says 「Excelで開いてください」: no help there.
    ["taskpane.html", "SupportUrl: points at the task pane"],
    ["assets/hilfe.html", "SupportUrl: assets/hilfe.html not found"],
  ])("SupportUrl on %s fails: it must be the help page served with the bundle", (page, message) => {
    const r = validate(
      broken(
        '<SupportUrl DefaultValue="https://localhost:3000/assets/help.html"/>',
        `<SupportUrl DefaultValue="https://localhost:3000/${page}"/>`,
      ),
    );
    expect(r.status).toBe(1);
    expect(r.out).toContain(message);
  });

  test("--production rejects the dev manifest's localhost URLs; the plain check accepts them", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "manifest-"));
    fs.writeFileSync(path.join(dir, "manifest.xml"), MANIFEST);
    fs.cpSync(path.join(ROOT, "assets"), path.join(dir, "assets"), { recursive: true });
    const r = spawnSync("node", [SCRIPT, path.join(dir, "manifest.xml"), "--production"], {
      cwd: ROOT,
      encoding: "utf8",
    });
    fs.rmSync(dir, { recursive: true, force: true });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("production: localhost URL left: https://localhost:3000/");
    expect(r.stderr.split("\n").filter(Boolean)).toHaveLength(1);
  });

  test("ja-JP must be the default locale", () => {
    const r = validate(broken("<DefaultLocale>ja-JP</DefaultLocale>", "<DefaultLocale>en-US</DefaultLocale>"));
    expect(r.status).toBe(1);
    expect(r.out).toContain("DefaultLocale: must be ja-JP");
  });

  test("a display name without its en-US override fails", () => {
    const r = validate(broken('<Override Locale="en-US" Value="KPI Sheet Checker"/>', ""));
    expect(r.status).toBe(1);
    expect(r.out).toContain("DisplayName: no en-US override");
  });

  test("a ribbon string without its en-US override fails", () => {
    const r = validate(broken('<bt:Override Locale="en-US" Value="KPI Check"/>', ""));
    expect(r.status).toBe(1);
    expect(r.out).toContain("1 string(s) without an en-US override");
  });

  test("read-only permission fails though the schema accepts it", () => {
    const r = validate(
      broken("<Permissions>ReadWriteDocument</Permissions>", "<Permissions>ReadDocument</Permissions>"),
    );
    expect(r.status).toBe(1);
    expect(r.out).toContain("Permissions: must be ReadWriteDocument");
    expect(r.out).not.toContain("schema:");
  });
});
