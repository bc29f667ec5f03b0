import { execFileSync } from "child_process";
import { promises as fs } from "fs";
import * as path from "path";
import { ReportSchema, type Report } from "../../src/core/report/schema";
import { SEVERITY_FILL } from "../../src/cli/write-annotated";
import { cellAddress } from "../../src/core/grid/grid";
import { describeResults } from "../../src/core/report/results-sheet";
import { describeWithTools } from "../support/system-tools";
import { freshDir, run, sample } from "../cli/helpers";
import { RICH_SHEET, writeRichWorkbook } from "../cli/rich-package";

/**
 * The annotated copy opened by a real spreadsheet program: LibreOffice converts it to PDF
 * (pages, a rendered first page) and to flat ODS, where each marked cell must carry its
 * severity's background colour.
 */

const SOFFICE_TIMEOUT_MS = 120_000;

/** Cell address → style name of one table in a flat ODS document (repeats expanded). */
function cellStyles(fods: string, table: string): Map<string, string> {
  const start = fods.indexOf(`<table:table table:name="${table}"`);
  const body = fods.slice(start, fods.indexOf("</table:table>", start));
  const styles = new Map<string, string>();
  const attr = (attrs: string, name: string) => new RegExp(`${name}="([^"]*)"`).exec(attrs)?.[1];
  let row = 0;
  for (const r of body.matchAll(/<table:table-row\b([^>]*)>([\s\S]*?)<\/table:table-row>/g)) {
    const rows = Number(attr(r[1], "table:number-rows-repeated") ?? 1);
    let col = 0;
    const cells = r[2].matchAll(
      /<table:(table-cell|covered-table-cell)\b([^>]*?)(?:\/>|>[\s\S]*?<\/table:(?:table-cell|covered-table-cell)>)/g,
    );
    for (const c of cells) {
      const cols = Number(attr(c[2], "table:number-columns-repeated") ?? 1);
      const style = attr(c[2], "table:style-name");
      // only the first of a long repeat matters here (marked cells are never repeated runs)
      if (style && rows === 1)
        for (let k = 0; k < Math.min(cols, 50); k++) styles.set(cellAddress(row, col + k), style);
      col += cols;
    }
    row += rows;
  }
  return styles;
}

/** Style name → background colour (#rrggbb) of the table-cell styles. */
function backgrounds(fods: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of fods.matchAll(
    /<style:style style:name="([^"]+)" style:family="table-cell"[^>]*>([\s\S]*?)<\/style:style>/g,
  )) {
    const bg = /fo:background-color="(#[0-9a-f]{6})"/.exec(m[2])?.[1];
    if (bg) out.set(m[1], bg);
  }
  return out;
}

const hex = (argb: string) => `#${argb.slice(2).toLowerCase()}`;

describeWithTools(["soffice", "pdftoppm", "pdfinfo"], "LibreOffice opens the --out copy", () => {
  let dir: string;
  let report: Report;
  let copy: string;

  const soffice = (...args: string[]) =>
    execFileSync("soffice", ["--headless", ...args], {
      cwd: dir,
      // a fresh profile in the temp dir: no state from other runs
      env: { ...process.env, HOME: path.join(dir, "home") },
      timeout: SOFFICE_TIMEOUT_MS,
      stdio: "pipe",
    });

  beforeAll(
    async () => {
      dir = await freshDir("libreoffice");
      copy = path.join(dir, "kyosei-vision-checked.xlsx");
      const r = await run([sample("kyosei-vision.xlsx"), "--json", "--out", copy]);
      report = ReportSchema.parse(JSON.parse(r.stdout));
      soffice("--convert-to", "pdf", "--outdir", path.join(dir, "pdf"), copy);
      soffice("--convert-to", "fods", "--outdir", path.join(dir, "fods"), copy);
    },
    2 * SOFFICE_TIMEOUT_MS + 30_000,
  );

  it("converts to a PDF with pages and renders page 1", async () => {
    const pdf = path.join(dir, "pdf", "kyosei-vision-checked.pdf");
    const info = execFileSync("pdfinfo", [pdf], { encoding: "utf8" });
    const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
    expect(pages).toBeGreaterThan(1); // the KPI sheet and 検証結果
    execFileSync("pdftoppm", ["-png", "-r", "50", "-f", "1", "-l", "1", pdf, path.join(dir, "pdf", "page")]);
    // pdftoppm pads the page number to the width of the page count (page-1.png, page-01.png)
    const first = (await fs.readdir(path.join(dir, "pdf"))).find((f) => /^page-0*1\.png$/.test(f))!;
    const png = await fs.readFile(path.join(dir, "pdf", first));
    expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
    expect(png.length).toBeGreaterThan(5000);
  });

  it("keeps every mark's severity colour on its cell; an unmarked cell has no mark colour", async () => {
    const fods = await fs.readFile(path.join(dir, "fods", "kyosei-vision-checked.fods"), "utf8");
    const sheet = report.sheets[0];
    const styles = cellStyles(fods, sheet.name);
    const bg = backgrounds(fods);
    const worst = new Map<string, string>();
    const rank = { error: 3, warning: 2, info: 1 };
    for (const f of sheet.findings) {
      if (!f.cell) continue;
      const prev = worst.get(f.cell);
      if (!prev || rank[f.severity] > rank[prev as keyof typeof rank]) worst.set(f.cell, f.severity);
    }
    expect(worst.size).toBeGreaterThan(10);
    for (const [cell, severity] of worst) {
      expect([cell, bg.get(styles.get(cell) ?? "")]).toEqual([cell, hex(SEVERITY_FILL[severity as keyof typeof rank])]);
    }
    // an unmarked cell is not coloured as a mark
    const marks = new Set(Object.values(SEVERITY_FILL).map(hex));
    expect(marks.has(bg.get(styles.get("C8") ?? "") ?? "")).toBe(false);
  });
});

/**
 * The 検証結果 sheets as a staff member prints them: every column header whole on the page
 * (LibreOffice's PDF, read back with pdftotext), for both samples and both languages.
 */
describeWithTools(["soffice", "pdftotext"], "LibreOffice prints the results sheets readably", () => {
  const cases = [
    ["kyosei-vision.xlsx", "ja"],
    ["sousei-strategy.xlsx", "ja"],
    ["kyosei-vision.xlsx", "en"],
  ] as const;
  let dir: string;
  const texts = new Map<string, string>();
  const reports = new Map<string, Report>();

  beforeAll(async () => {
    dir = await freshDir("libreoffice-results");
    const copies: string[] = [];
    for (const [name, lang] of cases) {
      const copy = path.join(dir, `${lang}-${name}`);
      const r = await run([sample(name), "--json", "--lang", lang, "--out", copy]);
      reports.set(`${lang}-${name}`, ReportSchema.parse(JSON.parse(r.stdout)));
      copies.push(copy);
    }
    execFileSync("soffice", ["--headless", "--convert-to", "pdf", "--outdir", path.join(dir, "pdf"), ...copies], {
      cwd: dir,
      env: { ...process.env, HOME: path.join(dir, "home") },
      timeout: SOFFICE_TIMEOUT_MS,
      stdio: "pipe",
    });
    for (const [name, lang] of cases) {
      const pdf = path.join(dir, "pdf", `${lang}-${name.replace(/\.xlsx$/, ".pdf")}`);
      texts.set(`${lang}-${name}`, execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" }));
    }
  }, SOFFICE_TIMEOUT_MS + 30_000);

  it.each(cases)("%s (%s): every column header of both tables is printed whole", (name, lang) => {
    const text = texts.get(`${lang}-${name}`)!;
    const tables = describeResults(reports.get(`${lang}-${name}`)!, lang);
    expect(tables.map((t) => t.columns.length)).toEqual([5, 8]);
    for (const table of tables) {
      // the header row, as printed: each header followed by the next one on the same line
      const headerLine = text
        .split("\n")
        .find((l) => l.includes(table.columns[0].header) && l.includes(table.columns[1].header));
      expect([table.sheetName, headerLine]).toEqual([table.sheetName, expect.any(String)]);
      for (const c of table.columns) expect([c.header, headerLine!.includes(c.header)]).toEqual([c.header, true]);
    }
  });

  it("prints labels, not codes, in the 判定 and 計算方法 columns", () => {
    const text = texts.get("ja-kyosei-vision.xlsx")!;
    expect(text).not.toMatch(/\b(mismatch|compound-growth|average-plus-percent)\b/);
    expect(text).toContain("不一致");
  });
});

/** The copy of a macro workbook with a chart and a picture opens with both still on the sheet. */
describeWithTools(["soffice"], "LibreOffice opens the copy of an .xlsm with a chart, a picture and a macro", () => {
  let dir: string;
  const fods = new Map<string, string>();

  beforeAll(async () => {
    dir = await freshDir("libreoffice-rich");
    const input = path.join(dir, "council.xlsm");
    await writeRichWorkbook(input);
    await run([input, "--out", path.join(dir, "copy.xlsm")]);
    execFileSync(
      "soffice",
      ["--headless", "--convert-to", "fods", "--outdir", path.join(dir, "fods"), input, path.join(dir, "copy.xlsm")],
      {
        cwd: dir,
        env: { ...process.env, HOME: path.join(dir, "home") },
        timeout: SOFFICE_TIMEOUT_MS,
        stdio: "pipe",
      },
    );
    for (const name of ["council", "copy"])
      fods.set(name, await fs.readFile(path.join(dir, "fods", `${name}.fods`), "utf8"));
  }, SOFFICE_TIMEOUT_MS + 30_000);

  const table = (doc: string) => {
    const start = doc.indexOf(`<table:table table:name="${RICH_SHEET}"`);
    return doc.slice(start, doc.indexOf("</table:table>", start));
  };

  it("shows the chart and the picture, as in the input", () => {
    // counted over the document: a chart embeds tables of its own, so the sheet's end is not findable by text
    const count = (doc: string, what: RegExp) => (doc.match(what) ?? []).length;
    for (const what of [/<draw:object\b/g, /<draw:image\b/g]) {
      expect(count(fods.get("council")!, what)).toBeGreaterThanOrEqual(1);
      expect(count(fods.get("copy")!, what)).toBe(count(fods.get("council")!, what));
    }
  });

  it("shows the mark's note on the mismatched target", () => {
    expect(table(fods.get("copy")!)).toMatch(/<office:annotation\b[\s\S]*?── kpi-check ──/);
  });
});
