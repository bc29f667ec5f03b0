/**
 * Writes the bundled sample workbooks (samples/*.xlsx) from their data (samples/data/*.ts).
 * `npm run samples`.
 */
import * as path from "path";
import { kyoseiVision } from "../samples/data/kyosei-vision";
import { souseiStrategy } from "../samples/data/sousei-strategy";
import { sampleToWorkbook } from "./sample-workbook";

const OUT_DIR = path.join(__dirname, "..", "samples");

async function build(): Promise<void> {
  for (const sample of [kyoseiVision, souseiStrategy]) {
    const file = path.join(OUT_DIR, sample.file);
    await sampleToWorkbook(sample).xlsx.writeFile(file);
    process.stdout.write(`wrote ${path.relative(process.cwd(), file)}\n`);
  }
}

build().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
});
