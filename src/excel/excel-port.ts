import type { Capabilities, WorkbookPort } from "../port/workbook-port";
import { annotationKind } from "./annotations";
import { finalize } from "./finalize";
import { clearMarks, markCells, type MarkOptions } from "./marks";
import { DEFAULT_CELL_LIMIT, type ReadOptions, readSheet } from "./read-sheet";
import { queueUserSheets, readAlong, readWorkbook } from "./read-workbook";
import { type RequirementChecker, capabilitiesFrom, hasExcelApi19, resultSheetFeatures } from "./requirements";
import { writeResultSheet } from "./result-sheet";
import { getSetting, setSetting } from "./settings";
import { canRevert, revert, writeValues } from "./write-values";

/**
 * The WorkbookPort for Excel (Office.js). `Excel.run` and `Office.context.requirements` are
 * injectable so the same code runs against the in-memory Excel of the tests and the browser
 * harness. Every operation takes a constant number of `context.sync()` calls, whatever the
 * number of rows, cells or sheets: read a sheet 2, read the workbook 3, write targets 3 (4
 * reading the workbook back), revert 4 (5 reading back), mark/clear 4 (3 with no marks yet),
 * result sheets 2 (3 when one is new), finalize 6.
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
  const readOptions = (): ReadOptions => ({
    mergedAreas: caps().mergedAreas,
    specialCells: hasExcelApi19(requirements()),
    cellLimit: deps.cellLimit ?? DEFAULT_CELL_LIMIT,
  });
  const markOptions = (): MarkOptions => ({
    annotation: annotationKind(caps()),
    fillPattern: hasExcelApi19(requirements()),
    resolveThreads: requirements()?.isSetSupported("ExcelApi", "1.11") === true,
    annotate: true,
  });

  return {
    capabilities: async () => caps(),

    listSheets: () =>
      run(async (context) => {
        const userSheets = queueUserSheets(context);
        await context.sync();
        return userSheets().names;
      }),

    activeSheet: () =>
      run(async (context) => {
        const sheet = context.workbook.worksheets.getActiveWorksheet();
        sheet.load("name");
        await context.sync();
        return sheet.name;
      }),

    readSheet: (sheet) => run((context) => readSheet(context, sheet, readOptions())),
    readWorkbook: (settings, options) =>
      run((context) => readWorkbook(context, { settings, hiddenSheets: options?.hiddenSheets }, readOptions())),

    writeValues: (writes, then) =>
      run((context) => writeValues(context, writes, then && readAlong(context, then, readOptions()))),
    markCells: async (marks) => {
      const options = markOptions();
      try {
        return await run((context) => markCells(context, marks, options));
      } catch (e) {
        // Below ExcelApi 1.18 a user's note is invisible, and a comment cannot join it on its cell:
        // the marks are made again with fills only (the record already covers the failed batch).
        if (options.annotation === null) throw e;
        return run((context) => markCells(context, marks, { ...options, annotate: false }));
      }
    },
    clearMarks: () => run((context) => clearMarks(context, markOptions())),
    finalize: () => run((context) => finalize(context, markOptions())),

    writeResultSheet: (tables) =>
      run((context) => writeResultSheet(context, tables, resultSheetFeatures(requirements()))),

    selectCell: (sheet, address) =>
      run(async (context) => {
        const ws = context.workbook.worksheets.getItem(sheet);
        ws.activate();
        ws.getRange(address).select();
        await context.sync();
      }),

    canRevert: () => run((context) => canRevert(context)),
    revert: (then) => run((context) => revert(context, then && readAlong(context, then, readOptions()))),
    getSetting: <T>(key: string) => run((context) => getSetting<T>(context, key)),
    setSetting: (key, value) => run((context) => setSetting(context, key, value)),
  };
}
