import { RECORD_SHEET_NAME } from "../core/report/results-sheet";
import { XlsxPackage } from "./xlsx-package";
import { attr, elements, escapeXml, firstElement, textOf } from "./xml-text";

/**
 * What the checker changed in an annotated copy, kept in the copy itself on a very hidden sheet
 * (Excel keeps such a sheet through open and save): for each marked cell its fill from before
 * the first mark and the mark's colour, and which sheets are the checker's own. A re-check reads
 * it to restore the fills of cells fixed since, and to replace its own results sheets only.
 * Sheets are keyed by their sheetId, which stays when a sheet is renamed.
 */

export const RECORD_SHEET = RECORD_SHEET_NAME;

export interface MarkRecord {
  /** The fill XML the cell had before it was first marked. */
  originalFill: string;
  /** The ARGB colour of the mark (a cell recoloured by the user since is left alone). */
  mark: string;
}

export interface CopyRecord {
  /** sheetId → cell → record. */
  marks: Map<string, Map<string, MarkRecord>>;
  /** sheetId → role (findings, targets) of the results sheets the checker wrote. */
  ownSheets: Map<string, string>;
}

export const emptyRecord = (): CopyRecord => ({ marks: new Map(), ownSheets: new Map() });

/** Text of each cell of a simple sheet, by row: inline strings, shared strings, plain values. */
function sheetRows(pkg: XlsxPackage, sheetPart: string, sharedStrings: () => string[]): string[][] {
  const rows: string[][] = [];
  for (const row of elements(pkg.text(sheetPart), "row")) {
    const cells: string[] = [];
    for (const c of elements(row.xml, "c")) {
      const type = attr(c.open, "t");
      const v = firstElement(c.xml, "v");
      const raw = v && !v.open.endsWith("/>") ? textOf(`<t>${v.xml.slice(v.open.length, -4)}</t>`) : "";
      cells.push(type === "inlineStr" ? textOf(c.xml) : type === "s" ? (sharedStrings()[Number(raw)] ?? "") : raw);
    }
    rows.push(cells);
  }
  return rows;
}

function sharedStringsOf(pkg: XlsxPackage, part: string | undefined): () => string[] {
  let cache: string[] | null = null;
  return () => (cache ??= part && pkg.has(part) ? [...elements(pkg.text(part), "si")].map((si) => textOf(si.xml)) : []);
}

/** The record of a copy annotated before, or an empty one. */
export function readRecord(
  pkg: XlsxPackage,
  recordPart: string | undefined,
  sharedStringsPart: string | undefined,
): CopyRecord {
  const record = emptyRecord();
  if (!recordPart || !pkg.has(recordPart)) return record;
  // columns: kind, sheetId, cell (or a results sheet's role), original fill, mark colour
  for (const [kind, sheetId, cell, originalFill, mark] of sheetRows(
    pkg,
    recordPart,
    sharedStringsOf(pkg, sharedStringsPart),
  )) {
    if (kind === "sheet") record.ownSheets.set(sheetId, cell ?? "");
    if (kind !== "mark" || !cell || !originalFill?.startsWith("<fill") || !/^[0-9A-F]{8}$/.test(mark ?? "")) continue;
    let cells = record.marks.get(sheetId);
    if (!cells) record.marks.set(sheetId, (cells = new Map()));
    cells.set(cell, { originalFill, mark: mark! });
  }
  return record;
}

function textRow(r: number, values: string[]): string {
  const cells = values.map(
    (v, i) =>
      `<c r="${String.fromCharCode(65 + i)}${r}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(v)}</t></is></c>`,
  );
  return `<row r="${r}">${cells.join("")}</row>`;
}

export function recordSheetXml(record: CopyRecord): string {
  const rows = [["kind", "sheetId", "cell", "original fill", "mark"]];
  for (const [id, role] of record.ownSheets) rows.push(["sheet", id, role, "", ""]);
  for (const [id, cells] of record.marks) {
    for (const [cell, m] of cells) rows.push(["mark", id, cell, m.originalFill, m.mark]);
  }
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
    `<sheetData>${rows.map((v, i) => textRow(i + 1, v)).join("")}</sheetData></worksheet>`
  );
}
