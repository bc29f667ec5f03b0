import type { Grid } from "../core/grid/grid";
import type { ResultsTable } from "../core/report/results-sheet";
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

export type CellValue = string | number | boolean | null;

/**
 * What a write must still find to go ahead: the target cell and its row as the check read them
 * (Grid reading: dates as their text, null for an empty cell). Anything else means the user
 * changed the cell or moved the row since, and the write is skipped.
 */
export interface WriteExpectation {
  value: CellValue;
  /** The row's indicator cell: a row inserted or deleted above moves another indicator here. */
  label?: { address: string; value: CellValue };
}

/** One value written into a cell (a computed target). */
export interface CellWrite {
  sheet: string;
  address: string;
  value: string | number;
  numberFormat?: string;
  expect?: WriteExpectation;
  /** Writes sharing a group (one realigned row) go ahead together or not at all. */
  group?: string;
}

/**
 * Why a cell was left as it is: changed since the check or the write ("changed"), its row moved
 * ("moved"), its sheet gone ("sheet-missing") or protected ("protected"), another write of its
 * group refused ("group"); for marks taken off, a thread with replies resolved instead of deleted
 * ("replied"), a note the user edited kept ("edited").
 */
export type SkipReason = "changed" | "moved" | "sheet-missing" | "protected" | "group" | "replied" | "edited";

export interface SkippedCell {
  sheet: string;
  address: string;
  reason: SkipReason;
  /** 元に戻す: what the cell held before 適用 (so the user can put it back by hand). */
  original?: string | number | boolean;
}

/** A cell marked with a finding: fill colour by severity, and a note/comment where supported. */
export interface CellMark {
  sheet: string;
  address: string;
  severity: Severity;
  /** Text for the note or comment (the findings' messages for that cell). */
  text: string;
}

export interface RevertResult {
  /** Cells whose value and format were put back. */
  restored: number;
  /** Cells of the undone step left as they are (changed after 適用, row moved, sheet gone or protected). */
  skipped: SkippedCell[];
  /** Whether an earlier 適用 is left to take back (each 適用 is one undo step). */
  canRevert: boolean;
  /** The workbook as it is after the revert, when a ReadRequest was given. */
  contents?: WorkbookContents;
}

/** Every sheet the pane checks, and the settings it asked for, read in one go. */
export interface WorkbookContents {
  /** The user's sheets in tab order (not the add-in's snapshot sheet, not its own result sheet). */
  grids: Grid[];
  /** Hidden sheets left unchecked (the summary says so). */
  hidden: string[];
  /** The requested settings that exist, by key. */
  settings: Record<string, unknown>;
}

/** Read the workbook back at the end of a write or revert, sharing its round trips: which settings to return. */
export interface ReadRequest {
  settings: string[];
  /** Check hidden sheets too (very hidden ones never). Default: not. */
  hiddenSheets?: boolean;
}

export interface WriteResult {
  /** Cells actually changed (a cell already holding the value is not written). */
  written: number;
  /** Writes refused because the cell or its row is not what the check saw, or its sheet is gone or protected. */
  skipped: SkippedCell[];
  /** Whether a snapshot of written values now exists (what canRevert() would answer). */
  canRevert: boolean;
  /** The workbook as it is after the write, when a ReadRequest was given. */
  contents?: WorkbookContents;
}

export interface MarkResult {
  marked: number;
  /** Marks not made (sheet gone or protected). */
  skipped: SkippedCell[];
}

export interface ClearResult {
  /** Marks taken off. */
  cleared: number;
  /** Notes/comments kept: threads with replies (resolved), notes the user edited, protected sheets. */
  kept: SkippedCell[];
}

export interface FinalizeResult extends ClearResult {
  /** Whether an undo record was dropped (元に戻す is no longer possible). */
  dropped: boolean;
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
  readWorkbook(settings: string[], options?: { hiddenSheets?: boolean }): Promise<WorkbookContents>;
  /**
   * Writes values, each only where the cell and its row still hold what `expect` says (else it
   * is skipped and listed). Before writing, records every cell it changes (value, number format)
   * as one undo step in the workbook, so revert() works after a save and reopen. Text is written
   * so Excel keeps it as text. With `then`, reads the workbook back in the same batch.
   */
  writeValues(writes: CellWrite[], then?: ReadRequest): Promise<WriteResult>;
  /**
   * Marks cells by severity (fill colour; note or comment, carrying the add-in's marker, where the
   * cell has none of the user's), recording the original fills before touching a cell.
   */
  markCells(marks: CellMark[]): Promise<MarkResult>;
  /**
   * Takes the marks off: original fills back; the add-in's own notes/comments removed (a thread
   * with replies resolved instead, a note the user edited kept).
   */
  clearMarks(): Promise<ClearResult>;
  /**
   * Writes the 検証結果 sheets, one per table as describeResults() gives them (one language, its
   * columns and widths, each finding linked to its cell); returns the sheets' names in the tables'
   * order. Each sheet is the add-in's own (known by id): a user's sheet holding the name is left
   * alone and a free name taken; columns the user added beside the table are kept on a rerun.
   */
  writeResultSheet(tables: ResultsTable[]): Promise<string[]>;
  selectCell(sheet: string, address: string): Promise<void>;
  /** True when a snapshot of written values exists in the workbook (the 元に戻す button). */
  canRevert(): Promise<boolean>;
  /**
   * Takes back the last writeValues (one undo step): each cell that still holds what the write
   * left, in a row that has not moved, gets its value and format back; the others are left and
   * listed. With `then`, reads the workbook back in the same batch.
   */
  revert(then?: ReadRequest): Promise<RevertResult>;
  /** 「確定」: takes the marks off and drops the undo record (the hidden sheet) before submission. */
  finalize(): Promise<FinalizeResult>;
  /** Settings stored in the workbook (the manual column mapping, the language). */
  getSetting<T = unknown>(key: string): Promise<T | undefined>;
  setSetting(key: string, value: unknown): Promise<void>;
}
