import { promises as fs } from "fs";
import * as path from "path";

const WORKBOOK = /\.(xlsx|xlsm)$/i;
/** Excel's lock file while a workbook is open (`~$name.xlsx`): not a workbook. */
const LOCK_FILE = /^~\$/;

export interface Inputs {
  files: string[];
  /** A directory was given: the files are a batch even if there is only one. */
  fromDirectory: boolean;
  /** Directories given that hold no workbook at all. */
  emptyDirectories: string[];
}

async function workbooksUnder(dir: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await workbooksUnder(full)));
    else if (entry.isFile() && WORKBOOK.test(entry.name) && !LOCK_FILE.test(entry.name)) found.push(full);
  }
  return found;
}

/**
 * The files to check: each argument as given, or for a directory every .xlsx / .xlsm below it
 * (recursively, in path order). A path that does not exist stays as given, to be reported as
 * not found.
 */
export async function expandInputs(args: string[]): Promise<Inputs> {
  const inputs: Inputs = { files: [], fromDirectory: false, emptyDirectories: [] };
  for (const arg of args) {
    const isDir = await fs.stat(arg).then(
      (s) => s.isDirectory(),
      () => false,
    );
    if (!isDir) {
      inputs.files.push(arg);
      continue;
    }
    inputs.fromDirectory = true;
    const found = (await workbooksUnder(arg)).sort();
    if (found.length === 0) inputs.emptyDirectories.push(arg);
    inputs.files.push(...found);
  }
  return inputs;
}
