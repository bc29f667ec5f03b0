import ExcelJS from "exceljs";
import type { SampleSheet, SampleWorkbook } from "../samples/data/types";

/** A fixed creation date, so rebuilding a sample does not change its metadata. */
const CREATED = new Date(Date.UTC(2025, 3, 1));
const THIN = { style: "thin" as const, color: { argb: "FF808080" } };
const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } };

interface Range {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function decode(address: string): { row: number; col: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(address);
  if (!m) throw new Error(`bad address ${address}`);
  let col = 0;
  for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), col };
}

function range(ref: string): Range {
  const [a, b] = ref.split(":").map(decode);
  return { top: a.row, left: a.col, bottom: b.row, right: b.col };
}

/**
 * The data must say what it means: a merge's top-left cell holds text, the cells it covers
 * are empty (Excel would drop their values), and merges do not overlap.
 */
export function validateSheet(sheet: SampleSheet): void {
  const at = (r: number, c: number) => sheet.rows[r - 1]?.[c - 1] ?? null;
  const covered = new Set<string>();
  for (const ref of sheet.merges) {
    const m = range(ref);
    if (at(m.top, m.left) === null) throw new Error(`${sheet.name} ${ref}: empty top-left cell`);
    for (let r = m.top; r <= m.bottom; r++) {
      for (let c = m.left; c <= m.right; c++) {
        const key = `${r},${c}`;
        if (covered.has(key)) throw new Error(`${sheet.name} ${ref}: overlaps another merge`);
        covered.add(key);
        if ((r !== m.top || c !== m.left) && at(r, c) !== null) {
          throw new Error(`${sheet.name} ${ref}: covers a non-empty cell at row ${r}, column ${c}`);
        }
      }
    }
  }
}

function addSheet(wb: ExcelJS.Workbook, sheet: SampleSheet): void {
  validateSheet(sheet);
  const ws = wb.addWorksheet(sheet.name);
  ws.columns = sheet.widths.map((width) => ({ width }));
  const headers = new Set(sheet.headerRows);
  const lastCol = sheet.widths.length;
  sheet.rows.forEach((cells, i) => {
    const rowNumber = i + 1;
    // Title lines hold one cell; header and indicator rows are drawn as a table.
    const inTable = headers.has(rowNumber) || cells.filter((c) => c !== null).length > 1;
    cells.forEach((text, j) => {
      if (text !== null) ws.getCell(rowNumber, j + 1).value = text;
    });
    if (!inTable) return;
    for (let c = 1; c <= lastCol; c++) {
      const cell = ws.getCell(rowNumber, c);
      cell.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
      cell.alignment = { wrapText: true, vertical: headers.has(rowNumber) ? "middle" : "top" };
      if (headers.has(rowNumber)) {
        cell.fill = HEADER_FILL;
        cell.font = { bold: true };
      }
    }
  });
  for (const ref of sheet.merges) ws.mergeCells(ref);
}

/** The sample as an exceljs workbook: texts as written, merges, widths, header styling. */
export function sampleToWorkbook(sample: SampleWorkbook): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "KPI Sheet Checker samples";
  wb.created = CREATED;
  wb.modified = CREATED;
  for (const sheet of sample.sheets) addSheet(wb, sheet);
  return wb;
}
