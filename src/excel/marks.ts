import type { Severity } from "../core/report/schema";
import { parseAddress } from "../core/grid/grid";
import type { CellMark } from "../port/workbook-port";
import { type AnnotationKind, AnnotationIndex } from "./annotations";
import { cellKey } from "./address";
import {
  type FillSnapshot,
  type MarkSnapshot,
  probeSnapshot,
  queueSnapshotRead,
  queueSnapshotWrite,
} from "./snapshot-store";

/**
 * Marking cells by severity, and taking the marks off again. The original fill of every marked
 * cell, and whether the note/comment on it is ours, are recorded in the snapshot sheet before the
 * cell is touched; "clear marks" puts the fills back exactly (no fill stays no fill) and removes
 * only our notes/comments. Marking again first takes the previous marks off. Three syncs each.
 */

/** One palette: light fills that keep black text readable. */
export const MARK_COLOURS: Record<Severity, string> = {
  error: "#F8CBAD",
  warning: "#FFE699",
  info: "#BDD7EE",
};

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

export interface MarkOptions {
  annotation: AnnotationKind | null;
  /** RangeFill.pattern is available (ExcelApi 1.9). */
  fillPattern: boolean;
}

/** One mark per cell: the most severe, with every distinct text. */
export function mergeMarks(marks: CellMark[]): CellMark[] {
  const byCell = new Map<string, CellMark>();
  for (const m of marks) {
    if (!parseAddress(m.address)) throw new Error(`markCells: ${m.address} is not a single cell`);
    const key = cellKey(m.sheet, m.address);
    const seen = byCell.get(key);
    if (!seen) {
      byCell.set(key, { ...m });
      continue;
    }
    if (RANK[m.severity] > RANK[seen.severity]) seen.severity = m.severity;
    if (!seen.text.split("\n").includes(m.text)) seen.text = `${seen.text}\n${m.text}`;
  }
  return [...byCell.values()];
}

function cellRange(context: Excel.RequestContext, sheet: string, address: string): Excel.Range {
  return context.workbook.worksheets.getItem(sheet).getRange(address);
}

/** A loaded fill as a record. Without `pattern` (before 1.9) white is taken for "no fill". */
function fillOf(fill: Excel.RangeFill, withPattern: boolean): FillSnapshot {
  const color = fill.color.toUpperCase();
  return { color, pattern: withPattern ? fill.pattern : color === "#FFFFFF" ? "None" : "Solid" };
}

function restoreFill(fill: Excel.RangeFill, saved: FillSnapshot, withPattern: boolean): void {
  if (saved.pattern === "None") {
    fill.clear();
    return;
  }
  fill.color = saved.color;
  if (withPattern && saved.pattern !== "Solid") fill.pattern = saved.pattern as Excel.FillPattern;
}

/** First two batches of both operations: the record, and where the annotations are. */
async function loadMarkState(context: Excel.RequestContext, options: MarkOptions) {
  const probe = probeSnapshot(context);
  const index = new AnnotationIndex(context, options.annotation);
  await context.sync();
  const readRecord = queueSnapshotRead(probe);
  index.queueLocations();
  await context.sync();
  return { probe, index, snapshot: readRecord(), annotations: index.byCell() };
}

/** Queues taking off the recorded marks, except fills of cells in `keepFill` (about to be re-marked). */
function queueUnmark(
  context: Excel.RequestContext,
  marks: MarkSnapshot[],
  annotations: Map<string, { delete(): void }>,
  options: MarkOptions,
  keepFill: Set<string> = new Set(),
): void {
  for (const m of marks) {
    const key = cellKey(m.sheet, m.address);
    if (m.annotation && m.annotation === options.annotation) annotations.get(key)?.delete();
    if (!keepFill.has(key))
      restoreFill(cellRange(context, m.sheet, m.address).format.fill, m.fill, options.fillPattern);
  }
}

export async function markCells(context: Excel.RequestContext, marks: CellMark[], options: MarkOptions): Promise<void> {
  const merged = mergeMarks(marks);
  // Queued before loadMarkState's first sync, so they travel in the same batch.
  const fills = merged.map((m) => {
    const fill = cellRange(context, m.sheet, m.address).format.fill;
    fill.load(options.fillPattern ? "color, pattern" : "color");
    return fill;
  });
  const { probe, index, snapshot, annotations } = await loadMarkState(context, options);

  const previous = new Map(snapshot.marks.map((m) => [cellKey(m.sheet, m.address), m]));
  queueUnmark(context, snapshot.marks, annotations, options, new Set(merged.map((m) => cellKey(m.sheet, m.address))));

  const record: MarkSnapshot[] = merged.map((m, i) => {
    const key = cellKey(m.sheet, m.address);
    const before = previous.get(key);
    const range = cellRange(context, m.sheet, m.address);
    range.format.fill.color = MARK_COLOURS[m.severity];
    // A note or comment that is not ours stays as the user wrote it; ours was deleted above.
    const ours = before?.annotation === options.annotation;
    const free = !annotations.has(key) || ours;
    const annotation = options.annotation && free ? options.annotation : null;
    if (annotation) index.add(range, m.text);
    return {
      sheet: m.sheet,
      address: m.address,
      fill: before?.fill ?? fillOf(fills[i], options.fillPattern),
      annotation,
    };
  });
  queueSnapshotWrite(context, probe, { ...snapshot, marks: record });
  await context.sync();
}

export async function clearMarks(context: Excel.RequestContext, options: MarkOptions): Promise<void> {
  const { probe, snapshot, annotations } = await loadMarkState(context, options);
  if (snapshot.marks.length === 0) return;
  queueUnmark(context, snapshot.marks, annotations, options);
  queueSnapshotWrite(context, probe, { ...snapshot, marks: [] });
  await context.sync();
}
