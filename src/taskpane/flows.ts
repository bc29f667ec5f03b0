import { parseAddress } from "../core/grid/grid";
import type { ManualMapping } from "../core/layout/types";
import type { CellValue, CellWrite, SkippedCell, WorkbookContents, WorkbookPort } from "../port/workbook-port";
import type { Checker, WorkbookCheck } from "./checker";
import { parseSavedMappings, withMapping } from "./model/mapping";

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
  /** The manual mappings saved in the workbook (one per sheet), as the check used them. */
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

function checkContents(contents: WorkbookContents, checker: Checker): Checked {
  const mappings = parseSavedMappings(contents.settings[MAPPING_SETTING]);
  const grids = contents.grids.filter((g) => g.name !== RESULT_SHEET);
  return { check: checker(grids, mappings), mappings, hidden: contents.hidden };
}

function valueAt(check: WorkbookCheck, sheet: string, address: string): CellValue {
  const at = parseAddress(address);
  const grid = check.grids.find((g) => g.name === sheet);
  return (at && grid?.cells[at.row]?.[at.col]?.value) ?? null;
}

/**
 * The writes with what each must still find: its cell's value and its row's indicator as `check`
 * read them. A write outside the check's rows carries only the cell's value.
 */
export function guardedWrites(check: WorkbookCheck, writes: CellWrite[]): CellWrite[] {
  return writes.map((w) => {
    const at = parseAddress(w.address);
    const row = (check.tables[w.sheet] ?? []).flatMap((t) => t.rows).find((r) => at && r.row === at.row + 1);
    const indicator = row?.cells.indicator;
    const label = indicator ? { address: indicator.address, value: valueAt(check, w.sheet, indicator.address) } : null;
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
  return { ...checkContents(await contentsOr(port, contents), checker), written, skipped, canRevert };
}

/** 元に戻す: the last 適用 taken back (cells changed since are left), and the workbook checked again. */
export async function revertTargets(port: WorkbookPort, checker: Checker): Promise<Reverted> {
  const { restored, skipped, canRevert, contents } = await port.revert({ settings: SETTINGS });
  return { ...checkContents(await contentsOr(port, contents), checker), restored, skipped, canRevert };
}

/** この対応で保存して再検証: the sheet's mapping saved with the others, then 検証. */
export async function saveMappingAndCheck(
  port: WorkbookPort,
  checker: Checker,
  mapping: ManualMapping,
): Promise<Checked> {
  const next = withMapping(parseSavedMappings(await port.getSetting(MAPPING_SETTING)), mapping);
  await port.setSetting(MAPPING_SETTING, next);
  return validateWorkbook(port, checker);
}
