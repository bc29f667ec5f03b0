import type { Cell, Grid, MergedArea } from "../../core/grid/grid";
import { cellAddress } from "../../core/grid/grid";
import { WorkbookError } from "../errors";
import { toCell, type RawCell, type ValueContext } from "./cell-value";
import { MAX_COLS, MAX_ROWS } from "./limits";
import { slideFormula } from "./shared-formula";
import type { StyleFormats } from "./styles";
import { unescapeOoxml, visitXmlPart, type XmlVisitor } from "./xml";
import type { ZipPackage } from "./zip";

export interface SheetContext extends ValueContext {
  label: string;
  styles: StyleFormats;
  /** Counts cells and merges across the workbook; throws past LIMITS.cells. */
  countCell(): void;
}

/** A cell's place in the grid, 0-based. */
interface Place {
  row: number;
  col: number;
}

/**
 * Reads a cell reference such as "AB12" (either case, `$` anchors allowed) into `at`; false
 * when it is not a cell inside Excel's grid. Every cell's `r=` comes through here, so it is
 * read character by character rather than by a regex.
 */
function readRef(ref: string, at: Place): boolean {
  let i = ref.charCodeAt(0) === DOLLAR ? 1 : 0;
  let c = 0;
  for (; i < ref.length; i++) {
    const ch = ref.charCodeAt(i);
    if (ch >= 65 && ch <= 90) c = c * 26 + ch - 64;
    else if (ch >= 97 && ch <= 122) c = c * 26 + ch - 96;
    else break;
  }
  if (ref.charCodeAt(i) === DOLLAR) i++;
  if (i === ref.length) return false;
  let r = 0;
  for (; i < ref.length; i++) {
    const ch = ref.charCodeAt(i);
    if (ch < 48 || ch > 57) return false;
    r = r * 10 + ch - 48;
  }
  if (c === 0 || c > MAX_COLS || r === 0 || r > MAX_ROWS) return false;
  at.row = r - 1;
  at.col = c - 1;
  return true;
}

const DOLLAR = 36;

/** "B3:D5" (or one cell "B3") → 0-based area; null when it is not a range inside Excel's grid. */
export function parseRange(ref: string): MergedArea | null {
  const [a, b = a] = ref.split(":");
  const p: Place = { row: 0, col: 0 };
  const q: Place = { row: 0, col: 0 };
  if (!readRef(a, p) || !readRef(b, q)) return null;
  return {
    top: Math.min(p.row, q.row),
    left: Math.min(p.col, q.col),
    bottom: Math.max(p.row, q.row),
    right: Math.max(p.col, q.col),
  };
}

/**
 * The text being gathered inside a cell: `<v>`, `<f>`, or an inline string's `<t>` (phonetic
 * `<rPh>` runs excluded).
 */
type Capture = "v" | "f" | "t" | null;

/**
 * Streams one worksheet part into a grid. Cells covered by a merged area (not its top-left
 * cell) are dropped, as Excel shows only the top-left value; merged areas stay ranges and are
 * never walked cell by cell, so one area of a whole sheet costs what one cell does.
 */
export function readSheet(
  pkg: ZipPackage,
  name: string,
  part: string,
  ctx: SheetContext,
  onBytes?: (bytes: number) => void,
): Grid {
  const reader = new SheetReader(ctx);
  visitXmlPart(pkg, part, ctx.label, reader, onBytes);
  return toGrid(name, reader.cells, reader.merges);
}

/**
 * The elements of a worksheet that make its grid, each read by its own method: `<row>`, `<c>`
 * and what a cell holds (`<v>`, `<f>`, `<is>`), `<mergeCell>`. Everything else is passed over.
 */
class SheetReader implements XmlVisitor {
  readonly cells: (Cell | undefined)[][] = [];
  readonly merges: MergedArea[] = [];
  /** Shared formulas by `si`: the master cell's formula and address. */
  private readonly shared = new Map<string, { formula: string; address: string }>();
  /** The place of the `<c>` being read, or of the last one. */
  private readonly at: Place = { row: -1, col: -1 };
  private inCell = false;
  /** The `<c>` being read: one record per sheet, refilled for each cell. */
  private readonly raw: RawCell = { type: "", value: null, formula: null, numFmt: undefined };
  private sharedIndex: string | null = null;
  private sharedRef = false;
  private capture: Capture = null;
  /** The text gathered for `capture`. */
  private gathered = "";
  private phonetic = 0;

  constructor(private readonly ctx: SheetContext) {}

  open(tag: string, a: Record<string, string>): void {
    if (this.inCell) this.openInCell(tag, a);
    else if (tag === "c") this.startCell(a);
    else if (tag === "row") this.startRow(a);
    else if (tag === "mergeCell") this.addMerge(a);
  }

  text(t: string): void {
    if (this.capture !== null) this.gathered += t;
  }

  close(tag: string): void {
    if (!this.inCell) return;
    const capture = this.capture;
    if (tag === "v" && capture === "v") {
      this.raw.value = this.gathered !== "" ? this.gathered : null;
      this.capture = null;
    } else if (tag === "f" && capture === "f") {
      this.capture = null;
      this.raw.formula = this.formulaOf(this.gathered);
    } else if (tag === "t" && capture === "t") this.capture = null;
    else if (tag === "rPh") this.phonetic--;
    else if (tag === "is") this.raw.value = this.gathered !== "" ? unescapeOoxml(this.gathered) : null;
    else if (tag === "c") this.endCell();
  }

  private startRow(a: Record<string, string>): void {
    const row = a.r !== undefined ? parseInt(a.r, 10) - 1 : this.at.row + 1;
    if (!(row >= 0 && row < MAX_ROWS)) this.corrupt();
    this.at.row = row;
    this.at.col = -1;
  }

  private startCell(a: Record<string, string>): void {
    const { r, t, s } = a;
    if (r === undefined) {
      if (++this.at.col >= MAX_COLS) this.corrupt();
    } else if (!readRef(r, this.at)) this.corrupt();
    this.raw.type = t ?? "";
    this.raw.value = null;
    this.raw.formula = null;
    this.raw.numFmt = this.ctx.styles[s !== undefined ? parseInt(s, 10) : 0];
    this.sharedIndex = null;
    this.inCell = true;
  }

  private openInCell(tag: string, a: Record<string, string>): void {
    if (tag === "v") this.startCapture("v");
    else if (tag === "f") {
      this.startCapture("f");
      this.sharedIndex = a.t === "shared" && a.si !== undefined ? a.si : null;
      this.sharedRef = a.ref !== undefined;
    } else if (tag === "is") this.gathered = "";
    else if (tag === "rPh") this.phonetic++;
    else if (tag === "t" && this.phonetic === 0) this.capture = "t";
  }

  private startCapture(what: Capture): void {
    this.capture = what;
    this.gathered = "";
  }

  private endCell(): void {
    this.inCell = false;
    const cell = toCell(this.raw, this.ctx);
    if (cell) {
      this.ctx.countCell();
      (this.cells[this.at.row] ??= [])[this.at.col] = cell;
    }
  }

  private addMerge(a: Record<string, string>): void {
    const area = parseRange(a.ref ?? "");
    if (area) {
      this.ctx.countCell();
      this.merges.push(area);
    }
  }

  /** A cell's formula: its own text, or the shared formula it takes part in. */
  private formulaOf(own: string): string | null {
    const address = cellAddress(this.at.row, this.at.col);
    if (this.sharedIndex !== null) {
      if (this.sharedRef && own !== "") {
        this.shared.set(this.sharedIndex, { formula: own, address });
        return own;
      }
      const master = this.shared.get(this.sharedIndex);
      return master ? slideFormula(master.formula, master.address, address) : "";
    }
    return own !== "" ? own : null;
  }

  private corrupt(): never {
    throw new WorkbookError("corrupt", this.ctx.label);
  }
}

const NARROW = 64;

/** The grid of a sheet's cells and merged areas, sized to both. */
function toGrid(name: string, cells: (Cell | undefined)[][], merges: MergedArea[]): Grid {
  dropCoveredCells(cells, merges);
  return { name, cells, merges, ...gridSize(cells, merges) };
}

/**
 * Drops the values of cells a merged area covers (only its top-left cell shows), visiting only
 * cells that exist.
 */
function dropCoveredCells(cells: (Cell | undefined)[][], merges: MergedArea[]): void {
  for (const m of merges) {
    if (m.top === m.bottom && m.left === m.right) continue;
    for (let r = m.top; r <= Math.min(m.bottom, cells.length - 1); r++) {
      const line = cells[r];
      if (!line) continue;
      const last = Math.min(m.right, line.length - 1);
      const first = r === m.top ? m.left + 1 : m.left;
      // A wide area (a whole sheet) looks only at the row's cells, a narrow one at its columns.
      if (last - m.left < NARROW) {
        for (let c = first; c <= last; c++) delete line[c];
      } else {
        for (const key of Object.keys(line)) {
          const c = Number(key);
          if (c >= first && c <= last) delete line[c];
        }
      }
    }
  }
}

/** Rows and columns covered by the cells and merged areas; a missing row becomes an empty one. */
function gridSize(cells: (Cell | undefined)[][], merges: MergedArea[]): { rowCount: number; colCount: number } {
  let rowCount = cells.length;
  let colCount = 0;
  for (let r = 0; r < cells.length; r++) {
    const line = (cells[r] ??= []);
    // Trailing cells dropped above leave a longer array; the last present cell counts.
    for (let c = line.length - 1; c >= 0; c--) {
      if (line[c] !== undefined) {
        colCount = Math.max(colCount, c + 1);
        break;
      }
    }
  }
  for (const m of merges) {
    rowCount = Math.max(rowCount, m.bottom + 1);
    colCount = Math.max(colCount, m.right + 1);
  }
  return { rowCount, colCount };
}
