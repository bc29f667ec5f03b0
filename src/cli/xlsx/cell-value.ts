import type { Cell } from "../../core/grid/grid";
import { formatNumber, isoDateText } from "../display-text";
import { isDateFormat } from "./styles";

/** One `<c>` element as read: its type attribute, value text, formula, number format. */
export interface RawCell {
  /** The `t=` attribute: s (shared string), str, inlineStr, b, e, n, d; "" when absent. */
  type: string;
  /** The `<v>` text, or the joined `<is>` text of an inline string; null when there is none. */
  value: string | null;
  /** Formula text (without "="), already slid for a shared-formula cell; null when none. */
  formula: string | null;
  numFmt: string | undefined;
}

export interface ValueContext {
  /**
   * The cell of each shared string as it reads with no number format, made once per workbook
   * and frozen: a sheet repeats its strings (units, 実績なし, headers) and every cell of one
   * string reads the same, so they share it instead of each holding a copy.
   */
  sharedStrings: readonly Readonly<Cell>[];
  date1904: boolean;
  /** Called for a shared-string index the table does not have. */
  corrupt(): never;
}

const MS_PER_DAY = 24 * 3600 * 1000;
/** Days from Excel's day 0 (1899-12-30 in the 1900 system) to 1970-01-01. */
const UNIX_EPOCH_SERIAL = 25569;
const DAYS_1900_TO_1904 = 1462;

/** A date serial as ISO text, as exceljs converted it (1900 or 1904 system, UTC). */
function serialDateText(serial: number, date1904: boolean): string {
  const ms = Math.round((serial - UNIX_EPOCH_SERIAL + (date1904 ? DAYS_1900_TO_1904 : 0)) * MS_PER_DAY);
  const d = new Date(ms);
  return Number.isNaN(d.getTime()) ? String(serial) : isoDateText(d);
}

function numberCell(n: number, numFmt: string | undefined, ctx: ValueContext): Cell {
  if (numFmt && isDateFormat(numFmt)) {
    const iso = serialDateText(n, ctx.date1904);
    return { value: iso, text: iso };
  }
  return { value: n, text: formatNumber(n, numFmt) };
}

/** The shared cell of a shared-string index (the `<v>` text). */
function sharedString(v: string, ctx: ValueContext): Readonly<Cell> {
  return ctx.sharedStrings[Number(v)] ?? ctx.corrupt();
}

/** A typed value text → value, text and error (no number format or formula yet). */
function typedValue(type: string, v: string, numFmt: string | undefined, ctx: ValueContext): Cell {
  switch (type) {
    case "s": {
      const s = sharedString(v, ctx).text;
      return { value: s, text: s };
    }
    case "str":
    case "inlineStr":
    case "d": // an ISO date written as text; Excel itself never writes it
      return { value: v, text: v };
    case "b": {
      const b = parseInt(v, 10) !== 0;
      return { value: b, text: b ? "TRUE" : "FALSE" };
    }
    case "e":
      return { value: null, text: v, error: v };
    default:
      return numberCell(parseFloat(v), numFmt, ctx);
  }
}

/**
 * The grid cell of a `<c>`, or undefined for one that holds nothing (only a style). A formula
 * keeps its cached result (none when the file was never calculated); the key order matches the
 * cells read through exceljs before (value, text, error, numberFormat, formula).
 */
export function toCell(raw: RawCell, ctx: ValueContext): Cell | undefined {
  if (raw.type === "s" && raw.formula === null && !raw.numFmt && raw.value !== null)
    return sharedString(raw.value, ctx);
  let cell: Cell;
  if (raw.formula !== null) {
    // A shared string index is not a formula's result type; exceljs read such a result as a number.
    const type = raw.type === "s" ? "n" : raw.type;
    cell = raw.value ? typedValue(type, raw.value, raw.numFmt, ctx) : { value: null, text: "" };
  } else if (raw.value === null) return undefined;
  else cell = typedValue(raw.type, raw.value, raw.numFmt, ctx);
  if (raw.numFmt) cell.numberFormat = raw.numFmt;
  if (raw.formula !== null) cell.formula = raw.formula;
  return cell;
}
