/**
 * The cell grid: the one shape every workbook source (exceljs in the CLI, Office.js in the
 * add-in, in-memory sheets in tests) is turned into before the engine sees it.
 * Coordinates are 0-based and absolute: cells[0][0] is A1, whatever the used range was.
 */

/** A cell's raw value. Error values (#N/A) are kept as text in `error`, with value null. */
export type CellValue = string | number | boolean | null;

export interface Cell {
  /** Raw value; for a formula, its cached result. Dates arrive as their display text. */
  value: CellValue;
  /** The text Excel displays (number format applied). Empty string for an empty cell. */
  text: string;
  /** Excel number format, e.g. `#,##0"人"`; absent or "General" when none. */
  numberFormat?: string;
  /** The formula without its leading "=", when the cell holds one. */
  formula?: string;
  /** An Excel error value such as "#N/A" or "#DIV/0!". */
  error?: string;
}

/** A merged area, 0-based, inclusive on both ends. */
export interface MergedArea {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface Grid {
  /** Sheet name. */
  name: string;
  /** Row-major cells; a missing row or cell is empty. */
  cells: (Cell | undefined)[][];
  merges: MergedArea[];
  /** Number of rows and columns covered (max index + 1). */
  rowCount: number;
  colCount: number;
}

export const EMPTY_CELL: Readonly<Cell> = Object.freeze({ value: null, text: "" });

export function getCell(grid: Grid, row: number, col: number): Cell {
  return grid.cells[row]?.[col] ?? EMPTY_CELL;
}

/** The displayed text of a cell, trimmed; "" for empty. */
export function cellText(grid: Grid, row: number, col: number): string {
  return getCell(grid, row, col).text.trim();
}

/** 0-based column index → letters (0 → A, 25 → Z, 26 → AA). */
export function columnLetters(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** 0-based row/col → A1 address. */
export function cellAddress(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** Column letters → 0-based index (A → 0, AA → 26), either case; null when not 1–3 letters. */
export function columnIndex(letters: string): number | null {
  const upper = letters.trim().toUpperCase();
  if (!/^[A-Z]{1,3}$/.test(upper)) return null;
  let col = 0;
  for (const ch of upper) col = col * 26 + (ch.charCodeAt(0) - 64);
  return col - 1;
}

/** A1 address → 0-based row/col; null when it is not an address. */
export function parseAddress(address: string): { row: number; col: number } | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/.exec(address.trim().toUpperCase());
  const col = m && columnIndex(m[1]);
  return m && col !== null ? { row: Number(m[2]) - 1, col } : null;
}

/** Builds a grid from plain text/number rows (tests, samples, the in-memory workbook). */
export function gridFromRows(
  name: string,
  rows: CellValue[][],
  merges: MergedArea[] = [],
  numberFormats: Record<string, string> = {},
): Grid {
  const cells: (Cell | undefined)[][] = rows.map((r, ri) =>
    r.map((v, ci) => {
      if (v === null || v === undefined || v === "") return undefined;
      const numberFormat = numberFormats[cellAddress(ri, ci)];
      return { value: v, text: String(v), ...(numberFormat ? { numberFormat } : {}) };
    }),
  );
  const colCount = rows.reduce((m, r) => Math.max(m, r.length), 0);
  return { name, cells, merges, rowCount: rows.length, colCount };
}
