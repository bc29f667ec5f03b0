import { createHash } from "crypto";
import { promises as fs } from "fs";
import { strFromU8, unzipSync } from "fflate";
import ExcelJS from "exceljs";

/** Helpers for looking inside the packages kpi-check writes. */

export const sha = async (file: string) =>
  createHash("sha256")
    .update(await fs.readFile(file))
    .digest("hex");

/** Part name → bytes of an .xlsx/.xlsm file (directories left out). */
export async function parts(file: string): Promise<Map<string, Uint8Array>> {
  const files = unzipSync(new Uint8Array(await fs.readFile(file)));
  return new Map(Object.entries(files).filter(([name]) => !name.endsWith("/")));
}

export async function partText(file: string, name: string): Promise<string> {
  const bytes = (await parts(file)).get(name);
  if (!bytes) throw new Error(`${file} has no part ${name}`);
  return strFromU8(bytes);
}

export async function loadWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

export const noteText = (cell: ExcelJS.Cell): string => {
  const n = cell.note;
  if (!n) return "";
  return typeof n === "string" ? n : (n.texts ?? []).map((t) => t.text).join("");
};

export const fillArgb = (cell: ExcelJS.Cell) => (cell.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;

/** Rows of a sheet as plain values (row 1 first). */
export function sheetRows(ws: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  ws.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}
