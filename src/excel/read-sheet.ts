import type { Cell, Grid, MergedArea } from "../core/grid/grid";
import { cellAddress } from "../core/grid/grid";
import { parseSheetRange, parseSheetRanges } from "./address";
import { isDateFormat } from "./date-format";

/**
 * Reads a sheet's used range into a Grid: values, displayed text, number formats, formulas and
 * merged areas, in two syncs whatever the row count (the first learns the used range's size and
 * merges, the second loads every row block). Extra syncs happen only when Excel refuses a batch
 * as too large (5 MB on the web); the blocks are then split in halves.
 */

/** Cells per loaded range. Excel caps a range read at 5,000,000 cells; five properties are read per cell. */
export const DEFAULT_CELL_LIMIT = 1_000_000;

const CELL_PROPERTIES = "values, text, numberFormat, formulas, valueTypes";

/** Errors that mean "this batch is too large", for which smaller batches are the cure. */
const TOO_LARGE = new Set(["RequestPayloadSizeLimitExceeded", "ResponsePayloadSizeLimitExceeded", "RangeExceedsLimit"]);

interface Span {
  top: number;
  rows: number;
}

interface Block extends Span {
  range: Excel.Range;
}

export interface ReadOptions {
  mergedAreas: boolean;
  cellLimit: number;
}

export async function readSheet(context: Excel.RequestContext, name: string, options: ReadOptions): Promise<Grid> {
  const sheet = context.workbook.worksheets.getItem(name);
  const used = sheet.getUsedRange();
  used.load("address");
  const merged = options.mergedAreas ? used.getMergedAreasOrNullObject() : null;
  if (merged) merged.load("address");
  await context.sync();

  const rect = parseSheetRange(used.address);
  if (!rect) throw new Error(`Unexpected used-range address: ${used.address}`);
  const cols = rect.right - rect.left + 1;
  const rowsPerBlock = Math.max(1, Math.floor(options.cellLimit / cols));
  const blocks = await loadSpan(
    context,
    sheet,
    { top: rect.top, rows: rect.bottom - rect.top + 1 },
    rect,
    rowsPerBlock,
  );

  const merges: MergedArea[] =
    merged && !merged.isNullObject
      ? parseSheetRanges(merged.address).map(({ top, left, bottom, right }) => ({ top, left, bottom, right }))
      : [];
  return toGrid(name, rect.left, cols, blocks, merges);
}

/** Queues one load per row block of the span and syncs once; halves the span when refused as too large. */
async function loadSpan(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  span: Span,
  rect: { left: number; right: number },
  rowsPerBlock: number,
): Promise<Block[]> {
  const blocks: Block[] = [];
  for (let top = span.top; top < span.top + span.rows; top += rowsPerBlock) {
    const rows = Math.min(rowsPerBlock, span.top + span.rows - top);
    const address = `${cellAddress(top, rect.left)}:${cellAddress(top + rows - 1, rect.right)}`;
    const range = sheet.getRange(address);
    range.load(CELL_PROPERTIES);
    blocks.push({ top, rows, range });
  }
  try {
    await context.sync();
    return blocks;
  } catch (e) {
    if (!TOO_LARGE.has((e as { code?: string }).code ?? "") || span.rows < 2) throw e;
    const half = Math.ceil(span.rows / 2);
    const smaller = Math.max(1, Math.min(rowsPerBlock, half));
    const first = await loadSpan(context, sheet, { top: span.top, rows: half }, rect, smaller);
    const second = await loadSpan(context, sheet, { top: span.top + half, rows: span.rows - half }, rect, smaller);
    return [...first, ...second];
  }
}

/** One cell from the loaded arrays; undefined for an empty one. */
export function toCell(
  value: unknown,
  text: string,
  numberFormat: unknown,
  formula: unknown,
  valueType: string,
): Cell | undefined {
  const isFormula = typeof formula === "string" && formula.startsWith("=");
  if (valueType === "Empty" && !isFormula) return undefined;
  const cell: Cell = { value: null, text };
  if (valueType === "Error") cell.error = typeof value === "string" ? value : text;
  else if (typeof value === "number" && typeof numberFormat === "string" && isDateFormat(numberFormat))
    cell.value = text;
  else if (typeof value === "string" || typeof value === "number" || typeof value === "boolean")
    cell.value = value === "" ? null : value;
  if (typeof numberFormat === "string" && numberFormat !== "General") cell.numberFormat = numberFormat;
  if (isFormula) cell.formula = formula.slice(1);
  return cell;
}

function toGrid(name: string, left: number, cols: number, blocks: Block[], merges: MergedArea[]): Grid {
  const cells: (Cell | undefined)[][] = [];
  let rowCount = 0;
  let colCount = 0;
  for (const { top, rows, range } of blocks) {
    const { values, text, numberFormat, formulas, valueTypes } = range;
    for (let i = 0; i < rows; i++) {
      const row: (Cell | undefined)[] = new Array(left + cols).fill(undefined);
      for (let j = 0; j < cols; j++) {
        const cell = toCell(values[i][j], text[i][j], numberFormat[i][j], formulas[i][j], valueTypes[i][j]);
        if (!cell) continue;
        row[left + j] = cell;
        rowCount = top + i + 1;
        colCount = Math.max(colCount, left + j + 1);
      }
      cells[top + i] = row;
    }
  }
  for (const m of merges) {
    rowCount = Math.max(rowCount, m.bottom + 1);
    colCount = Math.max(colCount, m.right + 1);
  }
  // Rows above the used range are empty rows: the grid is addressed from A1.
  for (let r = 0; r < rowCount; r++) cells[r] ??= [];
  cells.length = rowCount;
  return { name, cells, merges, rowCount, colCount };
}
