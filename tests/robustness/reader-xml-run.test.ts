import { strToU8, zipSync } from "fflate";
import { readWorkbookBuffer } from "../../src/cli/read-workbook";
import { readErrorAs } from "../support/read-error";

/**
 * The cap on one run of characters without "<" (a text node or a tag), lowered here to 64 K
 * characters so small packages reach it (the real cap is 1 M). It is checked as each piece of
 * inflated text arrives: a run that spans pieces stops the read once it passes the cap.
 */
jest.mock("../../src/cli/xlsx/limits", () => {
  const actual = jest.requireActual<typeof import("../../src/cli/xlsx/limits")>("../../src/cli/xlsx/limits");
  return { ...actual, LIMITS: { ...actual.LIMITS, xmlRun: 64 * 1024 } };
});

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';

/** Letters that deflate poorly, so the inflated text comes in many pieces, as a real sheet's does. */
function letters(n: number): string {
  let seed = 12345;
  let s = "";
  for (let i = 0; i < n; i++) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    s += String.fromCharCode(97 + (seed % 26));
  }
  return s;
}

/** A one-sheet workbook whose A1 holds `text` inline. */
function workbook(text: string): Buffer {
  const sheet =
    `<worksheet ${NS}><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>${text}</t></is></c></row>` +
    `<row r="2"><c r="A2"><v>2</v></c></row></sheetData></worksheet>`;
  return Buffer.from(
    zipSync(
      {
        "xl/workbook.xml": strToU8(
          `<workbook ${NS} xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
            `<sheets><sheet name="S1" sheetId="1" r:id="rId1"/></sheets></workbook>`,
        ),
        "xl/_rels/workbook.xml.rels": strToU8(
          `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
            `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>` +
            `</Relationships>`,
        ),
        "xl/worksheets/sheet1.xml": strToU8(sheet),
      },
      { level: 6 },
    ),
  );
}

const readError = readErrorAs("run.xlsx");

describe("the cap on a run without markup (lowered to 64 K characters)", () => {
  it("reads a text under the cap whole", () => {
    const text = letters(60 * 1024);
    const [grid] = readWorkbookBuffer(workbook(text), { label: "run.xlsx" });
    expect(grid.cells[0][0]?.text).toBe(text);
    expect(grid.cells[1][0]?.value).toBe(2);
  });

  it.each([
    ["a part inflated whole (under 1 MB)", 600 * 1024],
    ["a part streamed piece by piece (over 1 MB)", 3 * 1024 * 1024],
  ])("stops a run that spans pieces, in %s, with one line of reason", (_, n) => {
    const err = readError(workbook(letters(n)));
    expect(err.kind).toBe("too-large");
    expect(err.line()).toMatch(/^run\.xlsx: .*too large.*: xl\/worksheets\/sheet1\.xml: XML run > 65536 characters$/);
  });
});
