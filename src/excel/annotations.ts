import type { Capabilities } from "../port/workbook-port";
import { cellAddress } from "../core/grid/grid";
import { cellKey, parseSheetRange } from "./address";

/**
 * Notes (ExcelApi 1.18) or else threaded comments (1.10) on marked cells; on older hosts none
 * (the 検証結果 sheet still lists every finding). A cell carries at most one of them, so the
 * index of existing ones tells which cells are taken by the user's own.
 */
export type AnnotationKind = "note" | "comment";

export function annotationKind(caps: Capabilities): AnnotationKind | null {
  if (caps.notes) return "note";
  if (caps.comments) return "comment";
  return null;
}

type Annotation = Excel.Note | Excel.Comment;

/** Where every note/comment of the workbook sits: collection in one batch, locations in the next. */
export class AnnotationIndex {
  private readonly notes: Excel.NoteCollection | null = null;
  private readonly comments: Excel.CommentCollection | null = null;
  private located: { item: Annotation; location: Excel.Range }[] = [];

  constructor(
    private readonly context: Excel.RequestContext,
    readonly kind: AnnotationKind | null,
  ) {
    if (kind === "note") {
      this.notes = context.workbook.notes;
      this.notes.load("items/content");
    } else if (kind === "comment") {
      this.comments = context.workbook.comments;
      this.comments.load("items/id");
    }
  }

  /** After the first sync: queues each annotation's location. */
  queueLocations(): void {
    const items: Annotation[] = this.notes?.items ?? this.comments?.items ?? [];
    this.located = items.map((item) => {
      const location = item.getLocation();
      location.load("address");
      return { item, location };
    });
  }

  /** After the second sync: the annotations by cell key. */
  byCell(): Map<string, Annotation> {
    const map = new Map<string, Annotation>();
    for (const { item, location } of this.located) {
      const at = parseSheetRange(location.address);
      if (at) map.set(cellKey(at.sheet, cellAddress(at.top, at.left)), item);
    }
    return map;
  }

  add(range: Excel.Range, text: string): void {
    if (this.kind === "note") this.context.workbook.notes.add(range, text);
    else if (this.kind === "comment") this.context.workbook.comments.add(range, text);
  }
}
