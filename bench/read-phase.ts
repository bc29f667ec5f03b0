import * as fs from "fs";
import { SaxesParser } from "saxes";
import type { Cell, MergedArea } from "../src/core/grid/grid";
import { readWorkbookBuffer } from "../src/cli/read-workbook";
import { ZipPackage } from "../src/cli/xlsx/zip";

/**
 * `node scripts/run-ts.js bench/read-phase.ts FILE`: CPU seconds of the CLI's read phase
 * (zip → grids) against the floor under it, as issue 13 defines it: "unzip + a SAX parse that
 * builds the same grid with merges". The floor unzips and decodes the same parts with the
 * reader's own ZipPackage (so read ÷ floor measures parsing and the grid, not which unzip
 * library was picked), passes them through saxes and keeps the least that makes the grid: the
 * shared strings, each cell's value and text at its place, the merged areas as ranges. No
 * number formats, formulas, inline strings, limits or namespaces: what the reader does beyond
 * that is what the ratio weighs. `parseOnly` is the unzip and saxes pass alone (no handler
 * work, no grid), printed beside it. Each warmed once, then interleaved; medians. Prints JSON.
 */
const file = process.argv[2];
const buf = fs.readFileSync(file);

function partsOf(pkg: ZipPackage): { strings: string | null; sheets: string[] } {
  const sheets: string[] = [];
  for (let i = 1; pkg.has(`xl/worksheets/sheet${i}.xml`); i++) sheets.push(`xl/worksheets/sheet${i}.xml`);
  return { strings: pkg.has("xl/sharedStrings.xml") ? "xl/sharedStrings.xml" : null, sheets };
}

function parse(pkg: ZipPackage, part: string, handlers: (p: SaxesParser) => void): void {
  const parser = new SaxesParser({ position: false });
  handlers(parser);
  pkg.streamText(part, (text) => parser.write(text));
  parser.close();
}

/** "AB12" → [row, col], 0-based. */
function place(ref: string): [number, number] {
  let col = 0;
  let i = 0;
  for (; i < ref.length && ref.charCodeAt(i) >= 65; i++) col = col * 26 + ref.charCodeAt(i) - 64;
  return [Number(ref.slice(i)) - 1, col - 1];
}

function gridFloor(): unknown[] {
  const pkg = new ZipPackage(buf, file);
  const { strings: stringsPart, sheets } = partsOf(pkg);
  parse(pkg, "xl/workbook.xml", (p) => p.on("opentag", () => undefined));
  const strings: Cell[] = [];
  if (stringsPart) {
    let text = "";
    parse(pkg, stringsPart, (p) => {
      p.on("opentag", (t) => {
        if (t.name === "si") text = "";
      });
      p.on("text", (t) => (text += t));
      p.on("closetag", (t) => {
        if (t.name === "si") strings.push({ value: text, text });
      });
    });
  }
  return sheets.map((part) => {
    const cells: (Cell | undefined)[][] = [];
    const merges: MergedArea[] = [];
    let at: [number, number] = [0, 0];
    let type: string | undefined;
    let v = "";
    parse(pkg, part, (p) => {
      p.on("opentag", (t) => {
        if (t.name === "c") {
          at = place(t.attributes.r as string);
          type = t.attributes.t as string | undefined;
          v = "";
        } else if (t.name === "mergeCell") {
          const [a, b] = (t.attributes.ref as string).split(":").map(place);
          merges.push({ top: a[0], left: a[1], bottom: b[0], right: b[1] });
        }
      });
      p.on("text", (t) => (v += t));
      p.on("closetag", (t) => {
        if (t.name !== "c" || v === "") return;
        (cells[at[0]] ??= [])[at[1]] = type === "s" ? strings[Number(v)] : { value: Number(v), text: v };
      });
    });
    return { cells, merges };
  });
}

function parseOnly(): void {
  const pkg = new ZipPackage(buf, file);
  const { strings, sheets } = partsOf(pkg);
  for (const part of ["xl/workbook.xml", "xl/styles.xml", ...(strings ? [strings] : []), ...sheets]) {
    if (!pkg.has(part)) continue;
    parse(pkg, part, (p) => {
      p.on("opentag", () => undefined);
      p.on("text", () => undefined);
    });
  }
}

function cpu(f: () => unknown): number {
  const start = process.cpuUsage();
  f();
  const d = process.cpuUsage(start);
  return (d.user + d.system) / 1e6;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const rounds = { read: [] as number[], floor: [] as number[], parseOnly: [] as number[] };
const phases = { read: () => readWorkbookBuffer(buf), floor: gridFloor, parseOnly };
for (const f of Object.values(phases)) cpu(f);
for (let i = 0; i < 3; i++) {
  for (const [name, f] of Object.entries(phases)) rounds[name as keyof typeof phases].push(cpu(f));
}
const seconds = (xs: number[]) => Number(median(xs).toFixed(2));
process.stdout.write(
  `${JSON.stringify({
    readCpuSeconds: seconds(rounds.read),
    floorCpuSeconds: seconds(rounds.floor),
    parseOnlyCpuSeconds: seconds(rounds.parseOnly),
  })}\n`,
);
