import { useCallback, useState } from "react";
import type { ManualMapping } from "../../core/layout/types";
import type { CellWrite, WorkbookPort } from "../../port/workbook-port";
import type { Checker, WorkbookCheck } from "../checker";
import {
  type Applied,
  type Checked,
  type Reverted,
  applyTargets,
  revertTargets,
  saveMappingAndCheck,
  validateWorkbook,
} from "../flows";

export { MAPPING_SETTING, RESULT_SHEET } from "../flows";

export interface WorkbookCheckState {
  check: WorkbookCheck | null;
  /** The manual mappings saved in the workbook (one per sheet). */
  mappings: ManualMapping[];
  /** Reads every sheet and checks it with the saved mappings. */
  run(): Promise<WorkbookCheck>;
  /** Writes the targets, then shows the check of the workbook as written. */
  apply(writes: CellWrite[]): Promise<Applied>;
  /** Puts the written targets back, then shows the check of the workbook as restored. */
  revert(): Promise<Reverted>;
  /** Saves a sheet's mapping in the workbook and checks again with it. */
  saveMapping(mapping: ManualMapping): Promise<WorkbookCheck>;
}

export function useWorkbookCheck(port: WorkbookPort, checker: Checker): WorkbookCheckState {
  const [check, setCheck] = useState<WorkbookCheck | null>(null);
  const [mappings, setMappings] = useState<ManualMapping[]>([]);

  /** Shows a flow's check and hands the flow's result on. */
  const show = useCallback(<T extends Checked>(result: T): T => {
    setMappings(result.mappings);
    setCheck(result.check);
    return result;
  }, []);

  const run = useCallback(async () => show(await validateWorkbook(port, checker)).check, [port, checker, show]);
  const apply = useCallback(
    async (writes: CellWrite[]) => show(await applyTargets(port, checker, writes)),
    [port, checker, show],
  );
  const revert = useCallback(async () => show(await revertTargets(port, checker)), [port, checker, show]);
  const saveMapping = useCallback(
    async (mapping: ManualMapping) => show(await saveMappingAndCheck(port, checker, mapping)).check,
    [port, checker, show],
  );

  return { check, mappings, run, apply, revert, saveMapping };
}
