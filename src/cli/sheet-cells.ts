import { cellAddress, parseAddress } from "../core/grid/grid";
import { attr, contentRange, elements, firstElement, withAttr, withoutAttr, type Found } from "./xml-text";

/**
 * A worksheet part's cells, patched as text: the style index (`s=`) of chosen cells is changed,
 * and a cell or row that is not in the file yet (an empty cell with a finding) is inserted in
 * order. Every other byte of the sheet stays as it was.
 */

/** New style index for a cell, given the one it has (0 when it has none). */
export type StyleChange = (current: number) => number;

interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Merged areas of a sheet, from its <mergeCells>. */
export function mergedAreas(sheetXml: string): Area[] {
  const out: Area[] = [];
  for (const m of elements(sheetXml, "mergeCell")) {
    const [a, b] = (attr(m.open, "ref") ?? "").split(":");
    const from = parseAddress(a ?? "");
    const to = parseAddress(b ?? a ?? "");
    if (from && to) out.push({ top: from.row, left: from.col, bottom: to.row, right: to.col });
  }
  return out;
}

/** Rows an area may span to be indexed row by row; taller ones (A4:XFD1048576) are searched. */
const INDEXED_ROWS = 1000;

/**
 * Finds the cell that holds a merged area's content and note (its top-left; else the cell
 * itself), with the areas indexed by row so a sheet with many areas and many findings stays fast.
 */
export function mergeAnchors(areas: Area[]): (address: string) => string {
  const byRow = new Map<number, Area[]>();
  const tall: Area[] = [];
  for (const a of areas) {
    if (a.bottom - a.top >= INDEXED_ROWS) tall.push(a);
    else for (let r = a.top; r <= a.bottom; r++) byRow.set(r, [...(byRow.get(r) ?? []), a]);
  }
  return (address) => {
    const p = parseAddress(address);
    if (!p) return address;
    const inside = (a: Area) => p.row >= a.top && p.row <= a.bottom && p.col >= a.left && p.col <= a.right;
    const area = (byRow.get(p.row) ?? []).find(inside) ?? tall.find(inside);
    return area ? cellAddress(area.top, area.left) : address;
  };
}

/** Column styles from <cols>: what an absent cell of that column looks like. */
function columnStyles(sheetXml: string): (col: number) => number {
  const cols = [...elements(sheetXml, "col")].map((c) => ({
    min: Number(attr(c.open, "min")) - 1,
    max: Number(attr(c.open, "max")) - 1,
    style: Number(attr(c.open, "style") ?? 0),
  }));
  return (col) => cols.find((c) => col >= c.min && col <= c.max)?.style ?? 0;
}

/** Current style index of each of `addresses` (an absent cell: its row's or column's style). */
export function cellStyles(sheetXml: string, addresses: Iterable<string>): Map<string, number> {
  const out = new Map<string, number>();
  const wanted = new Set(addresses);
  patchCellStyles(
    sheetXml,
    new Map(
      [...wanted].map((a) => [
        a,
        (s: number) => {
          out.set(a, s);
          return s;
        },
      ]),
    ),
  );
  return out;
}

/** The sheet with each addressed cell's style replaced by `change(current)`. */
export function patchCellStyles(sheetXml: string, changes: Map<string, StyleChange>): string {
  const byRow = new Map<number, Map<number, StyleChange>>();
  for (const [address, change] of changes) {
    const p = parseAddress(address);
    if (!p) continue;
    let row = byRow.get(p.row);
    if (!row) byRow.set(p.row, (row = new Map()));
    row.set(p.col, change);
  }
  if (byRow.size === 0) return sheetXml;

  const sheetData = firstElement(sheetXml, "sheetData");
  if (!sheetData) return sheetXml;
  const range = contentRange(sheetXml, sheetData, "sheetData");
  const xml = range.xml;
  const colStyle = columnStyles(xml);
  const pending = [...byRow.keys()].sort((a, b) => a - b);
  const pieces: string[] = [xml.slice(0, range.start)];
  let at = range.start;
  let rowIndex = -1;
  let next = 0; // into pending
  for (const row of elements(xml, "row", range.start, range.end)) {
    const r = attr(row.open, "r");
    rowIndex = r !== undefined ? Number(r) - 1 : rowIndex + 1;
    const rowStyle = attr(row.open, "customFormat") === "1" ? Number(attr(row.open, "s") ?? 0) : null;
    while (next < pending.length && pending[next] < rowIndex) {
      pieces.push(xml.slice(at, row.start), newRow(pending[next], byRow.get(pending[next])!, colStyle));
      at = row.start;
      next++;
    }
    if (pending[next] === rowIndex) {
      pieces.push(
        xml.slice(at, row.start),
        patchRow(row, rowIndex, byRow.get(rowIndex)!, (c) => rowStyle ?? colStyle(c)),
      );
      at = row.end;
      next++;
    }
  }
  pieces.push(xml.slice(at, range.end));
  for (; next < pending.length; next++) pieces.push(newRow(pending[next], byRow.get(pending[next])!, colStyle));
  pieces.push(xml.slice(range.end));
  return pieces.join("");
}

function newCell(row: number, col: number, style: number): string {
  return `<c r="${cellAddress(row, col)}" s="${style}"/>`;
}

function newRow(row: number, cols: Map<number, StyleChange>, colStyle: (c: number) => number): string {
  const cells = [...cols.keys()].sort((a, b) => a - b).map((c) => newCell(row, c, cols.get(c)!(colStyle(c))));
  return `<row r="${row + 1}">${cells.join("")}</row>`;
}

function patchRow(
  row: Found,
  rowIndex: number,
  cols: Map<number, StyleChange>,
  absentStyle: (c: number) => number,
): string {
  const pending = [...cols.keys()].sort((a, b) => a - b);
  let inserted = false;
  const range = contentRange(row.xml, { ...row, start: 0, end: row.xml.length }, "row");
  const xml = range.xml;
  const pieces: string[] = [];
  let at = range.start;
  let col = -1;
  let next = 0;
  for (const c of elements(xml, "c", range.start, range.end)) {
    const r = attr(c.open, "r");
    col = r !== undefined ? (parseAddress(r)?.col ?? col + 1) : col + 1;
    while (next < pending.length && pending[next] < col) {
      pieces.push(
        xml.slice(at, c.start),
        newCell(rowIndex, pending[next], cols.get(pending[next])!(absentStyle(pending[next]))),
      );
      at = c.start;
      inserted = true;
      next++;
    }
    if (pending[next] === col) {
      const style = cols.get(col)!(Number(attr(c.open, "s") ?? 0));
      pieces.push(
        xml.slice(at, c.start),
        withAttr(c.open, "s", String(style)),
        xml.slice(c.start + c.open.length, c.end),
      );
      at = c.end;
      next++;
    }
  }
  pieces.push(xml.slice(at, range.end));
  for (; next < pending.length; next++) {
    pieces.push(newCell(rowIndex, pending[next], cols.get(pending[next])!(absentStyle(pending[next]))));
    inserted = true;
  }
  // spans is a hint of the row's first and last cell; an inserted cell may fall outside it.
  const head = xml.slice(0, range.start);
  return (inserted ? withoutAttr(head, "spans") : head) + pieces.join("") + xml.slice(range.end);
}
