import { useCallback, useState } from "react";
import type { ManualMapping } from "../../core/layout/types";
import type { CellWrite, WorkbookPort } from "../../port/workbook-port";
import type { CheckOptions, Checker, WorkbookCheck } from "../check-types";
import { parseSavedMappings, withoutMapping } from "../model/mapping";
import {
  MAPPING_SETTING,
  type Applied,
  type Checked,
  type Realignment,
  type Reverted,
  applyTargets,
  realignRows,
  revertTargets,
  saveMappingAndCheck,
  validateWorkbook,
} from "../flows";

export { MAPPING_SETTING, RESULT_SHEET } from "../flows";

export interface WorkbookCheckState {
  check: WorkbookCheck | null;
  /** The manual mappings saved in the workbook (one per sheet). */
  mappings: ManualMapping[];
  /** Hidden sheets the last check left out. */
  hidden: string[];
  /** Reads every sheet and checks it with the saved mappings (stoppable through options.signal). */
  run(options?: CheckOptions): Promise<WorkbookCheck>;
  /** Writes the targets where the workbook is still as the shown check read it, then shows the check of the workbook as written. */
  apply(writes: CellWrite[]): Promise<Applied>;
  /** Takes back the last 適用, then shows the check of the workbook as restored. */
  revert(): Promise<Reverted>;
  /** 列のずれを直す: realigns the rows as the shown check read them, then shows the check again. */
  realign(rows: Realignment[]): Promise<Applied>;
  /** Saves a sheet's mapping in the workbook and checks again with it. */
  saveMapping(mapping: ManualMapping, options?: CheckOptions): Promise<WorkbookCheck>;
  /** Drops a sheet's saved mapping (back to automatic recognition) and checks again. */
  forgetMapping(sheet: string, options?: CheckOptions): Promise<WorkbookCheck>;
}

/** The checker with one action's signal and progress callback bound to it. */
function bound(checker: Checker, options: CheckOptions | undefined): Checker {
  return options ? (grids, mappings) => checker(grids, mappings, options) : checker;
}

export function useWorkbookCheck(port: WorkbookPort, checker: Checker): WorkbookCheckState {
  const [check, setCheck] = useState<WorkbookCheck | null>(null);
  const [mappings, setMappings] = useState<ManualMapping[]>([]);
  const [hidden, setHidden] = useState<string[]>([]);

  /** Shows a flow's check and hands the flow's result on. */
  const show = useCallback(<T extends Checked>(result: T): T => {
    setMappings(result.mappings);
    setHidden(result.hidden);
    setCheck(result.check);
    return result;
  }, []);

  const run = useCallback(
    async (options?: CheckOptions) => show(await validateWorkbook(port, bound(checker, options))).check,
    [port, checker, show],
  );
  const apply = useCallback(
    async (writes: CellWrite[]) => show(await applyTargets(port, checker, writes, check ?? undefined)),
    [port, checker, show, check],
  );
  const revert = useCallback(async () => show(await revertTargets(port, checker)), [port, checker, show]);
  const realign = useCallback(
    async (rows: Realignment[]) => {
      if (!check) throw new Error("realign before a check");
      return show(await realignRows(port, checker, check, rows));
    },
    [port, checker, show, check],
  );
  const saveMapping = useCallback(
    async (mapping: ManualMapping, options?: CheckOptions) =>
      show(await saveMappingAndCheck(port, bound(checker, options), mapping)).check,
    [port, checker, show],
  );

  const forgetMapping = useCallback(
    async (sheet: string, options?: CheckOptions) => {
      const saved = parseSavedMappings(await port.getSetting(MAPPING_SETTING));
      await port.setSetting(MAPPING_SETTING, withoutMapping(saved, sheet));
      return run(options);
    },
    [port, run],
  );

  return { check, mappings, hidden, run, apply, revert, realign, saveMapping, forgetMapping };
}
