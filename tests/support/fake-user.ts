import { cellAddress, parseAddress } from "../../src/core/grid/grid";
import type { FakeExcel } from "./fake-excel";
import { type FakeComment, type FakeSheet, fakeError, parseRect, rectAddress } from "./fake-excel-state";

/**
 * What a user does to the workbook between two add-in actions, applied straight to the in-memory
 * Excel as Excel would: typing reinterprets text like a write to `values`; renaming keeps the
 * sheet's id; inserting a row moves every cell, merge, note and comment below it down one row.
 * No Node APIs: the browser harness bundles this file.
 */

function sheetOf(host: FakeExcel, name: string): FakeSheet {
  const sheet = host.sheet(name);
  if (!sheet) throw fakeError("ItemNotFound", `worksheet ${name}`);
  return sheet;
}

/** Types `input` into a cell (the user's own edit; the sheet's protection does not apply to the test's hand). */
export function typeInto(host: FakeExcel, sheet: string, address: string, input: string | number): void {
  const target = sheetOf(host, sheet);
  const locked = target.protected;
  target.protected = false;
  try {
    host.enterValue(target, address, input);
  } finally {
    target.protected = locked;
  }
}

export function renameSheet(host: FakeExcel, from: string, to: string): void {
  const sheet = sheetOf(host, from);
  if (host.sheet(to)) throw fakeError("ItemAlreadyExists", `sheet ${to}`);
  sheet.name = to;
  const state = host.state;
  for (const a of [...state.notes, ...state.comments]) if (a.sheet === from) a.sheet = to;
  if (state.activeSheet === from) state.activeSheet = to;
  if (state.selection?.sheet === from) state.selection.sheet = to;
}

/** Inserts an empty row above 1-based row `row` (Excel's 挿入 on a row header). */
export function insertRow(host: FakeExcel, sheet: string, row: number): void {
  const target = sheetOf(host, sheet);
  const down = (address: string): string => {
    const at = parseAddress(address)!;
    return at.row >= row - 1 ? cellAddress(at.row + 1, at.col) : address;
  };
  target.cells = Object.fromEntries(Object.entries(target.cells).map(([a, c]) => [down(a), c]));
  target.merges = target.merges.map((m) => {
    const r = parseRect(m);
    const top = r.top >= row - 1 ? r.top + 1 : r.top;
    const bottom = r.bottom >= row - 1 ? r.bottom + 1 : r.bottom;
    return rectAddress({ ...r, top, bottom });
  });
  for (const a of [...host.state.notes, ...host.state.comments]) if (a.sheet === sheet) a.address = down(a.address);
}

export function addNote(host: FakeExcel, sheet: string, address: string, content: string): void {
  host.state.notes.push({ sheet, address, content });
}

/** A threaded comment, with colleagues' replies. */
export function addComment(
  host: FakeExcel,
  sheet: string,
  address: string,
  content: string,
  replies: string[] = [],
): FakeComment {
  const comment: FakeComment = { id: `c${host.state.nextCommentId++}`, sheet, address, content, replies };
  host.state.comments.push(comment);
  return comment;
}

/** A colleague replies to the comment on a cell. */
export function reply(host: FakeExcel, sheet: string, address: string, content: string): void {
  const comment = host.state.comments.find((c) => c.sheet === sheet && c.address === address);
  if (!comment) throw fakeError("ItemNotFound", `comment at ${sheet}!${address}`);
  (comment.replies ??= []).push(content);
}
