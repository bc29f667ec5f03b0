import type { Cell, Grid } from "../../src/core/grid/grid";
import { parseAddress } from "../../src/core/grid/grid";
import type {
  Capabilities,
  CellMark,
  CellWrite,
  ResultLine,
  RevertResult,
  WorkbookPort,
} from "../../src/port/workbook-port";

/**
 * An in-memory workbook behind the WorkbookPort, for the task-pane tests and the browser harness.
 * It records every call so a test can assert what the pane asked for, and keeps a snapshot of the
 * cells it overwrote (first write wins, as in the Excel adapter) so revert() restores them exactly.
 * No Node APIs: webpack bundles it into the browser harness.
 */
export interface MemoryPortLog {
  writes: CellWrite[][];
  marks: CellMark[][];
  clears: number;
  resultSheets: { title: string; lines: ResultLine[] }[];
  selections: { sheet: string; address: string }[];
  reverts: number;
}

interface SnapshotEntry {
  sheet: string;
  address: string;
  cell: Cell | undefined;
}

export class MemoryPort implements WorkbookPort {
  readonly log: MemoryPortLog = { writes: [], marks: [], clears: 0, resultSheets: [], selections: [], reverts: 0 };
  private readonly sheets: Map<string, Grid>;
  private readonly settings = new Map<string, unknown>();
  private snapshot: SnapshotEntry[] | null = null;
  private active: string;

  constructor(
    grids: Grid[],
    private readonly caps: Capabilities = { excelApi: "1.14", notes: false, comments: true, mergedAreas: true },
  ) {
    this.sheets = new Map(grids.map((g) => [g.name, cloneGrid(g)]));
    this.active = grids[0]?.name ?? "";
  }

  async capabilities(): Promise<Capabilities> {
    return this.caps;
  }

  async listSheets(): Promise<string[]> {
    return [...this.sheets.keys()];
  }

  async activeSheet(): Promise<string> {
    return this.active;
  }

  async readSheet(sheet: string): Promise<Grid> {
    return cloneGrid(this.grid(sheet));
  }

  async writeValues(writes: CellWrite[]): Promise<void> {
    this.log.writes.push(writes.map((w) => ({ ...w })));
    if (writes.length === 0) return;
    if (!this.snapshot) {
      this.snapshot = writes.map((w) => ({
        sheet: w.sheet,
        address: w.address,
        cell: this.cellAt(w.sheet, w.address),
      }));
    }
    for (const w of writes) {
      const cell: Cell = { value: w.value, text: String(w.value) };
      if (w.numberFormat) cell.numberFormat = w.numberFormat;
      this.setCell(w.sheet, w.address, cell);
    }
  }

  async markCells(marks: CellMark[]): Promise<void> {
    this.log.marks.push(marks.map((m) => ({ ...m })));
  }

  async clearMarks(): Promise<void> {
    this.log.clears++;
  }

  async writeResultSheet(lines: ResultLine[], title: string): Promise<void> {
    this.log.resultSheets.push({ title, lines });
  }

  async selectCell(sheet: string, address: string): Promise<void> {
    this.grid(sheet);
    this.active = sheet;
    this.log.selections.push({ sheet, address });
  }

  async canRevert(): Promise<boolean> {
    return this.snapshot !== null;
  }

  async revert(): Promise<RevertResult> {
    this.log.reverts++;
    const entries = this.snapshot ?? [];
    for (const e of entries) this.setCell(e.sheet, e.address, e.cell);
    this.snapshot = null;
    return { restored: entries.length };
  }

  async getSetting<T = unknown>(key: string): Promise<T | undefined> {
    return this.settings.get(key) as T | undefined;
  }

  async setSetting(key: string, value: unknown): Promise<void> {
    // Stored as JSON, as Office's settings are: what comes back is a copy.
    this.settings.set(key, JSON.parse(JSON.stringify(value)));
  }

  /** The cell as the workbook holds it now (tests and the browser harness read results back). */
  cellAt(sheet: string, address: string): Cell | undefined {
    const at = this.at(address);
    const cell = this.grid(sheet).cells[at.row]?.[at.col];
    return cell ? { ...cell } : undefined;
  }

  private setCell(sheet: string, address: string, cell: Cell | undefined): void {
    const grid = this.grid(sheet);
    const at = this.at(address);
    while (grid.cells.length <= at.row) grid.cells.push([]);
    grid.cells[at.row][at.col] = cell ? { ...cell } : undefined;
    grid.rowCount = Math.max(grid.rowCount, at.row + 1);
    grid.colCount = Math.max(grid.colCount, at.col + 1);
  }

  private grid(sheet: string): Grid {
    const grid = this.sheets.get(sheet);
    if (!grid) throw new Error(`No sheet named ${sheet}`);
    return grid;
  }

  private at(address: string): { row: number; col: number } {
    const at = parseAddress(address);
    if (!at) throw new Error(`Not a cell address: ${address}`);
    return at;
  }
}

function cloneGrid(g: Grid): Grid {
  return {
    ...g,
    cells: g.cells.map((r) => (r ? r.map((c) => (c ? { ...c } : undefined)) : [])),
    merges: g.merges.map((m) => ({ ...m })),
  };
}
