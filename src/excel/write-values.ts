import type { CellValue, CellWrite, RevertResult, SkippedCell, WriteResult } from "../port/workbook-port";
import { cellKey } from "./address";
import { entryFor, entryForValue, isFormula } from "./cell-entry";
import type { ReadAlong } from "./read-workbook";
import { toCell } from "./read-sheet";
import { queueProtection, queueSheetIndex } from "./sheet-index";
import { type ValueRecord, probeSnapshot, queueSnapshotRead, queueSnapshotWrite, readSnapshot } from "./snapshot-store";

/**
 * Writing computed targets, and undoing them, without ever writing over something the user did.
 * A write goes ahead only where the target cell and the row's indicator cell still hold what the
 * check read (the CellWrite's `expect`); an undo only where the cell still holds what the write
 * left and the row has not moved. Everything else is left as it is and listed. Each 適用 is one
 * undo step, recorded (sheet by Worksheet.id) before any value is written.
 *
 * Syncs, whatever the number of cells: write (1) sheets + record probe, (2) the record and the
 * cells, (3) record then values — a workbook read carried along (read-workbook.ts) rides on (1)
 * and (3) and adds one; undo (1) sheets + probe, (2) the record, (3) the step's cells, (4) restore,
 * plus one with a read carried along. Fills are not part of this record: writes never change a
 * fill, and the marks keep their own record of the original fills.
 */

/** The last write per cell wins. */
function lastPerCell(writes: CellWrite[]): CellWrite[] {
  const byCell = new Map<string, CellWrite>();
  for (const w of writes) byCell.set(cellKey(w.sheet, w.address), w);
  return [...byCell.values()];
}

function rangeAt(context: Excel.RequestContext, sheet: string, address: string): Excel.Range {
  return context.workbook.worksheets.getItem(sheet).getRange(address);
}

/** A cell queued for reading as the check reads it (dates as their text, null when empty). */
function queueReading(context: Excel.RequestContext, sheet: string, address: string): () => CellValue {
  const range = rangeAt(context, sheet, address);
  range.load("values, text, numberFormat");
  return () => toCell(range.values[0][0], range.text[0][0], range.numberFormat[0][0])?.value ?? null;
}

/** Where a guarded cell stands: its label row is someone else's, or its value is not the one expected. */
function guardFails(
  label: { value: CellValue; read: () => CellValue } | null,
  value: { expected: CellValue; read: () => CellValue } | null,
): "moved" | "changed" | null {
  if (label && label.read() !== label.value) return "moved";
  if (value && value.read() !== value.expected) return "changed";
  return null;
}

export async function writeValues(
  context: Excel.RequestContext,
  writes: CellWrite[],
  along?: ReadAlong,
): Promise<WriteResult> {
  const unique = lastPerCell(writes);
  const probe = probeSnapshot(context);
  const sheetIndex = queueSheetIndex(context);
  await context.sync();

  const index = sheetIndex();
  const readRecord = queueSnapshotRead(probe);
  const present = unique.filter((w) => index.named(w.sheet));
  const protectedSheets = queueProtection(
    context,
    present.map((w) => w.sheet),
  );
  const cells = present.map((w) => {
    const range = rangeAt(context, w.sheet, w.address);
    range.load("formulas, values, text, numberFormat");
    const label = w.expect?.label ? queueReading(context, w.sheet, w.expect.label.address) : null;
    return { w, range, label };
  });
  if (present.length > 0 || !probe.sheet.isNullObject) await context.sync();
  const snapshot = readRecord();

  const skipped: SkippedCell[] = unique
    .filter((w) => !index.named(w.sheet))
    .map((w) => ({ sheet: w.sheet, address: w.address, reason: "sheet-missing" }));
  const locked = protectedSheets();
  const step: ValueRecord[] = [];
  const entries: { w: CellWrite; entry: string | number }[] = [];
  for (const { w, range, label } of cells) {
    if (locked.has(w.sheet)) {
      skipped.push({ sheet: w.sheet, address: w.address, reason: "protected" });
      continue;
    }
    const formula = range.formulas[0][0] as ValueRecord["formula"];
    const value = range.values[0][0] as ValueRecord["value"];
    const numberFormat = String(range.numberFormat[0][0]);
    const reading = (): CellValue => toCell(value, range.text[0][0], numberFormat)?.value ?? null;
    const refused = guardFails(
      label && w.expect?.label ? { value: w.expect.label.value, read: label } : null,
      w.expect ? { expected: w.expect.value, read: reading } : null,
    );
    if (refused) {
      skipped.push({ sheet: w.sheet, address: w.address, reason: refused });
      continue;
    }
    // Unchanged when the cell already holds this constant in this format: nothing to write or record.
    if (formula === w.value && (w.numberFormat === undefined || w.numberFormat === numberFormat)) continue;
    const entry = entryForValue(w.value, w.numberFormat ?? numberFormat);
    step.push({
      sheetId: index.named(w.sheet)!.id,
      sheet: w.sheet,
      address: w.address,
      formula,
      value,
      numberFormat,
      after: w.value,
      ...(w.expect?.label ? { label: w.expect.label } : {}),
    });
    entries.push({ w, entry });
  }

  dropRefusedGroups(unique, step, entries, skipped);
  if (step.length > 0) {
    // The record first: if a write below fails, what was written can still be undone.
    queueSnapshotWrite(context, probe, { ...snapshot, steps: [...snapshot.steps, { values: step }] });
    for (const { w, entry } of entries) {
      const range = rangeAt(context, w.sheet, w.address);
      // The format first, so Excel reads the value the way the format says (text stays text).
      if (w.numberFormat !== undefined) range.numberFormat = [[w.numberFormat]];
      range.values = [[entry]];
    }
  }
  along?.queueShapes();
  if (step.length > 0 || along) await context.sync();
  const result: WriteResult = {
    written: step.length,
    skipped,
    canRevert: snapshot.steps.length > 0 || step.length > 0,
  };
  if (along) result.contents = await along.finish();
  return result;
}

/** A group with a refused write is written not at all: its other writes are taken out and listed. */
function dropRefusedGroups(
  writes: CellWrite[],
  step: ValueRecord[],
  entries: { w: CellWrite; entry: string | number }[],
  skipped: SkippedCell[],
): void {
  const refused = new Set(
    skipped.flatMap((s) => {
      const group = writes.find((w) => w.sheet === s.sheet && w.address === s.address)?.group;
      return group === undefined ? [] : [group];
    }),
  );
  if (refused.size === 0) return;
  for (let i = entries.length - 1; i >= 0; i--) {
    const { w } = entries[i];
    if (w.group === undefined || !refused.has(w.group)) continue;
    skipped.push({ sheet: w.sheet, address: w.address, reason: "group" });
    entries.splice(i, 1);
    step.splice(i, 1);
  }
}

export async function canRevert(context: Excel.RequestContext): Promise<boolean> {
  const probe = probeSnapshot(context);
  await context.sync();
  return (await readSnapshot(context, probe)).steps.length > 0;
}

/** What the user is told a skipped cell held before 適用. */
function originalOf(v: ValueRecord): string | number | boolean {
  return isFormula(v) ? v.formula : v.value;
}

/**
 * Takes back the last step: every recorded cell that still holds what the write left, in a row
 * whose indicator is still the one written for, gets its number format and formula or constant
 * back (see cell-entry); the step is dropped from the record either way.
 */
export async function revert(context: Excel.RequestContext, along?: ReadAlong): Promise<RevertResult> {
  const probe = probeSnapshot(context);
  const sheetIndex = queueSheetIndex(context);
  await context.sync();
  const index = sheetIndex();
  const snapshot = await readSnapshot(context, probe);
  const last = snapshot.steps[snapshot.steps.length - 1];

  const skipped: SkippedCell[] = [];
  let restored = 0;
  if (last) {
    const located = last.values.map((v) => ({ v, sheet: index.nameOf(v) }));
    const present = located.filter((l): l is { v: ValueRecord; sheet: string } => l.sheet !== null);
    const protectedSheets = queueProtection(
      context,
      present.map((l) => l.sheet),
    );
    const cells = present.map(({ v, sheet }) => {
      const range = rangeAt(context, sheet, v.address);
      range.load("values");
      const label = v.label ? queueReading(context, sheet, v.label.address) : null;
      return { v, sheet, range, label };
    });
    if (present.length > 0) await context.sync();
    const locked = protectedSheets();
    for (const { v } of located.filter((l) => l.sheet === null))
      skipped.push({ sheet: v.sheet, address: v.address, reason: "sheet-missing", original: originalOf(v) });
    for (const { v, sheet, range, label } of cells) {
      const current = range.values[0][0] as CellValue;
      const refused = locked.has(sheet)
        ? "protected"
        : guardFails(
            label && v.label ? { value: v.label.value, read: label } : null,
            v.after !== undefined ? { expected: v.after, read: () => current } : null,
          );
      if (refused) {
        skipped.push({ sheet, address: v.address, reason: refused, original: originalOf(v) });
        continue;
      }
      const target = rangeAt(context, sheet, v.address);
      target.numberFormat = [[v.numberFormat]];
      target.formulas = [[entryFor(v)]];
      restored++;
    }
    queueSnapshotWrite(context, probe, { ...snapshot, steps: snapshot.steps.slice(0, -1) });
  }
  along?.queueShapes();
  if (last || along) await context.sync();
  const result: RevertResult = { restored, skipped, canRevert: snapshot.steps.length > 1 };
  if (along) result.contents = await along.finish();
  return result;
}
