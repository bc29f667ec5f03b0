import type { Capabilities } from "../port/workbook-port";
import { cellAddress } from "../core/grid/grid";
import { cellKey, parseSheetRange } from "./address";

/**
 * Notes (ExcelApi 1.18) or else threaded comments (1.10) on marked cells; on older hosts none
 * (the 検証結果 sheet still lists every finding). A cell carries at most one of them, so the
 * index of existing ones tells which cells are taken by the user's own. What the add-in writes
 * starts with its marker, and the record keeps the exact text: only an annotation that still
 * reads exactly so is the add-in's to remove.
 */
export type AnnotationKind = "note" | "comment";

/** The first line of every note or comment the add-in writes. */
export const ANNOTATION_MARKER = "［KPIシートチェッカー］";

export function annotationText(text: string): string {
  return `${ANNOTATION_MARKER}\n${text}`;
}

export function annotationKind(caps: Capabilities): AnnotationKind | null {
  if (caps.notes) return "note";
  if (caps.comments) return "comment";
  return null;
}

type Annotation = Excel.Note | Excel.Comment;

/** An annotation found on a cell: its text and, for a comment, how many replies its thread has. */
export interface FoundAnnotation {
  kind: AnnotationKind;
  item: Annotation;
  content: string;
  replies: number;
}

/** Where every note/comment of the workbook sits: collection in one batch, locations in the next. */
export class AnnotationIndex {
  private readonly notes: Excel.NoteCollection | null = null;
  private readonly comments: Excel.CommentCollection | null = null;
  private located: {
    kind: AnnotationKind;
    item: Annotation;
    location: Excel.Range;
    replies: OfficeExtension.ClientResult<number> | null;
  }[] = [];

  /** Where notes are written (1.18), comments are looked at too: a cell holding a thread is taken. */
  constructor(
    private readonly context: Excel.RequestContext,
    readonly kind: AnnotationKind | null,
  ) {
    if (kind === "note") {
      this.notes = context.workbook.notes;
      this.notes.load("items/content");
    }
    if (kind !== null) {
      this.comments = context.workbook.comments;
      this.comments.load("items/content");
    }
  }

  /** After the first sync: queues each annotation's location (and a comment's reply count). */
  queueLocations(): void {
    const notes = (this.notes?.items ?? []).map((item) => ({ kind: "note" as const, item, replies: null }));
    const comments = (this.comments?.items ?? []).map((item) => ({
      kind: "comment" as const,
      item,
      replies: item.replies.getCount(),
    }));
    this.located = [...notes, ...comments].map(({ kind, item, replies }) => {
      const location = item.getLocation();
      location.load("address");
      return { kind, item, location, replies };
    });
  }

  /** After the second sync: the annotations by cell key. */
  byCell(): Map<string, FoundAnnotation> {
    const map = new Map<string, FoundAnnotation>();
    for (const { kind, item, location, replies } of this.located) {
      const at = parseSheetRange(location.address);
      if (at)
        map.set(cellKey(at.sheet, cellAddress(at.top, at.left)), {
          kind,
          item,
          content: item.content,
          replies: replies?.value ?? 0,
        });
    }
    return map;
  }

  add(range: Excel.Range, text: string): void {
    if (this.kind === "note") this.context.workbook.notes.add(range, text);
    else if (this.kind === "comment") this.context.workbook.comments.add(range, text);
  }
}
