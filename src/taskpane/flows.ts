import { cellAddress, parseAddress } from "../core/grid/grid";
import { MergeIndex } from "../core/layout/merges";
import type { ManualMapping } from "../core/layout/types";
import type { CellMove } from "../core/report/schema";
import type { CellValue, CellWrite, SkippedCell, WorkbookContents, WorkbookPort } from "../port/workbook-port";
import type { Checker, WorkbookCheck } from "./check-types";
import { parseSavedMappings, withMapping, withoutMapping } from "./model/mapping";

/**
 * What the task pane asks of the workbook for each user action, in which order, apart from React
 * (the hooks call these; the tests and the bench call the same functions). Each action reads the
 * whole workbook once: 検証 is one readWorkbook; 適用 and 元に戻す carry their re-check inside the
 * write, so the adapter shares round trips between them. 適用 sends with each write what the check
 * read in its cell and its row's indicator cell, so a cell changed or a row moved since is left alone.
 */

export const MAPPING_SETTING = "mapping";
/** The sheet the pane writes its findings list to; never checked itself. */
export const RESULT_SHEET = "検証結果";

/** The settings every check needs. */
const SETTINGS = [MAPPING_SETTING];

export interface Checked {
  check: WorkbookCheck;
  /** The manual mappings saved in the workbook (one per corrected table), as the check used them. */
  mappings: ManualMapping[];
  /** Hidden sheets that were not checked. */
  hidden: string[];
}

export interface Applied extends Checked {
  /** Cells the port changed. */
  written: number;
  /** Ticked targets left unwritten (changed since the check, row moved, sheet gone or protected). */
  skipped: SkippedCell[];
  canRevert: boolean;
}

export interface Reverted extends Checked {
  restored: number;
  /** Cells left as they are (changed after 適用, row moved, sheet gone or protected). */
  skipped: SkippedCell[];
  /** An earlier 適用 is left to take back. */
  canRevert: boolean;
}

async function checkContents(contents: WorkbookContents, checker: Checker): Promise<Checked> {
  const mappings = parseSavedMappings(contents.settings[MAPPING_SETTING]);
  const grids = contents.grids.filter((g) => g.name !== RESULT_SHEET);
  return { check: await checker(grids, mappings), mappings, hidden: contents.hidden };
}

function valueAt(check: WorkbookCheck, sheet: string, address: string): CellValue {
  const at = parseAddress(address);
  const grid = check.grids.find((g) => g.name === sheet);
  return (at && grid?.cells[at.row]?.[at.col]?.value) ?? null;
}

/**
 * The indicator cell of the table row at `row` (0-based) on `sheet`, found from the check's layouts
 * (the tables themselves stay in the worker); null outside every table's data rows.
 */
function indicatorAddress(check: WorkbookCheck, sheet: string, row: number): string | null {
  const layout = (check.layouts[sheet] ?? []).find(
    (l) => row >= l.dataTop && row <= l.dataBottom && !l.repeatedHeaderRows.includes(row),
  );
  const col = layout?.columns.indicator;
  return col === undefined ? null : cellAddress(row, col);
}

/**
 * The writes with what each must still find: its cell's value and its row's indicator as `check`
 * read them. A write outside the check's tables carries only the cell's value.
 */
export function guardedWrites(check: WorkbookCheck, writes: CellWrite[]): CellWrite[] {
  return writes.map((w) => {
    const at = parseAddress(w.address);
    const indicator = at ? indicatorAddress(check, w.sheet, at.row) : null;
    const label = indicator ? { address: indicator, value: valueAt(check, w.sheet, indicator) } : null;
    return { ...w, expect: { value: valueAt(check, w.sheet, w.address), ...(label ? { label } : {}) } };
  });
}

/** A port may ignore the read-back request (it is optional in the contract): then read apart. */
async function contentsOr(port: WorkbookPort, contents: WorkbookContents | undefined): Promise<WorkbookContents> {
  return contents ?? port.readWorkbook(SETTINGS);
}

/** 検証 (and 目標値を再計算): every sheet and the saved mappings, then the check. */
export async function validateWorkbook(port: WorkbookPort, checker: Checker): Promise<Checked> {
  return checkContents(await port.readWorkbook(SETTINGS), checker);
}

/**
 * 適用: the ticked targets written where the workbook still is as `basis` (the check the preview
 * came from) read it, and the workbook checked again as it now is.
 */
export async function applyTargets(
  port: WorkbookPort,
  checker: Checker,
  writes: CellWrite[],
  basis?: WorkbookCheck,
): Promise<Applied> {
  const guarded = basis ? guardedWrites(basis, writes) : writes;
  const { written, skipped, canRevert, contents } = await port.writeValues(guarded, { settings: SETTINGS });
  return { ...(await checkContents(await contentsOr(port, contents), checker)), written, skipped, canRevert };
}

/** 元に戻す: the last 適用 taken back (cells changed since are left), and the workbook checked again. */
export async function revertTargets(port: WorkbookPort, checker: Checker): Promise<Reverted> {
  const { restored, skipped, canRevert, contents } = await port.revert({ settings: SETTINGS });
  return { ...(await checkContents(await contentsOr(port, contents), checker)), restored, skipped, canRevert };
}

/**
 * この対応で保存して再検証: a table's mapping saved with the others, in place of the one it was
 * edited from (`replaces`), then 検証.
 */
export async function saveMappingAndCheck(
  port: WorkbookPort,
  checker: Checker,
  mapping: ManualMapping,
  replaces?: ManualMapping,
): Promise<Checked> {
  const next = withMapping(parseSavedMappings(await port.getSetting(MAPPING_SETTING)), mapping, replaces);
  await port.setSetting(MAPPING_SETTING, next);
  return validateWorkbook(port, checker);
}

/** 自動認識に戻す: one table's saved mapping dropped (the sheet's others kept), then 検証. */
export async function forgetMappingAndCheck(
  port: WorkbookPort,
  checker: Checker,
  mapping: ManualMapping,
): Promise<Checked> {
  const next = withoutMapping(parseSavedMappings(await port.getSetting(MAPPING_SETTING)), mapping);
  await port.setSetting(MAPPING_SETTING, next);
  return validateWorkbook(port, checker);
}

/** The code of the finding whose moves 列のずれを直す carries out. */
const SHIFT = "COLUMN_SHIFT";

/** One shifted row the fix can realign: its sheet, row, and the cells it moves. */
export interface Realignment {
  sheet: string;
  row: number;
  moves: CellMove[];
}

/**
 * The COLUMN_SHIFT rows 列のずれを直す can realign: every moved cell a plain value (no formula, not
 * in a merged area). A destination that holds text and is not moved on keeps it: the moved text
 * joins it on a new line (a label the PDF split over two columns), so nothing is lost.
 */
export function realignments(check: WorkbookCheck): Realignment[] {
  return check.report.sheets.flatMap((sheet) => {
    const grid = check.grids.find((g) => g.name === sheet.name);
    if (!grid) return [];
    // Indexed: a long sheet has thousands of merges and its shifted rows as many moves.
    const merges = new MergeIndex(grid.merges);
    return sheet.findings.flatMap((f) => {
      const moves = f.code === SHIFT && f.row !== null ? (f.moves ?? []) : [];
      if (moves.length === 0) return [];
      const from = new Set(moves.map((m) => m.from));
      const plain = (address: string): boolean => {
        const at = parseAddress(address);
        if (!at) return false;
        return merges.find(at.row, at.col) === null && grid.cells[at.row]?.[at.col]?.formula === undefined;
      };
      const joinable = (m: CellMove): boolean => {
        const there = valueAt(check, sheet.name, m.to);
        return from.has(m.to) || there === null || (typeof there === "string" && m.text !== "");
      };
      const ok = moves.every((m) => plain(m.from) && plain(m.to) && joinable(m));
      return ok ? [{ sheet: sheet.name, row: f.row!, moves }] : [];
    });
  });
}

/**
 * The writes that realign rows: each destination gets its source's value (and number format) —
 * joined after the text it holds when it is not moved on itself — each source not refilled is
 * emptied; every cell guarded by what the check read there.
 */
export function realignWrites(check: WorkbookCheck, rows: Realignment[]): CellWrite[] {
  return rows.flatMap(({ sheet, moves }) => {
    const grid = check.grids.find((g) => g.name === sheet)!;
    const cellOf = (address: string) => {
      const at = parseAddress(address)!;
      return grid.cells[at.row]?.[at.col];
    };
    const to = new Set(moves.map((m) => m.to));
    const from = new Set(moves.map((m) => m.from));
    const filled: CellWrite[] = moves.map((m) => {
      const source = cellOf(m.from);
      const value = source?.value;
      const kept = from.has(m.to) ? null : cellOf(m.to)?.value;
      if (typeof kept === "string") return { sheet, address: m.to, value: `${kept}\n${String(value ?? "")}` };
      const w: CellWrite = { sheet, address: m.to, value: typeof value === "number" ? value : String(value ?? "") };
      if (source?.numberFormat) w.numberFormat = source.numberFormat;
      return w;
    });
    const emptied: CellWrite[] = moves
      .filter((m) => !to.has(m.from))
      .map((m) => ({ sheet, address: m.from, value: "" }));
    const group = `${sheet}!${moves[0].from}`;
    return [...emptied, ...filled].map((w) => ({ ...w, group, expect: { value: valueAt(check, sheet, w.address) } }));
  });
}

/** 列のずれを直す: the rows realigned as one undo step (元に戻す takes it back like 適用), and the workbook checked again. */
export async function realignRows(
  port: WorkbookPort,
  checker: Checker,
  basis: WorkbookCheck,
  rows: Realignment[],
): Promise<Applied> {
  const { written, skipped, canRevert, contents } = await port.writeValues(realignWrites(basis, rows), {
    settings: SETTINGS,
  });
  return { ...(await checkContents(await contentsOr(port, contents), checker)), written, skipped, canRevert };
}
