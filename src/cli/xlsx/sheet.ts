import type { Cell, Grid, MergedArea } from "../../core/grid/grid";
import { cellAddress, parseAddress } from "../../core/grid/grid";
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

/** "B3:D5" (or one cell "B3") → 0-based area; null when it is not a range inside Excel's grid. */
export function parseRange(ref: string): MergedArea | null {
  const [a, b = a] = ref.split(":");
  const p = parseAddress(a);
  const q = parseAddress(b);
  if (!p || !q) return null;
  const area = {
    top: Math.min(p.row, q.row),
    left: Math.min(p.col, q.col),
    bottom: Math.max(p.row, q.row),
    right: Math.max(p.col, q.col),
  };
  return area.top < 0 || area.left < 0 || area.bottom >= MAX_ROWS || area.right >= MAX_COLS ? null : area;
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
  private row = -1;
  private col = -1;
  private inCell = false;
  /** The `<c>` being read: one record per sheet, refilled for each cell. */
  private readonly raw: RawCell = { type: "", value: null, formula: null, numFmt: undefined };
  /** The cell's `r=` as written ("" when absent): a shared formula slides from it. */
  private address = "";
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
    this.row = a.r !== undefined ? parseInt(a.r, 10) - 1 : this.row + 1;
    this.col = -1;
    if (!(this.row >= 0 && this.row < MAX_ROWS)) this.corrupt();
  }

  private startCell(a: Record<string, string>): void {
    const { r, t, s } = a;
    if (r === undefined) this.col++;
    else if (!this.readRef(r)) this.corrupt();
    if (this.col >= MAX_COLS) this.corrupt();
    this.address = r ?? "";
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
      (this.cells[this.row] ??= [])[this.col] = cell;
    }
  }

  private addMerge(a: Record<string, string>): void {
    const area = parseRange(a.ref ?? "");
    if (area) {
      this.ctx.countCell();
      this.merges.push(area);
    }
  }

  /** Sets row/col from a cell reference such as "AB12" (this runs for every cell: no regex). */
  private readRef(ref: string): boolean {
    let c = 0;
    let r = 0;
    let i = 0;
    for (; i < ref.length; i++) {
      const ch = ref.charCodeAt(i);
      if (ch >= 65 && ch <= 90) c = c * 26 + ch - 64;
      else if (ch >= 97 && ch <= 122) c = c * 26 + ch - 96;
      else break;
    }
    for (let j = i; j < ref.length; j++) {
      const ch = ref.charCodeAt(j);
      if (ch < 48 || ch > 57) return false;
      r = r * 10 + ch - 48;
    }
    if (c === 0 || r === 0 || i === ref.length || r > MAX_ROWS) return false;
    this.row = r - 1;
    this.col = c - 1;
    return true;
  }

  /** A cell's formula: its own text, or the shared formula it takes part in. */
  private formulaOf(own: string): string | null {
    const address = this.address || cellAddress(this.row, this.col);
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

/**
 * Drops the values of cells a merged area covers (only its top-left cell shows), visiting only
 * cells that exist, and sizes the grid to its cells and areas.
 */
function toGrid(name: string, cells: (Cell | undefined)[][], merges: MergedArea[]): Grid {
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
  return { name, cells, merges, rowCount, colCount };
}
