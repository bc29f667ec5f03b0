import type { Cell, Grid, MergedArea } from "../../core/grid/grid";
import { parseAddress } from "../../core/grid/grid";
import { WorkbookError } from "../errors";
import { toCell, type RawCell, type ValueContext } from "./cell-value";
import { MAX_COLS, MAX_ROWS } from "./limits";
import { slideFormula } from "./shared-formula";
import type { StyleFormats } from "./styles";
import { unescapeOoxml, visitXmlPart } from "./xml";
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
  const cells: (Cell | undefined)[][] = [];
  const merges: MergedArea[] = [];
  /** Shared formulas by `si`: the master cell's formula and address. */
  const shared = new Map<string, { formula: string; address: string }>();
  let row = -1;
  let col = -1;
  let address = "";
  /** The `<c>` being read: one record per sheet, refilled for each cell. */
  const raw: RawCell = { type: "", value: null, formula: null, numFmt: undefined };
  let sharedIndex: string | null = null;
  let sharedRef = false;
  let capture: Capture = null;
  let text = "";
  let phonetic = 0;
  let inCell = false;

  const bad: () => never = () => {
    throw new WorkbookError("corrupt", ctx.label);
  };
  /** Sets row/col from a cell reference such as "AB12" (this runs for every cell: no regex). */
  const readRef = (ref: string): boolean => {
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
    row = r - 1;
    col = c - 1;
    return true;
  };

  visitXmlPart(
    pkg,
    part,
    ctx.label,
    {
      open(tag, a) {
        if (inCell) {
          if (tag === "v" || tag === "f") {
            capture = tag;
            text = "";
            if (tag === "f") {
              sharedIndex = a.t === "shared" && a.si !== undefined ? a.si : null;
              sharedRef = a.ref !== undefined;
            }
          } else if (tag === "is") text = "";
          else if (tag === "rPh") phonetic++;
          else if (tag === "t" && phonetic === 0) capture = "t";
          return;
        }
        if (tag === "c") {
          if (a.r === undefined) col++;
          else if (!readRef(a.r)) bad();
          if (col >= MAX_COLS) bad();
          address = a.r ?? "";
          raw.type = a.t ?? "";
          raw.value = null;
          raw.formula = null;
          raw.numFmt = ctx.styles[a.s !== undefined ? parseInt(a.s, 10) : 0];
          sharedIndex = null;
          inCell = true;
        } else if (tag === "row") {
          row = a.r !== undefined ? parseInt(a.r, 10) - 1 : row + 1;
          col = -1;
          if (!(row >= 0 && row < MAX_ROWS)) bad();
        } else if (tag === "mergeCell") {
          const area = parseRange(a.ref ?? "");
          if (area) {
            ctx.countCell();
            merges.push(area);
          }
        }
      },
      text(t) {
        if (capture !== null) text += t;
      },
      close(tag) {
        if (!inCell) return;
        if (tag === "v" && capture === "v") {
          raw.value = text !== "" ? text : null;
          capture = null;
        } else if (tag === "f" && capture === "f") {
          capture = null;
          raw.formula = formulaOf(text);
        } else if (tag === "t" && capture === "t") capture = null;
        else if (tag === "rPh") phonetic--;
        else if (tag === "is") raw.value = text !== "" ? unescapeOoxml(text) : null;
        else if (tag === "c") {
          inCell = false;
          const cell = toCell(raw, ctx);
          if (cell) {
            ctx.countCell();
            (cells[row] ??= [])[col] = cell;
          }
        }
      },
    },
    onBytes,
  );

  /** A cell's formula: its own text, or the shared formula it takes part in. */
  function formulaOf(own: string): string | null {
    const cellAddress = address || addressOf(row, col);
    if (sharedIndex !== null) {
      if (sharedRef && own !== "") {
        shared.set(sharedIndex, { formula: own, address: cellAddress });
        return own;
      }
      const master = shared.get(sharedIndex);
      return master ? slideFormula(master.formula, master.address, cellAddress) : "";
    }
    return own !== "" ? own : null;
  }

  return toGrid(name, cells, merges);
}

function addressOf(row: number, col: number): string {
  let n = col + 1;
  let letters = "";
  while (n > 0) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return `${letters}${row + 1}`;
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
