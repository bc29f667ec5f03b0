/**
 * `node scripts/run-ts.js tests/e2e/sample-grids.ts IN.xlsx OUT.json`: a sample workbook as the
 * Grid JSON the browser harness loads (the .xlsx is read in Node, by the CLI's reader), with a
 * sheet of two tables after its own (the column mapping corrects one table of a sheet).
 */
import fs from "fs";
import { readWorkbook } from "../../src/cli/read-workbook";
import { twoTableGrid } from "../taskpane/fixtures";

async function main(): Promise<void> {
  const [input, output] = process.argv.slice(2);
  if (!input || !output) throw new Error("usage: sample-grids.ts IN.xlsx OUT.json");
  fs.writeFileSync(output, JSON.stringify([...(await readWorkbook(input)), twoTableGrid()]));
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 1;
});
