import type { Cell, Grid, MergedArea } from "../core/grid/grid";
import { cellAddress } from "../core/grid/grid";
import { parseSheetRange, parseSheetRanges } from "./address";
import { isDateFormat } from "./date-format";

/**
 * Reads a sheet's used range (of values: formatting alone does not stretch it) into a Grid:
 * values, displayed text, number formats, formulas and merged areas, in two syncs whatever the
 * row count (the first learns the used range's size and where its formulas are; the second loads
 * every row block, the formula cells and the merged areas). Several sheets share both syncs (see
 * read-workbook.ts). Formulas are loaded only where there are some (ExcelApi 1.9), which halves
 * the response on a sheet of constants. Merged areas are asked for in bands too small to hold
 * more than 512 of them (Excel cannot return the address of more). Extra syncs happen only when
 * Excel refuses a large batch — whatever error it gives (oversize often comes as
 * GeneralException): the sheets, then the rows, are then read in halves.
 */

/** Cells per loaded range. Excel caps a range read at 5,000,000 cells; three properties are read per cell. */
export const DEFAULT_CELL_LIMIT = 1_000_000;

const CELL_PROPERTIES = "values, text, numberFormat";

const ERROR_VALUES = new Set([
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
]);

/** Errors that say "this batch is too large", for which smaller batches are the cure. */
const TOO_LARGE = new Set(["RequestPayloadSizeLimitExceeded", "ResponsePayloadSizeLimitExceeded", "RangeExceedsLimit"]);

/**
 * A batch of this many cells refused with any other error (oversize often comes as
 * GeneralException) is read in smaller batches too; a smaller one passes its error on.
 */
const LARGE_BATCH_CELLS = 10_000;

/**
 * Cells per band asked for its merged areas: a merged area covers two cells or more, so a band of
 * 1,024 cells holds at most 512 of them (and each area is reported by the band of its top-left cell).
 */
const MERGE_BAND_CELLS = 1_024;

interface Span {
  top: number;
  rows: number;
}

interface Block extends Span {
  range: Excel.Range;
}

export interface ReadOptions {
  mergedAreas: boolean;
  /** Range.getSpecialCellsOrNullObject (ExcelApi 1.9); without it formulas are read for every cell. */
  specialCells: boolean;
  cellLimit: number;
}

/** Where a sheet's cells are, learned in a first sync: the used range and its formula areas. */
export interface SheetShape {
  name: string;
  sheet: Excel.Worksheet;
  rect: MergedArea;
  formulaRects: MergedArea[];
  /** Whether to read its merged areas (ExcelApi 1.13). */
  mergedAreas: boolean;
}

/** The proxies queueShape loads; shapeOf reads them after the sync. */
export interface QueuedShape {
  name: string;
  sheet: Excel.Worksheet;
  used: Excel.Range;
  formulaAreas: Excel.RangeAreas | null;
  mergedAreas: boolean;
}

/** Queues what tells a sheet's shape, with the caller's batch. */
export function queueShape(context: Excel.RequestContext, name: string, options: ReadOptions): QueuedShape {
  const sheet = context.workbook.worksheets.getItem(name);
  const used = sheet.getUsedRange(true);
  used.load("address");
  const formulaAreas = options.specialCells ? used.getSpecialCellsOrNullObject("Formulas") : null;
  if (formulaAreas) formulaAreas.load("address");
  return { name, sheet, used, formulaAreas, mergedAreas: options.mergedAreas };
}

/** After the caller's sync: the sheet's shape. */
export function shapeOf({ name, sheet, used, formulaAreas, mergedAreas }: QueuedShape): SheetShape {
  const rect = parseSheetRange(used.address);
  if (!rect) throw new Error(`Unexpected used-range address: ${used.address}`);
  const formulaRects = formulaAreas
    ? formulaAreas.isNullObject
      ? []
      : parseSheetRanges(formulaAreas.address)
    : [rect];
  return { name, sheet, rect, formulaRects, mergedAreas };
}

export async function readSheet(context: Excel.RequestContext, name: string, options: ReadOptions): Promise<Grid> {
  const shape = queueShape(context, name, options);
  await context.sync();
  const [grid] = await loadGrids(context, [shapeOf(shape)], options.cellLimit);
  return grid;
}

/** The cells of every shape, in one sync (more only when Excel refuses the batch as too large). */
export async function loadGrids(
  context: Excel.RequestContext,
  shapes: SheetShape[],
  cellLimit: number,
): Promise<Grid[]> {
  const parts = shapes.map((shape) => {
    const { top, bottom, left, right } = shape.rect;
    const rowsPerBlock = Math.max(1, Math.floor(cellLimit / (right - left + 1)));
    return { shape, span: { top, rows: bottom - top + 1 }, rowsPerBlock };
  });
  const loaded = await loadParts(context, parts);
  return shapes.map((shape) => {
    const mine = loaded.filter((l) => l.shape === shape);
    const { left, right } = shape.rect;
    const grid = toGrid(
      shape.name,
      left,
      right - left + 1,
      mine.flatMap((l) => l.blocks),
      mergesOf(mine.flatMap((l) => l.merges)),
    );
    for (const { rect: r, range } of mine.flatMap((l) => l.formulas)) addFormulas(grid, r, range.formulas);
    return grid;
  });
}

/** Rows `span` of one sheet, loaded in blocks of `rowsPerBlock` rows. */
interface Part {
  shape: SheetShape;
  span: Span;
  rowsPerBlock: number;
}

interface Loaded {
  shape: SheetShape;
  blocks: Block[];
  formulas: { rect: MergedArea; range: Excel.Range }[];
  merges: Excel.RangeAreas[];
}

function cellsOf(parts: Part[]): number {
  return parts.reduce((n, p) => n + p.span.rows * (p.shape.rect.right - p.shape.rect.left + 1), 0);
}

/**
 * Queues every part's loads and syncs once; when Excel refuses a large batch, whatever the error,
 * loads the parts apart: each sheet on its own, or, for one sheet, each half of its rows.
 */
async function loadParts(context: Excel.RequestContext, parts: Part[]): Promise<Loaded[]> {
  const loaded = parts.map(queuePart);
  try {
    await context.sync();
    return loaded;
  } catch (e) {
    const tooLarge = TOO_LARGE.has((e as { code?: string }).code ?? "") || cellsOf(parts) >= LARGE_BATCH_CELLS;
    const groups = tooLarge ? split(parts) : null;
    if (!groups) throw e;
    const out: Loaded[] = [];
    for (const group of groups) out.push(...(await loadParts(context, group)));
    return out;
  }
}

/** Smaller batches for a refused one; null when it cannot be made smaller (one row). */
function split(parts: Part[]): Part[][] | null {
  if (parts.length > 1) return parts.map((p) => [p]);
  const [{ shape, span, rowsPerBlock }] = parts;
  if (span.rows < 2) return null;
  const half = Math.ceil(span.rows / 2);
  const smaller = Math.max(1, Math.min(rowsPerBlock, half));
  return [
    [{ shape, span: { top: span.top, rows: half }, rowsPerBlock: smaller }],
    [{ shape, span: { top: span.top + half, rows: span.rows - half }, rowsPerBlock: smaller }],
  ];
}

/** The merged areas found by the bands, each once. */
function mergesOf(bands: Excel.RangeAreas[]): MergedArea[] {
  const seen = new Map<string, MergedArea>();
  for (const band of bands) {
    if (band.isNullObject) continue;
    for (const { top, left, bottom, right } of parseSheetRanges(band.address))
      seen.set(`${top}:${left}:${bottom}:${right}`, { top, left, bottom, right });
  }
  return [...seen.values()];
}

/** Queues one load per row block of the part, the formulas of the formula areas within it, and its merged areas by band. */
function queuePart({ shape, span, rowsPerBlock }: Part): Loaded {
  const { sheet, rect, formulaRects } = shape;
  const end = span.top + span.rows - 1;
  const rangeOf = (top: number, left: number, bottom: number, right: number): Excel.Range =>
    sheet.getRange(`${cellAddress(top, left)}:${cellAddress(bottom, right)}`);
  const blocks: Block[] = [];
  for (let top = span.top; top <= end; top += rowsPerBlock) {
    const rows = Math.min(rowsPerBlock, end - top + 1);
    const range = rangeOf(top, rect.left, top + rows - 1, rect.right);
    range.load(CELL_PROPERTIES);
    blocks.push({ top, rows, range });
  }
  const formulas = formulaRects
    .filter((f) => f.top <= end && f.bottom >= span.top)
    .map((f) => {
      const clipped = { ...f, top: Math.max(f.top, span.top), bottom: Math.min(f.bottom, end) };
      const range = rangeOf(clipped.top, clipped.left, clipped.bottom, clipped.right);
      range.load("formulas");
      return { rect: clipped, range };
    });
  const merges: Excel.RangeAreas[] = [];
  if (shape.mergedAreas) {
    const rowsPerBand = Math.max(1, Math.floor(MERGE_BAND_CELLS / (rect.right - rect.left + 1)));
    for (let top = span.top; top <= end; top += rowsPerBand) {
      const band = rangeOf(
        top,
        rect.left,
        Math.min(end, top + rowsPerBand - 1),
        rect.right,
      ).getMergedAreasOrNullObject();
      band.load("address");
      merges.push(band);
    }
  }
  return { shape, blocks, formulas, merges };
}

/**
 * One cell from the loaded arrays; undefined for an empty one (formulas are added apart). An
 * error value arrives as its text ("#N/A") in both values and text.
 */
export function toCell(value: unknown, text: string, numberFormat: unknown): Cell | undefined {
  if (value === "" && text === "") return undefined;
  const cell: Cell = { value: null, text };
  if (typeof value === "string" && ERROR_VALUES.has(value) && value === text) cell.error = value;
  else if (typeof value === "number" && typeof numberFormat === "string" && isDateFormat(numberFormat)) {
    cell.value = text;
  } else if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") {
    cell.value = value === "" ? null : value;
  }
  if (typeof numberFormat === "string" && numberFormat !== "General") cell.numberFormat = numberFormat;
  return cell;
}

/** Formula texts ("=…") into the grid's cells; a formula showing nothing is still a cell. */
function addFormulas(grid: Grid, at: MergedArea, formulas: unknown[][]): void {
  formulas.forEach((row, i) =>
    row.forEach((f, j) => {
      if (typeof f !== "string" || !f.startsWith("=")) return;
      const r = at.top + i;
      const c = at.left + j;
      const cells = (grid.cells[r] ??= []);
      cells[c] = { ...(cells[c] ?? { value: null, text: "" }), formula: f.slice(1) };
      grid.rowCount = Math.max(grid.rowCount, r + 1);
      grid.colCount = Math.max(grid.colCount, c + 1);
    }),
  );
  for (let r = 0; r < grid.rowCount; r++) grid.cells[r] ??= [];
}

function toGrid(name: string, left: number, cols: number, blocks: Block[], merges: MergedArea[]): Grid {
  const cells: (Cell | undefined)[][] = [];
  let rowCount = 0;
  let colCount = 0;
  for (const { top, rows, range } of blocks) {
    const { values, text, numberFormat } = range;
    for (let i = 0; i < rows; i++) {
      const row: (Cell | undefined)[] = new Array(left + cols).fill(undefined);
      for (let j = 0; j < cols; j++) {
        const cell = toCell(values[i][j], text[i][j], numberFormat[i][j]);
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
