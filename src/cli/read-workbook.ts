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

/** A workbook's worksheets: their names up front, each read into a grid only when asked for. */
export interface WorkbookSheets {
  /** Every worksheet's name (hidden ones included), in workbook order. */
  names: string[];
  /**
   * Reads the wanted sheets in workbook order, one at a time: a caller that is done with a grid
   * before asking for the next never holds two (a 100,000-row sheet's grid is tens of MB).
   */
  grids(wanted?: (name: string) => boolean): Generator<Grid>;
}

/**
 * Opens an .xlsx / .xlsm file for reading its sheets into grids (hidden ones included),
 * straight from the zip and a SAX pass over each part: no workbook model is built. Throws
 * WorkbookError for unusable input, including input over the caps of ./xlsx/limits.
 */
export async function openWorkbook(file: string, options: ReadOptions = {}): Promise<WorkbookSheets> {
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
  return openWorkbookBuffer(buf, { ...options, label });
}

/** Every sheet of the file as a grid (see openWorkbook). */
export async function readWorkbook(file: string, options: ReadOptions = {}): Promise<Grid[]> {
  return [...(await openWorkbook(file, options)).grids()];
}

export function readWorkbookBuffer(buf: Buffer, options: ReadOptions = {}): Grid[] {
  return [...openWorkbookBuffer(buf, options).grids()];
}

export function openWorkbookBuffer(buf: Buffer, options: ReadOptions = {}): WorkbookSheets {
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
  return {
    names: parts.sheets.map((s) => s.name),
    *grids(wanted = () => true) {
      const sheets = parts.sheets.filter((s) => wanted(s.name));
      // Progress in uncompressed bytes of sheet XML: known from the zip before any row is read.
      const total = sheets.reduce((n, s) => n + pkg.sizeOf(s.part), 0);
      let before = 0;
      for (const sheet of sheets) {
        yield readSheet(pkg, sheet.name, sheet.part, ctx, (bytes) => options.onProgress?.(before + bytes, total));
        before += pkg.sizeOf(sheet.part);
      }
    },
  };
}
