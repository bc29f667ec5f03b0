import type { Cell, Grid } from "../../src/core/grid/grid";
import { parseAddress } from "../../src/core/grid/grid";
import type {
  Capabilities,
  CellMark,
  CellWrite,
  ClearResult,
  FinalizeResult,
  MarkResult,
  ReadRequest,
  RevertResult,
  SkippedCell,
  WorkbookContents,
  WorkbookPort,
  WriteResult,
} from "../../src/port/workbook-port";
import type { ResultsTable } from "../../src/core/report/results-sheet";

/**
 * An in-memory workbook behind the WorkbookPort, for the task-pane tests and the browser harness.
 * It records every call so a test can assert what the pane asked for, and keeps one undo step per
 * writeValues (as the Excel adapter does) so revert() takes back the last one exactly. A write
 * whose `expect.value` is not what the cell holds is skipped, as in the adapter.
 * No Node APIs: webpack bundles it into the browser harness.
 */
export interface MemoryPortLog {
  writes: CellWrite[][];
  marks: CellMark[][];
  clears: number;
  resultSheets: ResultsTable[][];
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
  /** One undo step per write: the cells as they were before it. */
  private steps: SnapshotEntry[][] = [];
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
    return { grids: [...this.sheets.values()].map(cloneGrid), settings: found, hidden: [] };
  }

  async writeValues(writes: CellWrite[], then?: ReadRequest): Promise<WriteResult> {
    this.log.writes.push(writes.map((w) => ({ ...w })));
    const step: SnapshotEntry[] = [];
    const skipped: SkippedCell[] = [];
    for (const w of writes) {
      const before = this.cellAt(w.sheet, w.address);
      if (w.expect && (before?.value ?? null) !== w.expect.value) {
        skipped.push({ sheet: w.sheet, address: w.address, reason: "changed" });
        continue;
      }
      step.push({ sheet: w.sheet, address: w.address, cell: before });
      const cell: Cell = { value: w.value, text: String(w.value) };
      if (w.numberFormat) cell.numberFormat = w.numberFormat;
      this.setCell(w.sheet, w.address, cell);
    }
    if (step.length > 0) this.steps.push(step);
    const result: WriteResult = { written: step.length, skipped, canRevert: this.steps.length > 0 };
    if (then) result.contents = await this.readWorkbook(then.settings);
    return result;
  }

  async markCells(marks: CellMark[]): Promise<MarkResult> {
    this.log.marks.push(marks.map((m) => ({ ...m })));
    return { marked: marks.length, skipped: [] };
  }

  async clearMarks(): Promise<ClearResult> {
    this.log.clears++;
    return { cleared: this.log.marks.at(-1)?.length ?? 0, kept: [] };
  }

  async finalize(): Promise<FinalizeResult> {
    const cleared = await this.clearMarks();
    const dropped = this.steps.length > 0;
    this.steps = [];
    return { ...cleared, dropped };
  }

  async writeResultSheet(tables: ResultsTable[]): Promise<string[]> {
    this.log.resultSheets.push(tables);
    return tables.map((t) => t.sheetName);
  }

  async selectCell(sheet: string, address: string): Promise<void> {
    this.grid(sheet);
    this.active = sheet;
    this.log.selections.push({ sheet, address });
  }

  async canRevert(): Promise<boolean> {
    return this.steps.length > 0;
  }

  async revert(then?: ReadRequest): Promise<RevertResult> {
    this.log.reverts++;
    const entries = this.steps.pop() ?? [];
    for (const e of [...entries].reverse()) this.setCell(e.sheet, e.address, e.cell);
    const result: RevertResult = { restored: entries.length, skipped: [], canRevert: this.steps.length > 0 };
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
