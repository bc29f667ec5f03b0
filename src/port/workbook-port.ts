import type { Grid } from "../core/grid/grid";
import type { Severity } from "../core/report/schema";

/**
 * The seam between the task pane and a workbook. The Office.js adapter (src/excel) implements
 * it for Excel; tests and the browser test use an in-memory workbook. The task pane never
 * touches Office.js directly.
 */

/** What the host supports, decided from requirement sets at run time. */
export interface Capabilities {
  /** ExcelApi version reached, e.g. "1.14"; "none" outside Excel. */
  excelApi: string;
  /** Cell notes (ExcelApi 1.18). */
  notes: boolean;
  /** Threaded comments (ExcelApi 1.10). */
  comments: boolean;
  /** Merged areas readable (ExcelApi 1.13); without it the reader fills down by headers. */
  mergedAreas: boolean;
}

/** One value written into a cell (a computed target). */
export interface CellWrite {
  sheet: string;
  address: string;
  value: string | number;
  numberFormat?: string;
}

/** A cell marked with a finding: fill colour by severity, and a note/comment where supported. */
export interface CellMark {
  sheet: string;
  address: string;
  severity: Severity;
  /** Text for the note or comment (the findings' messages for that cell). */
  text: string;
}

/** A row of the 検証結果 sheet. */
export interface ResultLine {
  sheet: string;
  address: string | null;
  severity: Severity;
  code: string;
  message: string;
}

export interface RevertResult {
  /** Cells whose value and format were put back. */
  restored: number;
  /** The workbook as it is after the revert, when a ReadRequest was given. */
  contents?: WorkbookContents;
}

/** Every sheet the pane checks, and the settings it asked for, read in one go. */
export interface WorkbookContents {
  /** The user's sheets in tab order (not the add-in's snapshot sheet, not its own result sheet). */
  grids: Grid[];
  /** The requested settings that exist, by key. */
  settings: Record<string, unknown>;
}

/** Read the workbook back at the end of a write or revert, sharing its round trips: which settings to return. */
export interface ReadRequest {
  settings: string[];
}

export interface WriteResult {
  /** Cells actually changed (a cell already holding the value is not written). */
  written: number;
  /** Whether a snapshot of written values now exists (what canRevert() would answer). */
  canRevert: boolean;
  /** The workbook as it is after the write, when a ReadRequest was given. */
  contents?: WorkbookContents;
}

export interface WorkbookPort {
  capabilities(): Promise<Capabilities>;
  listSheets(): Promise<string[]>;
  activeSheet(): Promise<string>;
  /** Values, displayed text, number formats and merged areas of the used range. */
  readSheet(sheet: string): Promise<Grid>;
  /**
   * Every sheet of listSheets() read as by readSheet(), with the given settings, in one batch of
   * constant round trips (the task pane's 検証).
   */
  readWorkbook(settings: string[]): Promise<WorkbookContents>;
  /**
   * Writes values. Before writing, snapshots every cell it will change (value, number format,
   * fill) into the workbook, so revert() works after a save and reopen. With `then`, reads the
   * workbook back in the same batch (the task pane's 適用 and its re-check).
   */
  writeValues(writes: CellWrite[], then?: ReadRequest): Promise<WriteResult>;
  /** Marks cells by severity (fill colour; note or comment when supported), snapshotting the original formats. */
  markCells(marks: CellMark[]): Promise<void>;
  /** Removes the marks, restoring the cells' original fills and removing the notes it added. */
  clearMarks(): Promise<void>;
  /** Writes (replaces) the 検証結果 sheet, each line linked to its cell. */
  writeResultSheet(lines: ResultLine[], title: string): Promise<void>;
  selectCell(sheet: string, address: string): Promise<void>;
  /** True when a snapshot of written values exists in the workbook (the 元に戻す button). */
  canRevert(): Promise<boolean>;
  /**
   * Puts back every value and format saved before the last writeValues, then drops the snapshot
   * (so nothing is left to revert). With `then`, reads the workbook back in the same batch.
   */
  revert(then?: ReadRequest): Promise<RevertResult>;
  /** Settings stored in the workbook (the manual column mapping, the language). */
  getSetting<T = unknown>(key: string): Promise<T | undefined>;
  setSetting(key: string, value: unknown): Promise<void>;
}
