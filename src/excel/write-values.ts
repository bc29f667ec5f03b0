import type { CellWrite, RevertResult, WriteResult } from "../port/workbook-port";
import { cellKey } from "./address";
import { entryFor } from "./cell-entry";
import type { ReadAlong } from "./read-workbook";
import { type ValueSnapshot, probeSnapshot, queueSnapshotWrite, readSnapshot } from "./snapshot-store";

/**
 * Writing computed targets, and undoing it. At most three syncs whatever the number of cells: (1) the
 * cells' current state and whether a snapshot exists, (2) the existing snapshot (skipped when
 * there is none), (3) snapshot then values. A cell already in the snapshot keeps its first entry, so applying twice still
 * reverts to the user's original. A workbook read carried along (read-workbook.ts) shares syncs (1)
 * and (3) and adds one, so 適用 with its re-check takes at most four. Fills are not part of this record: writes never change a fill,
 * and the marks keep their own record of the original fills (two owners would undo each other).
 */

/** The last write per cell wins. */
function lastPerCell(writes: CellWrite[]): CellWrite[] {
  const byCell = new Map<string, CellWrite>();
  for (const w of writes) byCell.set(cellKey(w.sheet, w.address), w);
  return [...byCell.values()];
}

export async function writeValues(
  context: Excel.RequestContext,
  writes: CellWrite[],
  along?: ReadAlong,
): Promise<WriteResult> {
  const unique = lastPerCell(writes);
  const probe = probeSnapshot(context);
  const ranges = unique.map((w) => {
    const range = context.workbook.worksheets.getItem(w.sheet).getRange(w.address);
    range.load("formulas, values, numberFormat");
    return range;
  });
  await context.sync();

  const snapshot = await readSnapshot(context, probe);

  const saved = new Set(snapshot.values.map((v) => cellKey(v.sheet, v.address)));
  const changes = unique.filter((w, i) => {
    const formula = ranges[i].formulas[0][0] as ValueSnapshot["formula"];
    const value = ranges[i].values[0][0] as ValueSnapshot["value"];
    const numberFormat = String(ranges[i].numberFormat[0][0]);
    // Unchanged when the cell already holds this constant in this format: nothing to write or save.
    if (formula === w.value && (w.numberFormat === undefined || w.numberFormat === numberFormat)) return false;
    if (!saved.has(cellKey(w.sheet, w.address)))
      snapshot.values.push({ sheet: w.sheet, address: w.address, formula, value, numberFormat });
    return true;
  });

  if (changes.length > 0) {
    queueSnapshotWrite(context, probe, snapshot);
    for (const w of changes) {
      const range = context.workbook.worksheets.getItem(w.sheet).getRange(w.address);
      // The format first, so Excel reads the value the way the format says (text stays text).
      if (w.numberFormat !== undefined) range.numberFormat = [[w.numberFormat]];
      range.values = [[w.value]];
    }
  }
  along?.queueShapes();
  if (changes.length > 0 || along) await context.sync();
  const result: WriteResult = { written: changes.length, canRevert: snapshot.values.length > 0 };
  if (along) result.contents = await along.finish();
  return result;
}

export async function canRevert(context: Excel.RequestContext): Promise<boolean> {
  const probe = probeSnapshot(context);
  await context.sync();
  return (await readSnapshot(context, probe)).values.length > 0;
}

/** Puts every saved cell back (number format, then formula or constant, see cell-entry) and drops that record. */
export async function revert(context: Excel.RequestContext, along?: ReadAlong): Promise<RevertResult> {
  const probe = probeSnapshot(context);
  await context.sync();
  const snapshot = await readSnapshot(context, probe);

  if (snapshot.values.length > 0) {
    for (const v of snapshot.values) {
      const range = context.workbook.worksheets.getItem(v.sheet).getRange(v.address);
      range.numberFormat = [[v.numberFormat]];
      range.formulas = [[entryFor(v)]];
    }
    queueSnapshotWrite(context, probe, { ...snapshot, values: [] });
  }
  along?.queueShapes();
  if (snapshot.values.length > 0 || along) await context.sync();
  const result: RevertResult = { restored: snapshot.values.length };
  if (along) result.contents = await along.finish();
  return result;
}
