import * as path from "path";
import { writeAnnotated, RESULT_SHEET, SEVERITY_FILL } from "../../src/cli/write-annotated";
import { NOTE_MARKER } from "../../src/cli/notes-patch";
import { raise } from "../../src/core/report/finding";
import type { Finding, Report } from "../../src/core/report/schema";
import { fixture, freshDir } from "./helpers";
import { fillArgb, loadWorkbook, noteText, sheetRows } from "./package-helpers";

/**
 * An annotated copy checked again (issue 12.7): cells fixed since get their original fill back,
 * the checker's notes are replaced rather than piled up, and the user's notes stay as written.
 * styled.xlsx has F3 filled green with the user's note 「担当課に確認中」, F2 with no fill.
 */

const SHEET = "成果指標";
const USER_NOTE = "担当課に確認中";

function report(file: string, findings: Finding[]): Report {
  return {
    file,
    sheets: [{ name: SHEET, layout: "generic", targetYear: null, rows: [], findings, tables: [] }],
    summary: { rows: 0, errors: 0, warnings: 0, infos: 0 },
  };
}

const unparseable = (cell: string, found: string) => raise("VALUE_UNPARSEABLE", "default", { row: 3, cell }, { found });
const mismatch = (cell: string) =>
  raise(
    "BASIS_MISMATCH",
    "default",
    { row: 2, cell },
    { part: "", computed: "440,000", formula: "400,000 × 1.1", stated: "450,000" },
  );

const markerCount = (text: string) => text.split(NOTE_MARKER).length - 1;

describe("checking an annotated copy again", () => {
  let dir: string;
  let original: Awaited<ReturnType<typeof loadWorkbook>>;
  beforeAll(async () => {
    dir = await freshDir("recheck");
    original = await loadWorkbook(fixture("styled.xlsx"));
  });
  const out = (name: string) => path.join(dir, name);

  it("adds its note after the user's, and replaces only its own part on the next check", async () => {
    await writeAnnotated(
      fixture("styled.xlsx"),
      report("x", [unparseable("F3", "百くらい"), mismatch("F2")]),
      out("1.xlsx"),
    );
    await writeAnnotated(out("1.xlsx"), report("x", [unparseable("F3", "百ぐらい")]), out("2.xlsx"));
    const ws = (await loadWorkbook(out("2.xlsx"))).getWorksheet(SHEET)!;
    const note = noteText(ws.getCell("F3"));
    expect(note.startsWith(`${USER_NOTE}\n${NOTE_MARKER}\n`)).toBe(true);
    expect(markerCount(note)).toBe(1);
    expect(note).toContain("百ぐらい");
    expect(note).not.toContain("百くらい");
    expect(fillArgb(ws.getCell("F3"))).toBe(SEVERITY_FILL.error);
  });

  it("gives a fixed cell its original fill back and drops the checker's note", async () => {
    const ws = (await loadWorkbook(out("2.xlsx"))).getWorksheet(SHEET)!;
    expect(ws.getCell("F2").fill).toEqual(original.getWorksheet(SHEET)!.getCell("F2").fill);
    expect(noteText(ws.getCell("F2"))).toBe("");
  });

  it("keeps the fill from before the first mark through several checks", async () => {
    await writeAnnotated(out("2.xlsx"), report("x", []), out("3.xlsx"));
    const ws = (await loadWorkbook(out("3.xlsx"))).getWorksheet(SHEET)!;
    expect(fillArgb(ws.getCell("F3"))).toBe("FF92D050");
    expect(ws.getCell("F3").fill).toEqual(original.getWorksheet(SHEET)!.getCell("F3").fill);
    expect(noteText(ws.getCell("F3"))).toBe(USER_NOTE);
  });

  it("survives the copy being saved by another program, and leaves a cell the user recoloured", async () => {
    const saved = await loadWorkbook(out("1.xlsx"));
    const ws = saved.getWorksheet(SHEET)!;
    ws.getCell("F2").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FF00B0F0" } };
    await saved.xlsx.writeFile(out("resaved.xlsx")); // shared strings, its own notes drawing
    await writeAnnotated(out("resaved.xlsx"), report("x", []), out("4.xlsx"));
    const after = (await loadWorkbook(out("4.xlsx"))).getWorksheet(SHEET)!;
    expect(fillArgb(after.getCell("F2"))).toBe("FF00B0F0"); // the user's colour, not undone
    expect(fillArgb(after.getCell("F3"))).toBe("FF92D050"); // the recorded original, read back
    expect(noteText(after.getCell("F3"))).toBe(USER_NOTE);
  });

  it("leaves a user's own 検証結果 sheet alone and writes its results under a free name", async () => {
    const wb = await loadWorkbook(fixture("styled.xlsx"));
    wb.addWorksheet(RESULT_SHEET).getCell("A1").value = "自分のメモ";
    await wb.xlsx.writeFile(out("own-results.xlsx"));
    await writeAnnotated(out("own-results.xlsx"), report("x", [mismatch("F2")]), out("5.xlsx"));
    await writeAnnotated(out("5.xlsx"), report("x", [mismatch("F2")]), out("6.xlsx"));
    const copy = await loadWorkbook(out("6.xlsx"));
    expect(sheetRows(copy.getWorksheet(RESULT_SHEET)!)).toEqual([["自分のメモ"]]);
    const names = copy.worksheets.map((w) => w.name);
    expect(names.filter((n) => n.startsWith(RESULT_SHEET))).toEqual([
      RESULT_SHEET,
      `${RESULT_SHEET} (2)`,
      "検証結果_目標値",
    ]);
    expect(sheetRows(copy.getWorksheet(`${RESULT_SHEET} (2)`)!)[1][2]).toBe("F2");
  });
});
