import type { Capabilities, WorkbookPort } from "../port/workbook-port";
import { annotationKind } from "./annotations";
import { clearMarks, markCells, type MarkOptions } from "./marks";
import { DEFAULT_CELL_LIMIT, readSheet } from "./read-sheet";
import { type RequirementChecker, capabilitiesFrom, hasExcelApi19 } from "./requirements";
import { ownResultSheet, queueResultSheetSetting, writeResultSheet } from "./result-sheet";
import { getSetting, setSetting } from "./settings";
import { SNAPSHOT_SHEET } from "./snapshot-store";
import { canRevert, revert, writeValues } from "./write-values";

/**
 * The WorkbookPort for Excel (Office.js). `Excel.run` and `Office.context.requirements` are
 * injectable so the same code runs against the in-memory Excel of the tests and the browser
 * harness. Every operation takes a constant number of `context.sync()` calls, whatever the
 * number of rows or cells: read 2, write targets ≤ 3, mark/clear 3, result sheet 2.
 */

export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface ExcelPortDeps {
  /** Defaults to the global `Excel.run`. */
  run?: ExcelRun;
  /** Defaults to `Office.context.requirements` (absent outside Office: capabilities "none"). */
  requirements?: RequirementChecker;
  /** Cells per loaded range when reading a sheet. */
  cellLimit?: number;
}

function officeRequirements(): RequirementChecker | undefined {
  return typeof Office === "undefined" ? undefined : Office.context?.requirements;
}

export function createExcelPort(deps: ExcelPortDeps = {}): WorkbookPort {
  const run: ExcelRun = deps.run ?? ((batch) => Excel.run(batch));
  const requirements = (): RequirementChecker | undefined => deps.requirements ?? officeRequirements();
  const caps = (): Capabilities => capabilitiesFrom(requirements());
  const markOptions = (): MarkOptions => ({
    annotation: annotationKind(caps()),
    fillPattern: hasExcelApi19(requirements()),
  });

  return {
    capabilities: async () => caps(),

    listSheets: () =>
      run(async (context) => {
        const sheets = context.workbook.worksheets;
        sheets.load("items/name, items/visibility");
        const resultSheet = queueResultSheetSetting(context);
        await context.sync();
        const ours = ownResultSheet(resultSheet);
        return sheets.items
          .filter((s) => s.visibility !== "VeryHidden" && s.name !== SNAPSHOT_SHEET && s.name !== ours)
          .map((s) => s.name);
      }),

    activeSheet: () =>
      run(async (context) => {
        const sheet = context.workbook.worksheets.getActiveWorksheet();
        sheet.load("name");
        await context.sync();
        return sheet.name;
      }),

    readSheet: (sheet) =>
      run((context) =>
        readSheet(context, sheet, {
          mergedAreas: caps().mergedAreas,
          specialCells: hasExcelApi19(requirements()),
          cellLimit: deps.cellLimit ?? DEFAULT_CELL_LIMIT,
        }),
      ),

    writeValues: (writes) => run((context) => writeValues(context, writes)),
    markCells: (marks) => run((context) => markCells(context, marks, markOptions())),
    clearMarks: () => run((context) => clearMarks(context, markOptions())),

    writeResultSheet: async (lines, title) => {
      await run((context) => writeResultSheet(context, lines, title));
    },

    selectCell: (sheet, address) =>
      run(async (context) => {
        const ws = context.workbook.worksheets.getItem(sheet);
        ws.activate();
        ws.getRange(address).select();
        await context.sync();
      }),

    canRevert: () => run((context) => canRevert(context)),
    revert: () => run((context) => revert(context)),
    getSetting: <T>(key: string) => run((context) => getSetting<T>(context, key)),
    setSetting: (key, value) => run((context) => setSetting(context, key, value)),
  };
}
