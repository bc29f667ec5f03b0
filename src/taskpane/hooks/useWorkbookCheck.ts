import { useCallback, useState } from "react";
import type { ManualMapping } from "../../core/layout/types";
import type { CellWrite, WorkbookPort } from "../../port/workbook-port";
import type { CheckOptions, Checker, WorkbookCheck } from "../check-types";
import {
  type Applied,
  type Checked,
  type Realignment,
  type Reverted,
  applyTargets,
  forgetMappingAndCheck,
  realignRows,
  revertTargets,
  saveMappingAndCheck,
  validateWorkbook,
} from "../flows";

export { MAPPING_SETTING, RESULT_SHEET } from "../flows";

export interface WorkbookCheckState {
  check: WorkbookCheck | null;
  /** The manual mappings saved in the workbook (one per corrected table). */
  mappings: ManualMapping[];
  /** Hidden sheets the last check left out. */
  hidden: string[];
  /** Reads every sheet and checks it with the saved mappings (stoppable through options.signal). */
  run(options?: CheckOptions): Promise<Checked>;
  /** Writes the targets where the workbook is still as the shown check read it, then shows the check of the workbook as written. */
  apply(writes: CellWrite[]): Promise<Applied>;
  /** Takes back the last 適用, then shows the check of the workbook as restored. */
  revert(): Promise<Reverted>;
  /** 列のずれを直す: realigns the rows as the shown check read them, then shows the check again. */
  realign(rows: Realignment[]): Promise<Applied>;
  /** Saves a table's mapping in the workbook (in place of `replaces`) and checks again with it. */
  saveMapping(mapping: ManualMapping, replaces?: ManualMapping, options?: CheckOptions): Promise<WorkbookCheck>;
  /** Drops one table's saved mapping (back to automatic recognition) and checks again. */
  forgetMapping(mapping: ManualMapping, options?: CheckOptions): Promise<WorkbookCheck>;
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
    async (options?: CheckOptions) => show(await validateWorkbook(port, bound(checker, options))),
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
    async (mapping: ManualMapping, replaces?: ManualMapping, options?: CheckOptions) =>
      show(await saveMappingAndCheck(port, bound(checker, options), mapping, replaces)).check,
    [port, checker, show],
  );
  const forgetMapping = useCallback(
    async (mapping: ManualMapping, options?: CheckOptions) =>
      show(await forgetMappingAndCheck(port, bound(checker, options), mapping)).check,
    [port, checker, show],
  );

  return { check, mappings, hidden, run, apply, revert, realign, saveMapping, forgetMapping };
}
