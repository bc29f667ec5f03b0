import * as fs from "fs";
import { SaxesParser } from "saxes";
import { readWorkbookBuffer } from "../src/cli/read-workbook";
import { ZipPackage } from "../src/cli/xlsx/zip";

/**
 * `node scripts/run-ts.js bench/read-phase.ts FILE`: CPU seconds of the CLI's read phase
 * (zip → grids) against the floor under it — the same sheet, string, style and workbook parts
 * unzipped and decoded by the reader's own ZipPackage (zlib for small parts, fflate streaming
 * for large ones) and passed through saxes with no handler work, no grid. The floor shares the
 * reader's unzip on purpose: read ÷ floor then measures our parse and grid work, not which
 * unzip library was picked. Both warmed once, then interleaved; medians. Prints JSON.
 */
const file = process.argv[2];
const buf = fs.readFileSync(file);
const FIXED_PARTS = ["xl/workbook.xml", "xl/styles.xml", "xl/sharedStrings.xml"];

function floor(): void {
  const pkg = new ZipPackage(buf, file);
  const sheets: string[] = [];
  for (let i = 1; pkg.has(`xl/worksheets/sheet${i}.xml`); i++) sheets.push(`xl/worksheets/sheet${i}.xml`);
  for (const part of [...FIXED_PARTS.filter((p) => pkg.has(p)), ...sheets]) {
    const parser = new SaxesParser({ position: false });
    parser.on("opentag", () => undefined);
    parser.on("text", () => undefined);
    pkg.streamText(part, (text) => parser.write(text));
    parser.close();
  }
}

function cpu(f: () => unknown): number {
  const start = process.cpuUsage();
  f();
  const d = process.cpuUsage(start);
  return (d.user + d.system) / 1e6;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const read: number[] = [];
const base: number[] = [];
cpu(floor);
cpu(() => readWorkbookBuffer(buf));
for (let i = 0; i < 3; i++) {
  base.push(cpu(floor));
  read.push(cpu(() => readWorkbookBuffer(buf)));
}
process.stdout.write(
  `${JSON.stringify({ readCpuSeconds: Number(median(read).toFixed(2)), floorCpuSeconds: Number(median(base).toFixed(2)) })}\n`,
);
