import type { MergedArea } from "../core/grid/grid";
import { parseAddress } from "../core/grid/grid";

/** A1 addresses as Office.js returns them ("'My Sheet'!B2:D9", "Sheet1!A1") and builds them. */

export interface SheetRect extends MergedArea {
  sheet: string;
}

const SHEET_RANGE = /(?:'((?:[^']|'')+)'|([^'!,\s][^'!,]*))!(\$?[A-Z]+\$?\d+)(?::(\$?[A-Z]+\$?\d+))?/gi;

function toRect(sheet: string, from: string, to: string | undefined): SheetRect | null {
  const a = parseAddress(from);
  const b = to ? parseAddress(to) : a;
  if (!a || !b) return null;
  return {
    sheet,
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

/** Every sheet-qualified range in an address list ("S!A1:B2, S!C3" — RangeAreas.address). */
export function parseSheetRanges(address: string): SheetRect[] {
  const out: SheetRect[] = [];
  for (const m of address.matchAll(SHEET_RANGE)) {
    const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2].trim();
    const rect = toRect(sheet, m[3], m[4]);
    if (rect) out.push(rect);
  }
  return out;
}

/** One sheet-qualified range; null when the text is not one. */
export function parseSheetRange(address: string): SheetRect | null {
  const all = parseSheetRanges(address);
  return all.length === 1 ? all[0] : null;
}

/** "'Sheet'!N5": quoted always, which Excel accepts for every sheet name. */
export function qualify(sheet: string, address: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${address}`;
}

/** A stable key for a cell: sheet + address without "$", upper-case. */
export function cellKey(sheet: string, address: string): string {
  return `${sheet}\u0000${address.replace(/\$/g, "").toUpperCase()}`;
}
