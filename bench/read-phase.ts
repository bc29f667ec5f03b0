import * as fs from "fs";
import { strFromU8, unzipSync } from "fflate";
import { SaxesParser } from "saxes";
import { readWorkbookBuffer } from "../src/cli/read-workbook";

/**
 * `node scripts/run-ts.js bench/read-phase.ts FILE`: CPU seconds of the CLI's read phase
 * (zip → grids) against the floor under it — unzipping the same sheet and string parts with
 * fflate and passing them through saxes with no handler work, no grid. Both warmed once, then
 * interleaved; medians. Prints JSON.
 */
const file = process.argv[2];
const buf = fs.readFileSync(file);
const PARTS = /^xl\/(worksheets\/sheet\d+|sharedStrings|styles|workbook)\.xml$/;

function floor(): void {
  const parts = unzipSync(buf, { filter: (f) => PARTS.test(f.name) });
  for (const data of Object.values(parts)) {
    const parser = new SaxesParser({ position: false });
    parser.on("opentag", () => undefined);
    parser.on("text", () => undefined);
    parser.write(strFromU8(data));
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
