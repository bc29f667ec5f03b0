import { promises as fs } from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { installFastMergeLoading } from "./exceljs-merges";
import type { Cell, Grid, MergedArea } from "../core/grid/grid";
import { WorkbookError } from "./errors";
import { formatNumber, isoDateText } from "./display-text";

/** Progress of turning sheets into grids: rows done out of all rows of the workbook. */
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

/** Reads an .xlsx file into one grid per worksheet. Throws WorkbookError for unusable input. */
export async function readWorkbook(file: string, options: ReadOptions = {}): Promise<Grid[]> {
  const label = options.label ?? path.basename(file);
  let buf: Buffer;
  try {
    buf = await fs.readFile(file);
  } catch {
    throw new WorkbookError("not-found", label);
  }
  return readWorkbookBuffer(buf, { ...options, label });
}

export async function readWorkbookBuffer(buf: Buffer, options: ReadOptions = {}): Promise<Grid[]> {
  const label = options.label ?? "workbook";
  if (buf.length === 0) throw new WorkbookError("empty-file", label);
  if (startsWith(buf, CFB_SIGNATURE)) {
    throw new WorkbookError(buf.includes(ENCRYPTION_INFO) ? "encrypted" : "legacy-xls", label);
  }
  if (!startsWith(buf, ZIP_SIGNATURE)) throw new WorkbookError("not-xlsx", label);

  installFastMergeLoading();
  const wb = new ExcelJS.Workbook();
  try {
    // exceljs's typings predate Node 20's generic Buffer; the bytes are what it expects.
    await wb.xlsx.load(buf as unknown as ExcelJS.Buffer);
  } catch {
    throw new WorkbookError("corrupt", label);
  }
  const sheets = wb.worksheets;
  const total = sheets.reduce((n, ws) => n + ws.actualRowCount, 0);
  let done = 0;
  return sheets.map((ws) =>
    worksheetToGrid(ws, (rows) => {
      done += rows;
      options.onProgress?.(done, total);
    }),
  );
}

/** How often (in rows) conversion reports progress. */
const PROGRESS_STEP = 1000;

export function worksheetToGrid(ws: ExcelJS.Worksheet, progress?: (rows: number) => void): Grid {
  const cells: (Cell | undefined)[][] = [];
  let rowCount = 0;
  let colCount = 0;
  let pending = 0;
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const r = rowNumber - 1;
    row.eachCell({ includeEmpty: false }, (xc, colNumber) => {
      // exceljs repeats a merged area's value in every cell: only the top-left one holds it.
      if (xc.isMerged && xc.master.address !== xc.address) return;
      const cell = toCell(xc);
      if (!cell) return;
      (cells[r] ??= [])[colNumber - 1] = cell;
      rowCount = Math.max(rowCount, r + 1);
      colCount = Math.max(colCount, colNumber);
    });
    if (++pending === PROGRESS_STEP) {
      progress?.(pending);
      pending = 0;
    }
  });
  if (pending > 0) progress?.(pending);

  const merges = readMerges(ws);
  for (const m of merges) {
    rowCount = Math.max(rowCount, m.bottom + 1);
    colCount = Math.max(colCount, m.right + 1);
  }
  for (let r = 0; r < rowCount; r++) cells[r] ??= [];
  return { name: ws.name, cells, merges, rowCount, colCount };
}

interface MergeRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * Merged areas. exceljs keeps them in `_merges` (master address → 1-based range); its public
 * `model.merges` would first serialise every row of the sheet, too slow for large sheets.
 */
function readMerges(ws: ExcelJS.Worksheet): MergedArea[] {
  const raw = (ws as unknown as { _merges?: Record<string, { model?: MergeRange } & MergeRange> })._merges ?? {};
  return Object.values(raw).map((m) => {
    const d = m.model ?? m;
    return { top: d.top - 1, left: d.left - 1, bottom: d.bottom - 1, right: d.right - 1 };
  });
}

type Raw = ExcelJS.CellValue;

function toCell(xc: ExcelJS.Cell): Cell | undefined {
  const numFmt = typeof xc.numFmt === "string" && xc.numFmt !== "General" ? xc.numFmt : undefined;
  const base: Partial<Cell> = numFmt ? { numberFormat: numFmt } : {};
  const v = xc.value as Raw;
  if (v === null || v === undefined) return undefined;

  if (typeof v === "object" && !(v instanceof Date) && ("formula" in v || "sharedFormula" in v)) {
    const formula = xc.formula ?? "";
    const result = (v as { result?: Raw }).result;
    return { ...plain(result, numFmt), ...base, formula: formula.replace(/^=/, "") };
  }
  return { ...plain(v, numFmt), ...base };
}

/** A non-formula value (or a formula's cached result) → value, text, error. */
function plain(v: Raw | undefined, numFmt: string | undefined): Cell {
  if (v === null || v === undefined) return { value: null, text: "" };
  if (typeof v === "number") return { value: v, text: formatNumber(v, numFmt) };
  if (typeof v === "string") return { value: v, text: v };
  if (typeof v === "boolean") return { value: v, text: v ? "TRUE" : "FALSE" };
  if (v instanceof Date) {
    const iso = isoDateText(v);
    return { value: iso, text: iso };
  }
  if ("error" in v) return { value: null, text: String(v.error), error: String(v.error) };
  if ("richText" in v) {
    const text = v.richText.map((p) => p.text).join("");
    return { value: text, text };
  }
  if ("hyperlink" in v) {
    const t = (v as { text?: unknown }).text;
    const text =
      typeof t === "string"
        ? t
        : t && typeof t === "object" && "richText" in t
          ? (t as ExcelJS.CellRichTextValue).richText.map((p) => p.text).join("")
          : String(v.hyperlink);
    return { value: text, text };
  }
  return { value: null, text: "" };
}
