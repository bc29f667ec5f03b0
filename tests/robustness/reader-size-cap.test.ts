import { strToU8, zipSync, type Zippable } from "fflate";
import { readWorkbookBuffer } from "../../src/cli/read-workbook";
import { readErrorAs } from "../support/read-error";

/**
 * The caps on uncompressed bytes, lowered here to 64 KB a part and 100 KB in all so small
 * packages can reach them (the real caps are hundreds of MB).
 */
jest.mock("../../src/cli/xlsx/limits", () => {
  const actual = jest.requireActual<typeof import("../../src/cli/xlsx/limits")>("../../src/cli/xlsx/limits");
  return { ...actual, LIMITS: { ...actual.LIMITS, partBytes: 64 * 1024, totalBytes: 100 * 1024 } };
});

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';

/** A sheet part of exactly `bytes` bytes: one cell, padded with whitespace between elements. */
function sheetOfSize(bytes: number): string {
  const head = `<worksheet ${NS}><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>`;
  const tail = "</worksheet>";
  return head + " ".repeat(bytes - head.length - tail.length) + tail;
}

/** A workbook whose sheets have the given sizes in bytes, deflated. */
function workbook(sheetBytes: number[]): Buffer {
  const rels = sheetBytes.map(
    (_, i) =>
      `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
  );
  const files: Zippable = {
    "xl/workbook.xml": strToU8(
      `<workbook ${NS} xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>` +
        sheetBytes.map((_, i) => `<sheet name="S${i + 1}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("") +
        "</sheets></workbook>",
    ),
    "xl/_rels/workbook.xml.rels": strToU8(
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join("")}</Relationships>`,
    ),
  };
  sheetBytes.forEach((n, i) => (files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(sheetOfSize(n))));
  return Buffer.from(zipSync(files, { level: 6 }));
}

const readError = readErrorAs("big.xlsx");

describe("the caps on uncompressed bytes (lowered)", () => {
  it("reads a part of exactly the part cap, stops one byte over it with one line of reason", () => {
    expect(readWorkbookBuffer(workbook([64 * 1024]))[0].cells[0][0]?.text).toBe("1");
    const err = readError(workbook([64 * 1024 + 1]));
    expect(err.kind).toBe("too-large");
    expect(err.line()).toMatch(/^big\.xlsx: .*too large.*: xl\/worksheets\/sheet1\.xml 1 MB > 1 MB$/);
  });

  it("stops when the parts together pass the total cap, each within the part cap", () => {
    // the workbook part and its relationships (under 1 KB) count towards the total too
    expect(readWorkbookBuffer(workbook([49 * 1024, 49 * 1024]))).toHaveLength(2);
    const err = readError(workbook([50 * 1024, 50 * 1024]));
    expect(err.kind).toBe("too-large");
    expect(err.line()).toMatch(/too large.*: total 1 MB > 1 MB$/);
  });

  it("refuses a part that declares a size within the caps and inflates past the part cap", () => {
    const buf = workbook([200 * 1024]);
    const name = Buffer.from("xl/worksheets/sheet1.xml");
    const record = buf.lastIndexOf(name) - 46;
    buf.writeUInt32LE(1024, record + 24); // declares 1 KB: damaged, not too large
    expect(readError(buf).kind).toBe("corrupt");
  });
});
