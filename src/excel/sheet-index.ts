/**
 * The workbook's sheets by id and name, loaded in the caller's first batch. Records (undo,
 * marks, the 検証結果 sheet) name a sheet by its Worksheet.id, which survives a rename; the
 * index turns that id back into today's name.
 */

export interface SheetInfo {
  id: string;
  name: string;
  visibility: string;
}

export class SheetIndex {
  private readonly byId = new Map<string, SheetInfo>();
  private readonly byName = new Map<string, SheetInfo>();

  constructor(readonly sheets: SheetInfo[]) {
    for (const s of sheets) {
      this.byId.set(s.id, s);
      this.byName.set(s.name, s);
    }
  }

  named(name: string): SheetInfo | undefined {
    return this.byName.get(name);
  }

  /** Today's name of a recorded sheet: by id; by the recorded name only for records without an id. */
  nameOf(ref: { sheetId?: string; sheet: string }): string | null {
    if (ref.sheetId) return this.byId.get(ref.sheetId)?.name ?? null;
    return this.byName.get(ref.sheet)?.name ?? null;
  }

  hasId(id: string | null): boolean {
    return id !== null && this.byId.has(id);
  }
}

/** Queues the sheet list (id, name, visibility); after the sync, the index. */
export function queueSheetIndex(context: Excel.RequestContext): () => SheetIndex {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name, items/id, items/visibility");
  return () => new SheetIndex(sheets.items.map((s) => ({ id: s.id, name: s.name, visibility: s.visibility })));
}

/** Queues whether each named sheet is protected; after the sync, the protected ones. */
export function queueProtection(context: Excel.RequestContext, names: Iterable<string>): () => Set<string> {
  const probes = [...new Set(names)].map((name) => {
    const protection = context.workbook.worksheets.getItem(name).protection;
    protection.load("protected");
    return { name, protection };
  });
  return () => new Set(probes.filter((p) => p.protection.protected).map((p) => p.name));
}
