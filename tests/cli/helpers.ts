import * as path from "path";
import { promises as fs } from "fs";
import { main } from "../../src/cli/main";

export const ROOT = path.join(__dirname, "..", "..");
export const FIXTURES = path.join(ROOT, "tests", "fixtures");
export const SAMPLES = path.join(ROOT, "samples");
export const TMP = path.join(ROOT, "tests", ".tmp", "cli");

export const fixture = (name: string) => path.join(FIXTURES, name);
export const sample = (name: string) => path.join(SAMPLES, name);

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs kpi-check in-process, capturing what it prints. */
export async function run(argv: string[]): Promise<RunResult> {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
  });
  return { code, stdout, stderr };
}

export async function freshDir(name: string): Promise<string> {
  const dir = path.join(TMP, name);
  await fs.rm(dir, { recursive: true, force: true });
  await fs.mkdir(dir, { recursive: true });
  return dir;
}

/** The seed text files, as given to the project (kept in samples/seeds). */
export async function seedText(prefix: string): Promise<string> {
  const dir = path.join(ROOT, "samples", "seeds");
  const name = (await fs.readdir(dir)).find((f) => f.startsWith(prefix));
  if (!name) throw new Error(`seed ${prefix} not found in ${dir}`);
  return fs.readFile(path.join(dir, name), "utf8");
}
