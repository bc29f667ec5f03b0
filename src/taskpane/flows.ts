import type { ManualMapping } from "../core/layout/types";
import type { CellWrite, WorkbookContents, WorkbookPort } from "../port/workbook-port";
import type { Checker, WorkbookCheck } from "./checker";
import { parseSavedMappings, withMapping } from "./model/mapping";

/**
 * What the task pane asks of the workbook for each user action, in which order, apart from React
 * (the hooks call these; the tests and the bench call the same functions). Each action reads the
 * whole workbook once: 検証 is one readWorkbook; 適用 and 元に戻す carry their re-check inside the
 * write, so the adapter shares round trips between them.
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
}

export interface Applied extends Checked {
  /** Cells the port changed. */
  written: number;
  canRevert: boolean;
}

export interface Reverted extends Checked {
  restored: number;
}

async function checkContents(contents: WorkbookContents, checker: Checker): Promise<Checked> {
  const mappings = parseSavedMappings(contents.settings[MAPPING_SETTING]);
  const grids = contents.grids.filter((g) => g.name !== RESULT_SHEET);
  return { check: await checker(grids, mappings), mappings };
}

/** A port may ignore the read-back request (it is optional in the contract): then read apart. */
async function contentsOr(port: WorkbookPort, contents: WorkbookContents | undefined): Promise<WorkbookContents> {
  return contents ?? port.readWorkbook(SETTINGS);
}

/** 検証 (and 目標値を再計算): every sheet and the saved mappings, then the check. */
export async function validateWorkbook(port: WorkbookPort, checker: Checker): Promise<Checked> {
  return checkContents(await port.readWorkbook(SETTINGS), checker);
}

/** 適用: the ticked targets written, and the workbook checked again as it now is. */
export async function applyTargets(port: WorkbookPort, checker: Checker, writes: CellWrite[]): Promise<Applied> {
  const { written, canRevert, contents } = await port.writeValues(writes, { settings: SETTINGS });
  return { ...(await checkContents(await contentsOr(port, contents), checker)), written, canRevert };
}

/** 元に戻す: the written targets put back (nothing is left to revert), and the workbook checked again. */
export async function revertTargets(port: WorkbookPort, checker: Checker): Promise<Reverted> {
  const { restored, contents } = await port.revert({ settings: SETTINGS });
  return { ...(await checkContents(await contentsOr(port, contents), checker)), restored };
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
