import type { Severity } from "../core/report/schema";
import { parseAddress } from "../core/grid/grid";
import type { CellMark, ClearResult, MarkResult, SkippedCell } from "../port/workbook-port";
import {
  ANNOTATION_MARKER,
  type AnnotationKind,
  AnnotationIndex,
  type FoundAnnotation,
  annotationText,
} from "./annotations";
import { cellKey } from "./address";
import { type SheetIndex, queueProtection, queueSheetIndex } from "./sheet-index";
import {
  type FillSnapshot,
  type MarkSnapshot,
  type SnapshotData,
  type SnapshotProbe,
  probeSnapshot,
  queueSnapshotRead,
  queueSnapshotWrite,
} from "./snapshot-store";

/**
 * Marking cells by severity, and taking the marks off again, touching only what the add-in made.
 * The original fill of every marked cell, and the exact text of the note/comment the add-in put
 * there, are recorded (sheet by Worksheet.id) before the cell is touched, in the same batch: if a
 * fill fails half way, the record already covers it. "Clear marks" puts the fills back exactly
 * (no fill stays no fill) and removes a note/comment only while it still reads as the add-in
 * wrote it; a thread someone replied to is resolved (ExcelApi 1.11) or left, never deleted. A
 * user's own note on a cell is never replaced. Marking again first takes the previous marks off.
 * A fill the user changed on a marked cell is theirs: 印を消す leaves it, marking again records it
 * as the cell's original.
 * Protected sheets are left alone and listed. Four syncs each (three when there are no marks yet).
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
  /** Comment.resolved is available (ExcelApi 1.11). */
  resolveThreads: boolean;
  /** Whether new marks get a note/comment (false: fills only, the add-in's old ones still removed). */
  annotate: boolean;
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

interface MarkState {
  probe: SnapshotProbe;
  annotationIndex: AnnotationIndex;
  sheets: SheetIndex;
  snapshot: SnapshotData;
  annotations: Map<string, FoundAnnotation>;
  locked: Set<string>;
  /** The colour and value each recorded mark's cell shows now, by cell key. */
  now: Map<string, { colour: string; value: unknown }>;
}

/**
 * First batches of both operations: the sheets, the record, where the annotations are and which
 * sheets are protected; `beforeSecondSync` queues the caller's own loads of the second batch; a
 * third, only when there are recorded marks, reads the colours their cells show now.
 */
async function loadMarkState(
  context: Excel.RequestContext,
  options: MarkOptions,
  beforeSecondSync: (sheets: SheetIndex) => void = () => undefined,
): Promise<MarkState> {
  const probe = probeSnapshot(context);
  const annotationIndex = new AnnotationIndex(context, options.annotation);
  const sheetIndex = queueSheetIndex(context);
  await context.sync();
  const sheets = sheetIndex();
  const readRecord = queueSnapshotRead(probe);
  annotationIndex.queueLocations();
  const protectedSheets = queueProtection(
    context,
    sheets.sheets.map((s) => s.name),
  );
  beforeSecondSync(sheets);
  await context.sync();
  const snapshot = readRecord();
  const locked = protectedSheets();
  const fills = snapshot.marks.flatMap((m) => {
    const sheet = sheets.nameOf(m);
    if (sheet === null || locked.has(sheet)) return [];
    const range = cellRange(context, sheet, m.address);
    range.load("values");
    range.format.fill.load("color");
    return [{ key: cellKey(sheet, m.address), range }];
  });
  if (fills.length > 0) await context.sync();
  return {
    probe,
    annotationIndex,
    sheets,
    snapshot,
    annotations: annotationIndex.byCell(),
    locked,
    now: new Map(
      fills.map(({ key, range }) => [
        key,
        { colour: range.format.fill.color.toUpperCase(), value: range.values[0][0] },
      ]),
    ),
  };
}

interface Unmarked {
  /** Marks that could not be taken off (protected sheet): they stay in the record. */
  remaining: MarkSnapshot[];
  kept: SkippedCell[];
  /** Cells whose add-in note/comment was deleted (free for a new one). */
  freed: Set<string>;
}

/**
 * What a marked cell may hold and still be the cell that was marked: its value then, and what the
 * add-in's own writes to it put there or took back (適用 on a marked cell is the usual order).
 */
function valuesOf(snapshot: SnapshotData, m: MarkSnapshot): Set<unknown> {
  const values = new Set<unknown>([m.value]);
  for (const step of snapshot.steps)
    for (const v of step.values)
      if (v.sheetId === m.sheetId && v.address === m.address) {
        values.add(v.value);
        values.add(v.after);
      }
  return values;
}

/** Queues taking off the recorded marks, except fills of cells in `keepFill` (about to be re-marked). */
function queueUnmark(
  context: Excel.RequestContext,
  state: MarkState,
  options: MarkOptions,
  keepFill: Set<string> = new Set(),
): Unmarked {
  const out: Unmarked = { remaining: [], kept: [], freed: new Set() };
  for (const m of state.snapshot.marks) {
    const sheet = state.sheets.nameOf(m);
    // The sheet was deleted: nothing left to take off.
    if (sheet === null) continue;
    if (state.locked.has(sheet)) {
      out.remaining.push(m);
      out.kept.push({ sheet, address: m.address, reason: "protected" });
      continue;
    }
    const key = cellKey(sheet, m.address);
    const found = state.annotations.get(key);
    if (m.annotation && found && m.annotation.kind === found.kind) {
      if (found.content !== m.annotation.content) {
        if (found.content.startsWith(ANNOTATION_MARKER)) out.kept.push({ sheet, address: m.address, reason: "edited" });
      } else if (found.replies > 0) {
        if (options.resolveThreads) (found.item as Excel.Comment).resolved = true;
        out.kept.push({ sheet, address: m.address, reason: "replied" });
      } else {
        found.item.delete();
        out.freed.add(key);
      }
    }
    if (keepFill.has(key)) continue;
    const now = state.now.get(key);
    if (m.value !== undefined && !valuesOf(state.snapshot, m).has(now?.value)) {
      out.kept.push({ sheet, address: m.address, reason: "moved" });
      continue;
    }
    if (m.colour !== undefined && now?.colour !== m.colour) {
      out.kept.push({ sheet, address: m.address, reason: "changed" });
      continue;
    }
    restoreFill(cellRange(context, sheet, m.address).format.fill, m.fill, options.fillPattern);
  }
  return out;
}

export async function markCells(
  context: Excel.RequestContext,
  marks: CellMark[],
  options: MarkOptions,
): Promise<MarkResult> {
  const merged = mergeMarks(marks);
  let cells: (Excel.Range | null)[] = [];
  const state = await loadMarkState(context, options, (sheets) => {
    cells = merged.map((m) => {
      if (!sheets.named(m.sheet)) return null;
      const range = cellRange(context, m.sheet, m.address);
      range.load("values");
      range.format.fill.load(options.fillPattern ? "color, pattern" : "color");
      return range;
    });
  });

  const skipped: SkippedCell[] = [];
  const toMark = merged.flatMap((m, i) => {
    const range = cells[i];
    if (!range) skipped.push({ sheet: m.sheet, address: m.address, reason: "sheet-missing" });
    else if (state.locked.has(m.sheet)) skipped.push({ sheet: m.sheet, address: m.address, reason: "protected" });
    else return [{ m, range, fill: range.format.fill, key: cellKey(m.sheet, m.address) }];
    return [];
  });

  const previous = new Map<string, MarkSnapshot>();
  for (const p of state.snapshot.marks) {
    const sheet = state.sheets.nameOf(p);
    if (sheet !== null) previous.set(cellKey(sheet, p.address), p);
  }
  const unmarked = queueUnmark(context, state, options, new Set(toMark.map((t) => t.key)));

  const record: MarkSnapshot[] = toMark.map(({ m, range, fill, key }) => {
    const before = previous.get(key);
    // Still the mark's colour: the original is the recorded one; else the user's fill is now the original.
    const marked = before && (before.colour === undefined || fillOf(fill, false).color === before.colour);
    // A note or comment that is not the add-in's stays as the user wrote it.
    const free = !state.annotations.has(key) || unmarked.freed.has(key);
    const text = annotationText(m.text);
    return {
      sheetId: state.sheets.named(m.sheet)!.id,
      sheet: m.sheet,
      address: m.address,
      fill: marked ? before.fill : fillOf(fill, options.fillPattern),
      colour: MARK_COLOURS[m.severity],
      value: range.values[0][0] as string | number | boolean,
      annotation: options.annotation && options.annotate && free ? { kind: options.annotation, content: text } : null,
    };
  });
  // The record before any fill: a mark that fails half way can still be taken off.
  queueSnapshotWrite(context, state.probe, { ...state.snapshot, marks: [...unmarked.remaining, ...record] });
  toMark.forEach(({ m }, i) => {
    const range = cellRange(context, m.sheet, m.address);
    range.format.fill.color = MARK_COLOURS[m.severity];
    const annotation = record[i].annotation;
    if (annotation) state.annotationIndex.add(range, annotation.content);
  });
  await context.sync();
  return { marked: toMark.length, skipped };
}

export async function clearMarks(context: Excel.RequestContext, options: MarkOptions): Promise<ClearResult> {
  const state = await loadMarkState(context, options);
  if (state.snapshot.marks.length === 0) return { cleared: 0, kept: [] };
  const unmarked = queueUnmark(context, state, options);
  queueSnapshotWrite(context, state.probe, { ...state.snapshot, marks: unmarked.remaining });
  await context.sync();
  return { cleared: state.snapshot.marks.length - unmarked.remaining.length, kept: unmarked.kept };
}
