import type { Cell, Grid } from "../../src/core/grid/grid";
import { parseAddress } from "../../src/core/grid/grid";
import type {
  Capabilities,
  CellMark,
  CellWrite,
  ReadRequest,
  ResultLine,
  RevertResult,
  WorkbookContents,
  WorkbookPort,
  WriteResult,
} from "../../src/port/workbook-port";

/**
 * An in-memory workbook behind the WorkbookPort, for the task-pane tests and the browser harness.
 * It records every call so a test can assert what the pane asked for, and keeps a snapshot of the
 * cells it overwrote (a cell's first write wins, as in the Excel adapter) so revert() restores
 * them exactly.
 * No Node APIs: webpack bundles it into the browser harness.
 */
export interface MemoryPortLog {
  writes: CellWrite[][];
  marks: CellMark[][];
  clears: number;
  resultSheets: { title: string; lines: ResultLine[] }[];
  selections: { sheet: string; address: string }[];
  reverts: number;
  /** Whole-workbook reads (readWorkbook, or a read carried by writeValues/revert). */
  workbookReads: number;
}

interface SnapshotEntry {
  sheet: string;
  address: string;
  cell: Cell | undefined;
}

export class MemoryPort implements WorkbookPort {
  readonly log: MemoryPortLog = {
    writes: [],
    marks: [],
    clears: 0,
    resultSheets: [],
    selections: [],
    reverts: 0,
    workbookReads: 0,
  };
  private readonly sheets: Map<string, Grid>;
  private readonly settings = new Map<string, unknown>();
  /** The cells as they were before their first write, by cell; empty when there is nothing to revert. */
  private snapshot = new Map<string, SnapshotEntry>();
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

  async readWorkbook(settings: string[]): Promise<WorkbookContents> {
    this.log.workbookReads++;
    const found: Record<string, unknown> = {};
    for (const key of settings) if (this.settings.has(key)) found[key] = await this.getSetting(key);
    return { grids: [...this.sheets.values()].map(cloneGrid), settings: found };
  }

  async writeValues(writes: CellWrite[], then?: ReadRequest): Promise<WriteResult> {
    this.log.writes.push(writes.map((w) => ({ ...w })));
    for (const w of writes) {
      const key = `${w.sheet}!${w.address}`;
      if (!this.snapshot.has(key))
        this.snapshot.set(key, { sheet: w.sheet, address: w.address, cell: this.cellAt(w.sheet, w.address) });
      const cell: Cell = { value: w.value, text: String(w.value) };
      if (w.numberFormat) cell.numberFormat = w.numberFormat;
      this.setCell(w.sheet, w.address, cell);
    }
    const result: WriteResult = { written: writes.length, canRevert: this.snapshot.size > 0 };
    if (then) result.contents = await this.readWorkbook(then.settings);
    return result;
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
    return this.snapshot.size > 0;
  }

  async revert(then?: ReadRequest): Promise<RevertResult> {
    this.log.reverts++;
    const entries = [...this.snapshot.values()];
    for (const e of entries) this.setCell(e.sheet, e.address, e.cell);
    this.snapshot.clear();
    const result: RevertResult = { restored: entries.length };
    if (then) result.contents = await this.readWorkbook(then.settings);
    return result;
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
