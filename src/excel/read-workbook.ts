import type { ReadRequest, WorkbookContents } from "../port/workbook-port";
import { type QueuedShape, type ReadOptions, loadGrids, queueShape, shapeOf } from "./read-sheet";
import { ownResultSheets, queueResultSheetSetting } from "./result-sheet";
import { queueSetting, settingValue } from "./settings";
import { queueSheetIndex } from "./sheet-index";
import { SNAPSHOT_SHEET } from "./snapshot-store";

/**
 * Reading every sheet the pane checks, with the settings it needs, in three syncs whatever the
 * number of sheets and rows: (1) the sheet list and the settings, (2) each sheet's used range,
 * merges and formula areas, (3) every sheet's cells. A write or a revert can carry the read
 * along: (1) rides on its first sync, (2) on its last (queued after its writes, so it sees them),
 * and only (3) is a sync of its own.
 */

export interface UserSheets {
  /** The sheets to check, in tab order. */
  names: string[];
  /** Hidden sheets left out (very hidden ones are never the user's to check). */
  hidden: string[];
}

/**
 * Queues the sheet list; after the sync, the user's sheets in tab order: not the add-in's record
 * or result sheets, not very hidden ones, and hidden ones only when asked for.
 */
export function queueUserSheets(context: Excel.RequestContext, withHidden = false): () => UserSheets {
  const sheetIndex = queueSheetIndex(context);
  const resultSheet = queueResultSheetSetting(context);
  return () => {
    const ours = Object.values(ownResultSheets(resultSheet));
    const mine = sheetIndex().sheets.filter(
      (s) => s.visibility !== "VeryHidden" && s.name !== SNAPSHOT_SHEET && !ours.includes(s.id),
    );
    const hidden = mine.filter((s) => s.visibility !== "Visible").map((s) => s.name);
    const names = mine.filter((s) => withHidden || s.visibility === "Visible").map((s) => s.name);
    return { names, hidden: withHidden ? [] : hidden };
  };
}

/** A workbook read riding along another operation's syncs. Create it before the operation's first sync. */
export interface ReadAlong {
  /** After the first sync: queues each sheet's shape (call right before the operation's last sync). */
  queueShapes(): void;
  /** After that sync: loads every sheet's cells (one sync) and returns the contents. */
  finish(): Promise<WorkbookContents>;
}

export function readAlong(context: Excel.RequestContext, request: ReadRequest, options: ReadOptions): ReadAlong {
  const userSheets = queueUserSheets(context, request.hiddenSheets);
  const settings = request.settings.map((key) => ({ key, setting: queueSetting(context, key) }));
  let shapes: QueuedShape[] | null = null;
  let hidden: string[] = [];
  return {
    queueShapes() {
      const sheets = userSheets();
      hidden = sheets.hidden;
      shapes = sheets.names.map((name) => queueShape(context, name, options));
    },
    async finish() {
      if (!shapes) throw new Error("readAlong: queueShapes() was not called before finish()");
      const grids = await loadGrids(context, shapes.map(shapeOf), options.cellLimit);
      const found: Record<string, unknown> = {};
      for (const { key, setting } of settings) {
        const value = settingValue(setting);
        if (value !== undefined) found[key] = value;
      }
      return { grids, settings: found, hidden };
    },
  };
}

export async function readWorkbook(
  context: Excel.RequestContext,
  request: ReadRequest,
  options: ReadOptions,
): Promise<WorkbookContents> {
  const along = readAlong(context, request, options);
  await context.sync();
  along.queueShapes();
  await context.sync();
  return along.finish();
}
