import type { ReadRequest, WorkbookContents } from "../port/workbook-port";
import { type QueuedShape, type ReadOptions, loadGrids, queueShape, shapeOf } from "./read-sheet";
import { ownResultSheet, queueResultSheetSetting } from "./result-sheet";
import { queueSetting, settingValue } from "./settings";
import { SNAPSHOT_SHEET } from "./snapshot-store";

/**
 * Reading every sheet the pane checks, with the settings it needs, in three syncs whatever the
 * number of sheets and rows: (1) the sheet list and the settings, (2) each sheet's used range,
 * merges and formula areas, (3) every sheet's cells. A write or a revert can carry the read
 * along: (1) rides on its first sync, (2) on its last (queued after its writes, so it sees them),
 * and only (3) is a sync of its own.
 */

/** Queues the sheet list; after the sync, the user's sheets in tab order. */
export function queueUserSheets(context: Excel.RequestContext): () => string[] {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name, items/visibility");
  const resultSheet = queueResultSheetSetting(context);
  return () => {
    const ours = ownResultSheet(resultSheet);
    return sheets.items
      .filter((s) => s.visibility !== "VeryHidden" && s.name !== SNAPSHOT_SHEET && s.name !== ours)
      .map((s) => s.name);
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
  const userSheets = queueUserSheets(context);
  const settings = request.settings.map((key) => ({ key, setting: queueSetting(context, key) }));
  let shapes: QueuedShape[] | null = null;
  return {
    queueShapes() {
      shapes = userSheets().map((name) => queueShape(context, name, options));
    },
    async finish() {
      if (!shapes) throw new Error("readAlong: queueShapes() was not called before finish()");
      const grids = await loadGrids(context, shapes.map(shapeOf), options.cellLimit);
      const found: Record<string, unknown> = {};
      for (const { key, setting } of settings) {
        const value = settingValue(setting);
        if (value !== undefined) found[key] = value;
      }
      return { grids, settings: found };
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
