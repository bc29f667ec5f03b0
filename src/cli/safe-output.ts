import { promises as fs, type BigIntStats } from "fs";
import * as path from "path";
import { WorkbookError } from "./errors";

/**
 * How `kpi-check` keeps its promise never to harm an input: an output that is an input (by
 * device and inode, so hard links, symlinks and other spellings of the name on a
 * case-insensitive disk all count) is refused; an existing file is replaced only with --force;
 * the copy is written to a temporary file beside the target and moved into place in one step,
 * so an interrupted run leaves either the old file or the whole new one.
 */

const statOrNull = (file: string): Promise<BigIntStats | null> => fs.stat(file, { bigint: true }).catch(() => null);

const sameFile = (a: BigIntStats, b: BigIntStats) => a.dev === b.dev && a.ino === b.ino;

/** An input must be a regular file: /dev/zero would be read forever, a FIFO would hang. */
export async function assertReadableFile(file: string, label: string): Promise<void> {
  const st = await statOrNull(file);
  if (st === null) throw new WorkbookError("not-found", label);
  if (!st.isFile()) throw new WorkbookError("not-regular-file", label);
}

async function assertNotAnInput(output: string, inputs: readonly string[], label: string): Promise<void> {
  const target = await statOrNull(output);
  if (target === null) return; // a file that does not exist yet is no input
  for (const input of inputs) {
    const st = await statOrNull(input);
    if (st !== null && sameFile(st, target)) throw new WorkbookError("same-file", label);
  }
}

export interface WriteOptions {
  /** Every input of the run: none of them may be the output. */
  inputs: readonly string[];
  /** Replace an existing output file. */
  force: boolean;
}

/** Writes `bytes` to `output` atomically, refusing to touch an input or (without force) any file. */
export async function writeOutputFile(output: string, bytes: Uint8Array, options: WriteOptions): Promise<void> {
  const label = path.basename(output);
  const existing = await fs.lstat(output).catch(() => null);
  if (existing !== null) {
    if (existing.isDirectory() || !(existing.isFile() || existing.isSymbolicLink())) {
      throw new WorkbookError("output-not-file", label);
    }
    await assertNotAnInput(output, options.inputs, label);
    if (!options.force) throw new WorkbookError("output-exists", label);
  }
  const dir = path.dirname(path.resolve(output));
  // Loaded here, not with the module: a check that writes no copy need not load crypto (~10 ms).
  const { randomBytes } = await import("crypto");
  const temp = path.join(dir, `.${label}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    await fs.mkdir(dir, { recursive: true });
    await fs.writeFile(temp, bytes, { flag: "wx" });
    await moveIntoPlace(temp, output, options.force);
  } catch (err) {
    await fs.rm(temp, { force: true });
    if (err instanceof WorkbookError) throw err;
    throw new WorkbookError("write-failed", label, (err as NodeJS.ErrnoException).code ?? undefined);
  }
}

/**
 * Without --force the new file is linked in, which fails if a file of that name appeared since
 * the check (no window to overwrite it); with --force it is renamed over the old one (a symlink
 * is replaced, never written through).
 */
async function moveIntoPlace(temp: string, output: string, force: boolean): Promise<void> {
  if (force) return fs.rename(temp, output);
  try {
    await fs.link(temp, output);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "EEXIST") throw new WorkbookError("output-exists", path.basename(output));
    // Disks without hard links (FAT, some network shares): the existence check above stands.
    if (code !== "EPERM" && code !== "ENOTSUP" && code !== "EOPNOTSUPP" && code !== "ENOSYS") throw err;
    return fs.rename(temp, output);
  }
  await fs.rm(temp, { force: true });
}
