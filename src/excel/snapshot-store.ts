/**
 * The add-in's record kept inside the workbook, so 元に戻す and 印を消す work after a save and
 * reopen: a very-hidden sheet whose column A holds one JSON document split into chunks (a cell
 * holds at most 32,767 characters). Each chunk starts with a letter so Excel never reads it as a
 * number, a date or a formula, and the column is formatted as text. Sheets are named by
 * Worksheet.id, so a renamed sheet is still found. 「確定」 deletes the sheet (queueDropRecord)
 * before the workbook is submitted.
 */

import type { AnnotationKind } from "./annotations";

export const SNAPSHOT_SHEET = "_kpi_snapshot";

/** A cell as it was before a write touched it. */
export interface ValueSnapshot {
  sheet: string;
  address: string;
  /** Range.formulas: the formula ("=…") or the constant. */
  formula: string | number | boolean;
  /** Range.values: the constant, or the formula's result (which tells a formula from text "=…"). */
  value: string | number | boolean;
  numberFormat: string;
}

/** A cell one 適用 wrote: what it held before, and what the write left in it. */
export interface ValueRecord extends ValueSnapshot {
  /** Worksheet.id of the sheet (survives a rename); "" in records older than ids. */
  sheetId: string;
  /** Range.values after the write: 元に戻す puts the cell back only while it still holds this. */
  after?: string | number | boolean;
  /** The row's indicator cell and its value at the time: 元に戻す checks the row is still there. */
  label?: { address: string; value: string | number | boolean | null };
}

/** One 適用: one undo step. */
export interface WriteStep {
  values: ValueRecord[];
}

export interface FillSnapshot {
  color: string;
  /** RangeFill.pattern; "None" = no fill. */
  pattern: string;
}

/** A note or comment the add-in wrote, with its exact content (an edited one is the user's). */
export interface OwnAnnotation {
  kind: AnnotationKind;
  content: string;
}

/** A marked cell: its fill before marking, and the note or comment we added to it (null: none). */
export interface MarkSnapshot {
  sheetId: string;
  sheet: string;
  address: string;
  fill: FillSnapshot;
  /** The colour the mark gave the cell: a cell that shows another was refilled by the user since. */
  colour?: string;
  /** Range.values of the cell when marked: another value there means its row moved (or it was edited). */
  value?: string | number | boolean;
  annotation: OwnAnnotation | null;
}

export interface SnapshotData {
  version: 2;
  /** Undo steps, oldest first: 元に戻す takes back the last one. */
  steps: WriteStep[];
  marks: MarkSnapshot[];
}

/** The first record format: one undo for every write, keyed by sheet name, marks without their content. */
interface SnapshotV1 {
  version: 1;
  values: ValueSnapshot[];
  marks: { sheet: string; address: string; fill: FillSnapshot; annotation: AnnotationKind | null }[];
}

/**
 * A version-1 record as version 2: its values one step, found by sheet name and not checked
 * against what the write left (v1 did not keep it); its notes are not known to be ours, so kept.
 */
function fromV1(data: SnapshotV1): SnapshotData {
  return {
    version: 2,
    steps: data.values.length > 0 ? [{ values: data.values.map((v) => ({ ...v, sheetId: "" })) }] : [],
    marks: data.marks.map((m) => ({ sheetId: "", sheet: m.sheet, address: m.address, fill: m.fill, annotation: null })),
  };
}

const CHUNK = 30_000;
const CHUNK_PREFIX = "k";

export function emptySnapshot(): SnapshotData {
  return { version: 2, steps: [], marks: [] };
}

export function isEmpty(data: SnapshotData): boolean {
  return data.steps.length === 0 && data.marks.length === 0;
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
  const data = JSON.parse(chunks.map((c) => c.slice(CHUNK_PREFIX.length)).join("")) as SnapshotData | SnapshotV1;
  if (data.version === 1 && Array.isArray(data.values) && Array.isArray(data.marks)) return fromV1(data);
  if (data.version !== 2 || !Array.isArray(data.steps) || !Array.isArray(data.marks)) {
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
  if (isEmpty(data)) {
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

/** 「確定」: queues deleting the record sheet (after the probe's sync). */
export function queueDropRecord(probe: SnapshotProbe): boolean {
  if (probe.sheet.isNullObject) return false;
  probe.sheet.delete();
  return true;
}
