import { cellStyles, mergeAnchors, mergedAreas, patchCellStyles } from "../../src/cli/sheet-cells";

const sheet = (data: string) =>
  `<worksheet xmlns="m"><cols><col min="3" max="3" width="9" style="4"/></cols><sheetData>${data}</sheetData><mergeCells count="2"><mergeCell ref="A5:B6"/><mergeCell ref="D4:XFD1048576"/></mergeCells></worksheet>`;

describe("patchCellStyles", () => {
  const xml = sheet(
    `<row r="2" spans="1:2"><c r="A2" s="1" t="s"><v>0</v></c><c r="B2"><v>5</v></c></row><row r="4" s="7" customFormat="1"/>`,
  );

  it("changes s= on existing cells and keeps everything else of them", () => {
    const out = patchCellStyles(
      xml,
      new Map([
        ["A2", (s: number) => s + 10],
        ["B2", () => 3],
      ]),
    );
    expect(out).toContain(
      `<row r="2" spans="1:2"><c r="A2" s="11" t="s"><v>0</v></c><c r="B2"><v>5</v></c>`.replace(
        `<c r="B2">`,
        `<c r="B2" s="3">`,
      ),
    );
  });

  it("inserts absent cells and rows in order, styled like their row or column", () => {
    const out = patchCellStyles(
      xml,
      new Map([
        ["C2", (s: number) => s * 100], // column C has style 4
        ["A1", () => 9], // a row before every row
        ["B4", (s: number) => s * 100], // row 4 has style 7
        ["A3", () => 8], // between rows
        ["Z9", () => 2], // after every row
      ]),
    );
    const data = /<sheetData>(.*)<\/sheetData>/.exec(out)![1];
    expect(data).toBe(
      `<row r="1"><c r="A1" s="9"/></row>` +
        `<row r="2"><c r="A2" s="1" t="s"><v>0</v></c><c r="B2"><v>5</v></c><c r="C2" s="400"/></row>` +
        `<row r="3"><c r="A3" s="8"/></row>` +
        `<row r="4" s="7" customFormat="1"><c r="B4" s="700"/></row>` +
        `<row r="9"><c r="Z9" s="2"/></row>`,
    );
  });

  it("reads the current style of present and absent cells", () => {
    expect(Object.fromEntries(cellStyles(xml, ["A2", "B2", "C2", "B4", "E7"]))).toEqual({
      A2: 1,
      B2: 0,
      C2: 4,
      B4: 7,
      E7: 0,
    });
  });
});

describe("mergeAnchors", () => {
  it("gives a merged area's top-left, also for an area over a million rows", () => {
    const anchor = mergeAnchors(mergedAreas(sheet("")));
    expect(["B6", "A5", "C6", "ZZ900000", "C4"].map(anchor)).toEqual(["A5", "A5", "C6", "D4", "C4"]);
  });
});
