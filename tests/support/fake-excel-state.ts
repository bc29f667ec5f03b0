import type { Grid } from "../../src/core/grid/grid";
import { cellAddress, parseAddress } from "../../src/core/grid/grid";

/**
 * The plain, serialisable state of the in-memory workbook behind fake-excel.ts.
 * "Save and reopen" is JSON of this state and back. No Node APIs: the browser harness bundles it.
 */

export interface FakeFill {
  color: string;
  /** Excel's RangeFill.pattern; "Solid" for a plain colour. */
  pattern: string;
}

export interface FakeHyperlink {
  documentReference?: string;
  address?: string;
  textToDisplay?: string;
}

/** Cell formatting beyond the fill (what the 検証結果 sheets set). */
export interface FakeCellFormat {
  wrapText?: boolean;
  verticalAlignment?: string;
  bold?: boolean;
}

/** A stored cell. An absent cell is an empty, unformatted one. */
export interface FakeCell {
  /** The value ("" for none); for a formula, its cached result. */
  value: string | number | boolean;
  formula?: string;
  /** An error value such as "#N/A" (then `value` holds the same text). */
  error?: string;
  numberFormat?: string;
  fill?: FakeFill;
  format?: FakeCellFormat;
  hyperlink?: FakeHyperlink;
}

export type FakeVisibility = "Visible" | "Hidden" | "VeryHidden";

export interface FakeSheet {
  /** Worksheet.id: stays when the sheet is renamed. */
  id?: string;
  name: string;
  /** Protected: every change to its cells fails with AccessDenied. */
  protected?: boolean;
  visibility: FakeVisibility;
  /** Keyed by A1 address. */
  cells: Record<string, FakeCell>;
  /** Merged areas as A1 ranges ("A1:A3"). */
  merges: string[];
  /** Column widths in points, by column letter (only columns given one). */
  columnWidths?: Record<string, number>;
  /** Rows frozen at the top (freezePanes.freezeRows). */
  frozenRows?: number;
  /** The AutoFilter's range, e.g. "A1:E12". */
  autoFilter?: string;
  pageLayout?: FakePageLayout;
}

/** Worksheet.pageLayout as set (only what the add-in sets is modelled). */
export interface FakePageLayout {
  orientation?: string;
  paperSize?: string;
  zoom?: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  printTitleRows?: string;
}

export interface FakeNote {
  sheet: string;
  address: string;
  content: string;
}

export interface FakeComment extends FakeNote {
  id: string;
  /** The thread's replies (colleagues' answers); deleting the comment deletes them all. */
  replies?: string[];
  resolved?: boolean;
}

export interface FakeWorkbookState {
  sheets: FakeSheet[];
  activeSheet: string;
  selection: { sheet: string; address: string } | null;
  /** Values as stored by workbook.settings (already JSON-compatible). */
  settings: Record<string, unknown>;
  notes: FakeNote[];
  comments: FakeComment[];
  nextCommentId: number;
  /**
   * Displayed text learned from the grids the workbook was built from, keyed by value and
   * number format: the fake treats Excel's formatting as a pure function of the two, so a
   * value restored with its format displays as before.
   */
  displays: Record<string, string>;
  /** Cached results of the formulas the workbook was built with (Excel would recalculate them). */
  formulaResults: Record<string, string | number | boolean>;
}

/** 0-based inclusive rectangle on one sheet. */
export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function displayKey(value: FakeCell["value"], numberFormat: string): string {
  return `${JSON.stringify(value)}|${numberFormat}`;
}

export function formulaKey(sheet: string, address: string, formula: string): string {
  return `${sheet}!${address}=${formula}`;
}

/**
 * Addresses already parsed. Excel finds a sheet's used range and merged areas from its own
 * indexes; the fake derives them from address strings on every read (each cell's address for the
 * used range, each merge for every band the adapter asks about), so each string is parsed once.
 */
const parsedRects = new Map<string, Readonly<Rect>>();

/** "A1", "A1:C3" (optionally with $) → rectangle; throws like Excel's InvalidArgument otherwise. */
export function parseRect(address: string): Readonly<Rect> {
  let rect = parsedRects.get(address);
  if (!rect) {
    rect = Object.freeze(readRect(address));
    parsedRects.set(address, rect);
  }
  return rect;
}

function readRect(address: string): Rect {
  const columns = /^\$?([A-Z]+):\$?([A-Z]+)$/i.exec(address);
  if (columns) {
    const from = parseAddress(`${columns[1]}1`)!.col;
    const to = parseAddress(`${columns[2]}1`)!.col;
    return { top: 0, left: Math.min(from, to), bottom: 1_048_575, right: Math.max(from, to) };
  }
  const [a, b = a] = address.split(":");
  const p = parseAddress(a);
  const q = parseAddress(b);
  if (!p || !q) throw fakeError("InvalidArgument", `Bad range address: ${address}`);
  return {
    top: Math.min(p.row, q.row),
    left: Math.min(p.col, q.col),
    bottom: Math.max(p.row, q.row),
    right: Math.max(p.col, q.col),
  };
}

export function rectAddress(r: Rect): string {
  const tl = cellAddress(r.top, r.left);
  return r.top === r.bottom && r.left === r.right ? tl : `${tl}:${cellAddress(r.bottom, r.right)}`;
}

/** Sheet name as Excel writes it in an address: quoted when it holds anything but letters/digits/_. */
export function quoteSheet(name: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** "'My Sheet'!B2" or "Sheet1!B2" → parts; a bare "B2" has sheet null. */
export function splitSheetAddress(address: string): { sheet: string | null; address: string } {
  const m = /^(?:'((?:[^']|'')+)'|([^'!]+))!(.+)$/.exec(address);
  if (!m) return { sheet: null, address };
  return { sheet: m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2], address: m[3] };
}

export interface FakeError extends Error {
  code: string;
}

export function fakeError(code: string, message: string): FakeError {
  const e = new Error(`${code}: ${message}`) as FakeError;
  e.code = code;
  return e;
}

/** Builds workbook state from grids, with optional fills ({ sheet: { A1: "#FF0000" } }). */
export function stateFromGrids(grids: Grid[], fills: Record<string, Record<string, string>> = {}): FakeWorkbookState {
  const state: FakeWorkbookState = {
    sheets: [],
    activeSheet: grids[0]?.name ?? "Sheet1",
    selection: null,
    settings: {},
    notes: [],
    comments: [],
    nextCommentId: 1,
    displays: {},
    formulaResults: {},
  };
  for (const grid of grids) {
    const sheet: FakeSheet = {
      id: `{sheet-${state.sheets.length + 1}}`,
      name: grid.name,
      visibility: "Visible",
      cells: {},
      merges: grid.merges.map((m) => rectAddress(m)),
    };
    grid.cells.forEach((row, r) =>
      row?.forEach((cell, c) => {
        if (!cell) return;
        const address = cellAddress(r, c);
        const value = cell.error ?? (cell.value === null ? "" : cell.value);
        const stored: FakeCell = { value };
        if (cell.error) stored.error = cell.error;
        if (cell.formula) {
          stored.formula = cell.formula;
          state.formulaResults[formulaKey(grid.name, address, cell.formula)] = value;
        }
        const numberFormat = cell.numberFormat ?? "General";
        if (numberFormat !== "General") stored.numberFormat = numberFormat;
        if (cell.text !== formatDisplay(value, numberFormat))
          state.displays[displayKey(value, numberFormat)] = cell.text;
        sheet.cells[address] = stored;
      }),
    );
    for (const [address, color] of Object.entries(fills[grid.name] ?? {})) {
      const cell = (sheet.cells[address] ??= { value: "" });
      cell.fill = { color: color.toUpperCase(), pattern: "Solid" };
    }
    state.sheets.push(sheet);
  }
  if (state.sheets.length === 0)
    state.sheets.push({ id: "{sheet-1}", name: "Sheet1", visibility: "Visible", cells: {}, merges: [] });
  return state;
}

/**
 * A small stand-in for Excel's number formatting: General, "@", and 0 / #,##0 / 0.0… / % forms
 * with quoted literals (#,##0"人"). Other formats show the value as is.
 */
export function formatDisplay(value: FakeCell["value"], numberFormat: string): string {
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value !== "number") return value;
  const general = /^(?:\[\$-[^\]]*\])?General(.*)$/i.exec(numberFormat);
  if (general) return `${value}${general[1].replace(/"([^"]*)"/g, "$1")}`;
  if (/^yyyy\/m\/d$/.test(numberFormat)) {
    const d = new Date(Date.UTC(1899, 11, 30) + value * 86_400_000);
    return `${d.getUTCFullYear()}/${d.getUTCMonth() + 1}/${d.getUTCDate()}`;
  }
  const m = /^([^0#]*?)(#,##0|0)(?:\.(0+))?(%?)(.*)$/.exec(numberFormat);
  if (!m) return String(value);
  const literal = (s: string): string => s.replace(/"([^"]*)"/g, "$1").replace(/\\(.)/g, "$1");
  const decimals = m[3]?.length ?? 0;
  const n = m[4] ? value * 100 : value;
  const fixed = Math.abs(n).toFixed(decimals);
  const [int, frac] = fixed.split(".");
  const grouped = m[2] === "#,##0" ? int.replace(/\B(?=(\d{3})+(?!\d))/g, ",") : int;
  return `${n < 0 ? "-" : ""}${literal(m[1])}${grouped}${frac ? `.${frac}` : ""}${m[4]}${literal(m[5])}`;
}

/** The used range of a sheet (cells with content or format, and merges); null when empty. */
export function usedRect(sheet: FakeSheet, valuesOnly: boolean): Rect | null {
  const rect = { top: Infinity, left: Infinity, bottom: -1, right: -1 };
  const grow = (r: Rect): void => {
    rect.top = Math.min(rect.top, r.top);
    rect.left = Math.min(rect.left, r.left);
    rect.bottom = Math.max(rect.bottom, r.bottom);
    rect.right = Math.max(rect.right, r.right);
  };
  for (const [address, cell] of Object.entries(sheet.cells)) {
    if (valuesOnly && cell.value === "" && !cell.formula) continue;
    grow(parseRect(address));
  }
  if (!valuesOnly) sheet.merges.forEach((m) => grow(parseRect(m)));
  return rect.bottom < 0 ? null : rect;
}
