import { useCallback, useState } from "react";
import type { ManualMapping } from "../../core/layout/types";
import type { WorkbookPort } from "../../port/workbook-port";
import type { Checker, WorkbookCheck } from "../checker";
import { parseSavedMappings, withMapping } from "../model/mapping";

export const MAPPING_SETTING = "mapping";
/** The sheet the pane writes its findings list to; never checked itself. */
export const RESULT_SHEET = "検証結果";

export interface WorkbookCheckState {
  check: WorkbookCheck | null;
  /** The manual mappings saved in the workbook (one per sheet). */
  mappings: ManualMapping[];
  /** Reads every sheet and checks it with the saved mappings. */
  run(): Promise<WorkbookCheck>;
  /** Saves a sheet's mapping in the workbook and checks again with it. */
  saveMapping(mapping: ManualMapping): Promise<WorkbookCheck>;
}

export function useWorkbookCheck(port: WorkbookPort, checker: Checker): WorkbookCheckState {
  const [check, setCheck] = useState<WorkbookCheck | null>(null);
  const [mappings, setMappings] = useState<ManualMapping[]>([]);

  const checkWith = useCallback(
    async (saved: ManualMapping[]) => {
      const names = (await port.listSheets()).filter((n) => n !== RESULT_SHEET);
      const grids = [];
      // One sheet after another: each read is its own batch against the host.
      for (const name of names) grids.push(await port.readSheet(name));
      const result = checker(grids, saved);
      setMappings(saved);
      setCheck(result);
      return result;
    },
    [port, checker],
  );

  const run = useCallback(
    async () => checkWith(parseSavedMappings(await port.getSetting(MAPPING_SETTING))),
    [port, checkWith],
  );

  const saveMapping = useCallback(
    async (mapping: ManualMapping) => {
      const next = withMapping(parseSavedMappings(await port.getSetting(MAPPING_SETTING)), mapping);
      await port.setSetting(MAPPING_SETTING, next);
      return checkWith(next);
    },
    [port, checkWith],
  );

  return { check, mappings, run, saveMapping };
}
