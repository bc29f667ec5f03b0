/**
 * The undo record kept inside the workbook, so 元に戻す works after a save and reopen: a
 * very-hidden sheet whose column A holds one JSON document split into chunks (a cell holds at
 * most 32,767 characters). Each chunk starts with a letter so Excel never reads it as a number,
 * a date or a formula, and the column is formatted as text.
 */

import type { AnnotationKind } from "./annotations";

export const SNAPSHOT_SHEET = "_kpi_snapshot";

/** A cell as it was before the first writeValues touched it. */
export interface ValueSnapshot {
  sheet: string;
  address: string;
  /** Range.formulas: the formula ("=…") or the constant. */
  formula: string | number | boolean;
  /** Range.values: the constant, or the formula's result (which tells a formula from text "=…"). */
  value: string | number | boolean;
  numberFormat: string;
}

export interface FillSnapshot {
  color: string;
  /** RangeFill.pattern; "None" = no fill. */
  pattern: string;
}

/** A marked cell: its fill before marking, and the note or comment we added to it (null: none). */
export interface MarkSnapshot {
  sheet: string;
  address: string;
  fill: FillSnapshot;
  annotation: AnnotationKind | null;
}

export interface SnapshotData {
  version: 1;
  values: ValueSnapshot[];
  marks: MarkSnapshot[];
}

const CHUNK = 30_000;
const CHUNK_PREFIX = "k";

export function emptySnapshot(): SnapshotData {
  return { version: 1, values: [], marks: [] };
}

export function encodeSnapshot(data: SnapshotData): string[] {
  const json = JSON.stringify(data);
  const chunks: string[] = [];
  for (let i = 0; i < json.length; i += CHUNK) chunks.push(CHUNK_PREFIX + json.slice(i, i + CHUNK));
  return chunks;
}

/** Column A's values back to the record; an unreadable record is an error, never a silent empty one. */
export function decodeSnapshot(column: unknown[]): SnapshotData {
  const chunks = column.filter((v): v is string => typeof v === "string" && v.startsWith(CHUNK_PREFIX));
  if (chunks.length === 0) return emptySnapshot();
  const data = JSON.parse(chunks.map((c) => c.slice(CHUNK_PREFIX.length)).join("")) as SnapshotData;
  if (data.version !== 1 || !Array.isArray(data.values) || !Array.isArray(data.marks)) {
    throw new Error(`${SNAPSHOT_SHEET}: unknown snapshot format`);
  }
  return data;
}

/** The snapshot sheet, probed in the caller's first batch. */
export interface SnapshotProbe {
  sheet: Excel.Worksheet;
}

export function probeSnapshot(context: Excel.RequestContext): SnapshotProbe {
  const sheet = context.workbook.worksheets.getItemOrNullObject(SNAPSHOT_SHEET);
  sheet.load("name");
  return { sheet };
}

/**
 * After the probe's sync: queues the read of the record (when the sheet exists) and returns a
 * reader to call after the caller's next sync.
 */
export function queueSnapshotRead(probe: SnapshotProbe): () => SnapshotData {
  if (probe.sheet.isNullObject) return emptySnapshot;
  const used = probe.sheet.getUsedRange(true);
  used.load("values");
  return () => decodeSnapshot(used.values.map((row) => row[0]));
}

/** After the probe's sync: the record, with one more sync only when the sheet exists. */
export async function readSnapshot(context: Excel.RequestContext, probe: SnapshotProbe): Promise<SnapshotData> {
  if (probe.sheet.isNullObject) return emptySnapshot();
  const read = queueSnapshotRead(probe);
  await context.sync();
  return read();
}

/**
 * Queues writing the record (replacing the previous one); the sheet is removed when the record
 * is empty. Call after the probe's sync.
 */
export function queueSnapshotWrite(context: Excel.RequestContext, probe: SnapshotProbe, data: SnapshotData): void {
  const exists = !probe.sheet.isNullObject;
  if (data.values.length === 0 && data.marks.length === 0) {
    if (exists) probe.sheet.delete();
    return;
  }
  let sheet = probe.sheet;
  if (exists) {
    sheet.getRange().clear();
  } else {
    sheet = context.workbook.worksheets.add(SNAPSHOT_SHEET);
    sheet.visibility = "VeryHidden";
  }
  const chunks = encodeSnapshot(data);
  const column = sheet.getRange(`A1:A${chunks.length}`);
  column.numberFormat = chunks.map(() => ["@"]);
  column.values = chunks.map((c) => [c]);
}
