import fc from "fast-check";
import { cellAddress, gridFromRows } from "../../src/core/grid/grid";
import { ANNOTATION_MARKER } from "../../src/excel/annotations";
import { createExcelPort } from "../../src/excel/excel-port";
import { RESULT_SHEET } from "../../src/excel/result-sheet";
import type { CellMark, CellWrite, SkippedCell, WorkbookPort } from "../../src/port/workbook-port";
import { FakeExcel, fakeOfficeDeps, type FakeSheet } from "../support/fake-excel";
import { addComment, addNote, insertRow, renameSheet, reply, typeInto } from "../support/fake-user";
import { resultTables } from "../support/result-tables";

/**
 * 1,000 random sequences of what the pane and a user do to a workbook — 検証, 適用 (from a check
 * that may be stale), 元に戻す, marks on and off, the 検証結果 sheet, typing, notes, comments and
 * replies, fills, inserted rows, a renamed sheet, save and reopen — on hosts from ExcelApi 1.9 to
 * 1.18. At the end every undo step is taken back and the marks taken off, and nothing the user
 * wrote may be missing: each value they typed (or had) is in its cell, unless the add-in said it
 * left that cell and named the value to put back; every note and thread of theirs is there with
 * its replies; their fills are there unless the add-in said it left a mark; their column on the
 * 検証結果 sheet and their own sheet of that name are untouched. Seeded: the same 1,000 each run.
 */

const DATA_ROWS = 6;
const COLS = 3;
const USER_VALUES = ["9件/年（課長確認済み）", 42, "R7", "手入力", "1,000"] as const;
const WRITTEN = ["18,940人/年", 160, "12.4%", "R6.4.1", "19,000"] as const;
const COLOURS = ["#00B050", "#FF0000", "#FFFF00"] as const;

type Op =
  | { kind: "check" }
  | { kind: "apply"; rows: number[]; value: number }
  | { kind: "undo" }
  | { kind: "mark"; cells: [number, number][] }
  | { kind: "unmark" }
  | { kind: "type"; row: number; col: number; value: number }
  | { kind: "note"; row: number; col: number }
  | { kind: "comment"; row: number; col: number }
  | { kind: "reply"; pick: number }
  | { kind: "editNote"; pick: number }
  | { kind: "fill"; row: number; col: number; colour: number }
  | { kind: "insert"; row: number }
  | { kind: "rename" }
  | { kind: "results"; lines: number }
  | { kind: "resultsNote"; row: number }
  | { kind: "reopen" };

const row = fc.integer({ min: 2, max: DATA_ROWS + 2 });
const col = fc.nat(COLS - 1);
const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 3, arbitrary: fc.constant({ kind: "check" as const }) },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant("apply" as const),
      rows: fc.uniqueArray(row, { minLength: 1, maxLength: 3 }),
      value: fc.nat(WRITTEN.length - 1),
    }),
  },
  { weight: 2, arbitrary: fc.constant({ kind: "undo" as const }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant("mark" as const),
      cells: fc.array(fc.tuple(row, col), { minLength: 1, maxLength: 3 }),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: "unmark" as const }) },
  {
    weight: 3,
    arbitrary: fc.record({ kind: fc.constant("type" as const), row, col, value: fc.nat(USER_VALUES.length - 1) }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("note" as const), row, col }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("comment" as const), row, col }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("reply" as const), pick: fc.nat(5) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("editNote" as const), pick: fc.nat(5) }) },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant("fill" as const), row, col, colour: fc.nat(COLOURS.length - 1) }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("insert" as const), row }) },
  { weight: 1, arbitrary: fc.constant({ kind: "rename" as const }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("results" as const), lines: fc.integer({ min: 1, max: 4 }) }) },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant("resultsNote" as const), row: fc.integer({ min: 3, max: 6 }) }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: "reopen" as const }) },
);

type Value = string | number | boolean;

/** What the user put in the workbook, tracked through inserted rows. */
class UserModel {
  /** "row:col" (0-based) → value, on the KPI sheet. */
  values = new Map<string, Value>();
  fills = new Map<string, string>();
  notes: string[] = [];
  threads = new Map<string, { content: string; replies: string[] }>();
  resultNotes = new Map<string, Value>();
  /** Originals the add-in named when it left a cell; fills it said it left. */
  told: unknown[] = [];
  fillsLeft = 0;

  shift(insertedRow: number): void {
    const down = <T>(m: Map<string, T>): Map<string, T> =>
      new Map(
        [...m].map(([k, v]) => {
          const [r, c] = k.split(":").map(Number);
          return [`${r >= insertedRow - 1 ? r + 1 : r}:${c}`, v];
        }),
      );
    this.values = down(this.values);
    this.fills = down(this.fills);
  }

  hear(skipped: SkippedCell[]): void {
    for (const s of skipped) {
      if (s.original !== undefined) this.told.push(s.original);
      if (s.reason === "moved" || s.reason === "changed") this.fillsLeft++;
    }
  }
}

function workbook(withUserResultSheet: boolean) {
  const rows: (string | number | null)[][] = [["指標", "R6", "R12"]];
  for (let i = 0; i < DATA_ROWS; i++) rows.push([`指標${i}`, 100 + i, i % 2 === 0 ? null : `${200 + i}件`]);
  const grids = [gridFromRows("KPI", rows)];
  if (withUserResultSheet) grids.push(gridFromRows(RESULT_SHEET, [["私の集計", 3]]));
  return grids;
}

function annotationAt(fake: FakeExcel, sheet: string, address: string): boolean {
  const at = (a: { sheet: string; address: string }) => a.sheet === sheet && a.address === address;
  return fake.state.notes.some(at) || fake.state.comments.some(at);
}

async function runSequence(ops: Op[], apiVersion: string, withUserResultSheet: boolean): Promise<void> {
  let fake = FakeExcel.fromGrids(workbook(withUserResultSheet), { apiVersion });
  let port: WorkbookPort = createExcelPort(fakeOfficeDeps(fake));
  const userResultSheet = fake.snapshotState().sheets.find((s) => s.name === RESULT_SHEET);
  const model = new UserModel();
  for (const [address, cell] of Object.entries(fake.sheet("KPI")!.cells)) {
    const { row: r, col: c } = { row: Number(address.slice(1)) - 1, col: address.charCodeAt(0) - 65 };
    model.values.set(`${r}:${c}`, cell.value);
  }
  let name = "KPI";
  let checked: { name: string; cells: FakeSheet["cells"] } | null = null;
  let results: string | null = null;
  let notes = 0;

  for (const op of ops) {
    switch (op.kind) {
      case "check": {
        const contents = await port.readWorkbook(["mapping"]);
        // The add-in's own sheets are never read; the user's sheets always are.
        expect(contents.grids.map((g) => g.name)).toEqual(userResultSheet ? [name, RESULT_SHEET] : [name]);
        checked = { name, cells: structuredClone(fake.sheet(name)!.cells) };
        break;
      }
      case "apply": {
        if (!checked) break;
        const seen = checked;
        const writes: CellWrite[] = op.rows.map((r) => ({
          sheet: seen.name,
          address: `C${r}`,
          value: WRITTEN[op.value],
          expect: {
            value: seen.cells[`C${r}`]?.value ?? null,
            label: { address: `A${r}`, value: seen.cells[`A${r}`]?.value ?? null },
          },
        }));
        await port.writeValues(writes);
        break;
      }
      case "undo":
        model.hear((await port.revert()).skipped);
        break;
      case "mark": {
        const marks: CellMark[] = op.cells.map(([r, c]) => ({
          sheet: checked?.name ?? name,
          address: cellAddress(r - 1, c),
          severity: c === 2 ? "error" : "warning",
          text: `指摘${r}`,
        }));
        model.hear((await port.markCells(marks)).skipped);
        break;
      }
      case "unmark":
        model.hear((await port.clearMarks()).kept);
        break;
      case "type": {
        const address = cellAddress(op.row - 1, op.col);
        typeInto(fake, name, address, USER_VALUES[op.value]);
        model.values.set(`${op.row - 1}:${op.col}`, fake.cell(name, address)!.value);
        break;
      }
      case "note":
      case "comment": {
        const address = cellAddress(op.row - 1, op.col);
        if (annotationAt(fake, name, address)) break;
        const text = `利用者のメモ${notes++}`;
        if (op.kind === "note") {
          addNote(fake, name, address, text);
          model.notes.push(text);
        } else {
          const c = addComment(fake, name, address, text, ["返信"]);
          model.threads.set(c.id, { content: text, replies: ["返信"] });
        }
        break;
      }
      case "reply": {
        const c = fake.state.comments[op.pick % Math.max(1, fake.state.comments.length)];
        if (!c) break;
        reply(fake, c.sheet, c.address, "了解です");
        model.threads.set(c.id, { content: c.content, replies: [...(c.replies ?? [])] });
        break;
      }
      case "editNote": {
        const ours = fake.state.notes.filter((n) => n.content.startsWith(ANNOTATION_MARKER));
        const n = ours[op.pick % Math.max(1, ours.length)];
        if (!n) break;
        // Once edited, the note is the user's: its latest text is what must stay.
        const earlier = model.notes.indexOf(n.content);
        if (earlier >= 0) model.notes.splice(earlier, 1);
        n.content += "\n対応済み";
        model.notes.push(n.content);
        break;
      }
      case "fill": {
        const address = cellAddress(op.row - 1, op.col);
        fake.updateCell(fake.sheet(name)!, address, (cell) => {
          cell.fill = { color: COLOURS[op.colour], pattern: "Solid" };
        });
        model.fills.set(`${op.row - 1}:${op.col}`, COLOURS[op.colour]);
        break;
      }
      case "insert":
        insertRow(fake, name, op.row);
        model.shift(op.row);
        break;
      case "rename": {
        const next = name === "KPI" ? "KPI（R7）" : "KPI";
        renameSheet(fake, name, next);
        name = next;
        break;
      }
      case "results":
        [results] = await port.writeResultSheet(
          resultTables(
            Array.from({ length: op.lines }, (_, i) => ({
              sheet: name,
              cell: `C${i + 2}`,
              severity: "warning" as const,
              code: "UNIT_STYLE" as const,
              message: `行${i + 2}`,
            })),
          ),
        );
        expect(results).not.toBe(userResultSheet ? RESULT_SHEET : "");
        break;
      case "resultsNote":
        if (!results) break;
        typeInto(fake, results, `F${op.row}`, `確認${op.row}`);
        model.resultNotes.set(`F${op.row}`, `確認${op.row}`);
        break;
      case "reopen":
        fake = FakeExcel.open(fake.save(), { apiVersion });
        port = createExcelPort(fakeOfficeDeps(fake));
        break;
    }
  }

  for (let i = 0; i < 50 && (await port.canRevert()); i++) model.hear((await port.revert()).skipped);
  expect(await port.canRevert()).toBe(false);
  model.hear((await port.clearMarks()).kept);

  const sheet = fake.sheet(name)!;
  for (const [key, value] of model.values) {
    const [r, c] = key.split(":").map(Number);
    const now = sheet.cells[cellAddress(r, c)]?.value ?? "";
    if (now !== value) expect(model.told).toContain(value);
  }
  const contents = fake.state.notes.map((n) => n.content);
  for (const text of model.notes) expect(contents).toContain(text);
  for (const [id, thread] of model.threads) {
    const c = fake.state.comments.find((x) => x.id === id);
    expect(c?.content).toBe(thread.content);
    expect(c?.replies).toEqual(expect.arrayContaining(thread.replies));
  }
  let fillsLost = 0;
  for (const [key, colour] of model.fills) {
    const [r, c] = key.split(":").map(Number);
    if (sheet.cells[cellAddress(r, c)]?.fill?.color !== colour) fillsLost++;
  }
  expect(fillsLost).toBeLessThanOrEqual(model.fillsLeft);
  for (const [address, value] of model.resultNotes) expect(fake.cell(results!, address)?.value).toBe(value);
  if (userResultSheet) expect(fake.sheet(RESULT_SHEET)).toEqual(userResultSheet);
}

describe("random sequences of checks, writes, marks and user edits", () => {
  it("lose nothing the user wrote (1,000 seeded sequences)", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(opArb, { minLength: 1, maxLength: 14 }),
        fc.constantFrom("1.18", "1.14", "1.10", "1.9"),
        fc.boolean(),
        (ops, apiVersion, withUserResultSheet) => runSequence(ops, apiVersion, withUserResultSheet),
      ),
      { numRuns: 1_000, seed: 12_012 },
    );
  }, 300_000);
});
