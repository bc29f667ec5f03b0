import * as path from "path";
import { measureSample } from "./cli";

/**
 * `node scripts/run-ts.js bench/sample.ts [ROUNDS]`: only the `cli.sample` figure of
 * `npm run bench` (kpi-check on the sample ÷ `node -e 0`, interleaved), for work on start-up
 * time without the ten-minute bench. Uses the CLI as built; run `npm run build:cli` first.
 */
const rounds = Number(process.argv[2] ?? 21);
const result = measureSample(path.resolve(__dirname, ".."), (s) => process.stderr.write(`bench: ${s}\n`), rounds);
process.stdout.write(`${JSON.stringify(result)}\n`);
