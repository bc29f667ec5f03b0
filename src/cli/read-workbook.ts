import { promises as fs } from "fs";
import * as path from "path";
import type { Grid } from "../core/grid/grid";
import { WorkbookError } from "./errors";
import { LIMITS } from "./xlsx/limits";
import { readSharedStrings } from "./xlsx/shared-strings";
import { readSheet, type SheetContext } from "./xlsx/sheet";
import { readStyles } from "./xlsx/styles";
import { readWorkbookParts } from "./xlsx/workbook-parts";
import { ZipPackage } from "./xlsx/zip";

/** Progress of reading: uncompressed bytes of sheet XML done out of all of the workbook's. */
export type ReadProgress = (done: number, total: number) => void;

export interface ReadOptions {
  /** The name used in error lines (defaults to the path's base name). */
  label?: string;
  onProgress?: ReadProgress;
}

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
/** OLE2 / Compound File: Excel stores encrypted .xlsx (and old .xls) in this container. */
const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** The stream name an encrypted OOXML package carries, in UTF-16LE as CFB directory entries are. */
const ENCRYPTION_INFO = Buffer.from("EncryptionInfo", "utf16le");

function startsWith(buf: Buffer, sig: number[]): boolean {
  return buf.length >= sig.length && sig.every((b, i) => buf[i] === b);
}

/**
 * Reads an .xlsx / .xlsm file into one grid per worksheet (hidden ones included), straight from
 * the zip and a SAX pass over each part: no workbook model is built. Throws WorkbookError for
 * unusable input, including input over the caps of ./xlsx/limits.
 */
export async function readWorkbook(file: string, options: ReadOptions = {}): Promise<Grid[]> {
  const label = options.label ?? path.basename(file);
  const size = await fs.stat(file).then(
    (s) => s.size,
    () => 0, // a missing file is reported by the read below
  );
  if (size > LIMITS.fileBytes) {
    throw new WorkbookError("too-large", label, `${Math.ceil(size / 2 ** 20)} MB > ${LIMITS.fileBytes / 2 ** 20} MB`);
  }
  let buf: Buffer;
  try {
    buf = await fs.readFile(file);
  } catch {
    throw new WorkbookError("not-found", label);
  }
  return readWorkbookBuffer(buf, { ...options, label });
}

export function readWorkbookBuffer(buf: Buffer, options: ReadOptions = {}): Grid[] {
  const label = options.label ?? "workbook";
  if (buf.length === 0) throw new WorkbookError("empty-file", label);
  if (startsWith(buf, CFB_SIGNATURE)) {
    throw new WorkbookError(buf.includes(ENCRYPTION_INFO) ? "encrypted" : "legacy-xls", label);
  }
  if (!startsWith(buf, ZIP_SIGNATURE)) throw new WorkbookError("not-xlsx", label);

  const pkg = new ZipPackage(buf, label);
  const parts = readWorkbookParts(pkg, label);
  const sharedStrings = readSharedStrings(pkg, parts.sharedStrings, label);
  let cellCount = 0;
  const ctx: SheetContext = {
    label,
    styles: readStyles(pkg, parts.styles, label),
    sharedStrings,
    date1904: parts.date1904,
    corrupt: () => {
      throw new WorkbookError("corrupt", label);
    },
    countCell: () => {
      if (++cellCount > LIMITS.cells)
        throw new WorkbookError("too-large", label, `cells > ${LIMITS.cells.toLocaleString("en")}`);
    },
  };
  // Progress in uncompressed bytes of sheet XML: known from the zip before any row is read.
  const total = parts.sheets.reduce((n, s) => n + pkg.sizeOf(s.part), 0);
  let before = 0;
  return parts.sheets.map((sheet) => {
    const grid = readSheet(pkg, sheet.name, sheet.part, ctx, (bytes) => options.onProgress?.(before + bytes, total));
    before += pkg.sizeOf(sheet.part);
    return grid;
  });
}
