import { main } from "../../src/cli/main";

/** kpi-check run from source (`node scripts/run-ts.js tests/cli/run-main.ts …`), for tests with real pipes. */
void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
