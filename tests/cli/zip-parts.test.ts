import { strToU8, zipSync, type Zippable } from "fflate";
import { readWorkbookBuffer } from "../../src/cli/read-workbook";
import { WorkbookError } from "../../src/cli/errors";
import { ZipPackage } from "../../src/cli/xlsx/zip";
import { readErrorAs } from "../support/read-error";

/**
 * The zip layer under the reader: a part reads only when it inflates to exactly the size its
 * entry declares, stored and deflated parts read alike, small parts (inflated whole) and large
 * ones (over 1 MB, streamed) alike, and text is decoded piece by piece without splitting a
 * character.
 */

const SHEET = "xl/worksheets/sheet1.xml";
const STRINGS = "xl/sharedStrings.xml";
const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';

function sheetXml(rows: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?><worksheet ${NS}><sheetData>${rows}</sheetData></worksheet>`;
}

const inline = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;

/** A workbook of one sheet "S", each part stored (`level: 0`) or deflated as asked. */
function workbook(sheet: string, options: { strings?: string[]; stored?: boolean } = {}): Buffer {
  const level = options.stored ? 0 : 6;
  const files: Zippable = {
    "xl/workbook.xml": strToU8(
      `<workbook ${NS} xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
        '<sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>',
    ),
    "xl/_rels/workbook.xml.rels": strToU8(
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>' +
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>' +
        "</Relationships>",
    ),
    [SHEET]: [strToU8(sheet), { level }],
  };
  if (options.strings) {
    const items = options.strings.map((s) => `<si><t>${s}</t></si>`).join("");
    files[STRINGS] = [strToU8(`<sst ${NS}>${items}</sst>`), { level }];
  }
  return Buffer.from(zipSync(files));
}

/** Offset of a part's central-directory record (its name sits 46 bytes in). */
function centralRecord(buf: Buffer, part: string): number {
  const record = buf.lastIndexOf(Buffer.from(part)) - 46;
  expect(buf.readUInt32LE(record)).toBe(0x02014b50);
  return record;
}

/** Rewrites a field of a part's central-directory record: 10 method, 20 compressed size, 24 size. */
function patched(buf: Buffer, part: string, field: 10 | 20 | 24, edit: (old: number) => number): Buffer {
  const copy = Buffer.from(buf);
  const at = centralRecord(copy, part) + field;
  if (field === 10) copy.writeUInt16LE(edit(copy.readUInt16LE(at)), at);
  else copy.writeUInt32LE(edit(copy.readUInt32LE(at)), at);
  return copy;
}

const readError = readErrorAs("zip.xlsx");

const ROWS = `<row r="1">${inline("A1", "指標名")}<c r="B1" t="s"><v>0</v></c><c r="C1"><v>12.5</v></c></row>`;
/** The same first row, then enough rows to take the sheet part over 1 MB (streamed). */
const LARGE_ROWS =
  ROWS + Array.from({ length: 15_000 }, (_, i) => `<row r="${i + 2}">${inline(`A${i + 2}`, "指標")}</row>`).join("");

describe("zip parts: sizes as declared", () => {
  it("reads stored and deflated packages to the same grid", () => {
    const deflated = readWorkbookBuffer(workbook(sheetXml(ROWS), { strings: ["人"] }));
    const stored = readWorkbookBuffer(workbook(sheetXml(ROWS), { strings: ["人"], stored: true }));
    expect(deflated[0].cells[0].map((c) => c?.text)).toEqual(["指標名", "人", "12.5"]);
    expect(stored).toEqual(deflated);
  });

  it.each([
    ["small", ROWS],
    ["large", LARGE_ROWS],
  ])("refuses a %s deflated part one byte longer or shorter than declared, reads it at its size", (_, rows) => {
    const buf = workbook(sheetXml(rows), { strings: ["人"] });
    if (rows === LARGE_ROWS) expect(new ZipPackage(buf, "zip.xlsx").sizeOf(SHEET)).toBeGreaterThan(1024 * 1024);
    for (const part of [SHEET, STRINGS]) {
      expect(readError(patched(buf, part, 24, (n) => n - 1)).kind).toBe("corrupt");
      expect(readError(patched(buf, part, 24, (n) => n + 1)).kind).toBe("corrupt");
    }
    expect(readWorkbookBuffer(patched(buf, SHEET, 24, (n) => n))[0].cells[0][0]?.text).toBe("指標名");
  });

  it("refuses a stored part whose declared size is not its length", () => {
    const buf = workbook(sheetXml(ROWS), { strings: ["人"], stored: true });
    expect(readError(patched(buf, SHEET, 24, (n) => n - 1)).kind).toBe("corrupt");
    expect(readError(patched(buf, SHEET, 24, (n) => n + 1)).kind).toBe("corrupt");
  });

  it.each([
    ["small", ROWS],
    ["large", LARGE_ROWS],
  ])("refuses truncated deflate data and an unknown compression method in a %s part", (_, rows) => {
    const buf = workbook(sheetXml(rows), { strings: ["人"] });
    expect(readError(patched(buf, SHEET, 20, (n) => n - 4)).kind).toBe("corrupt");
    expect(readError(patched(buf, SHEET, 20, () => 0)).kind).toBe("corrupt");
    expect(readError(patched(buf, SHEET, 10, () => 12 /* bzip2 */)).kind).toBe("corrupt");
    // a damaged part is the only thing wrong: the same package reads
    expect(readWorkbookBuffer(buf)).toHaveLength(1);
  });

  it("hands no text of a small part on before the whole part is found sound", () => {
    const buf = patched(workbook(sheetXml(ROWS)), SHEET, 24, (n) => n + 1);
    const pkg = new ZipPackage(buf, "zip.xlsx");
    const seen: string[] = [];
    expect(() => pkg.streamText(SHEET, (t) => seen.push(t))).toThrow(WorkbookError);
    expect(seen).toEqual([]);
  });

  it("reports how many bytes of the part each piece of text ends at, up to its whole size", () => {
    const xml = sheetXml(`<row r="1">${inline("A1", "あ".repeat(300_000))}</row>`); // 900 KB: inflated whole
    const pkg = new ZipPackage(workbook(xml), "zip.xlsx");
    const ends: number[] = [];
    let text = "";
    pkg.streamText(SHEET, (t, bytes) => {
      text += t;
      ends.push(bytes);
    });
    expect(text).toBe(xml);
    expect(ends.length).toBeGreaterThan(1);
    expect(ends).toEqual([...ends].sort((a, b) => a - b));
    expect(ends.at(-1)).toBe(Buffer.byteLength(xml));
    expect(pkg.sizeOf(SHEET)).toBe(Buffer.byteLength(xml));
  });
});

describe("zip parts: text decoded in pieces", () => {
  // A piece over 128 KB of string is allocated on its own by V8: every piece stays at 32 K
  // bytes of UTF-8, whether the part is inflated whole or streamed (inflater chunks of ~150 KB).
  it.each([
    ["inflated whole", 200_000],
    ["streamed", 2_000_000],
  ])("hands on pieces of at most 32 K bytes when %s", (_, bytes) => {
    const xml = sheetXml(`<row r="1">${inline("A1", "指標x".repeat(Math.ceil(bytes / 7)))}</row>`);
    const pkg = new ZipPackage(workbook(xml), "zip.xlsx");
    const ends: number[] = [0];
    let text = "";
    pkg.streamText(SHEET, (t, end) => {
      text += t;
      ends.push(end);
    });
    expect(text).toBe(xml);
    const sizes = ends.slice(1).map((end, i) => end - ends[i]);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(32 * 1024);
    expect(sizes.length).toBeGreaterThanOrEqual(Math.floor(Buffer.byteLength(xml) / (32 * 1024)));
  });

  // Three-byte characters after 0, 1 and 2 bytes of padding: whatever the piece size, some
  // piece boundary falls inside a character in at least two of the three. 30,000 repeats make
  // a part under 1 MB (inflated whole), 60,000 one over it (streamed).
  it.each([
    [0, 30_000],
    [1, 30_000],
    [2, 30_000],
    [0, 60_000],
    [1, 60_000],
    [2, 60_000],
  ])("keeps long Japanese cells whole after %i bytes of padding (%i repeats)", (pad, repeats) => {
    const long = "成果指標の目標値".repeat(repeats); // 24 bytes of UTF-8 a repeat
    const rows = `<row r="1">${inline("A1", "x".repeat(pad))}${inline("B1", long)}<c r="C1" t="s"><v>0</v></c></row>`;
    const [g] = readWorkbookBuffer(workbook(sheetXml(rows), { strings: [`${"y".repeat(pad)}${long}`] }));
    expect(g.cells[0][1]?.text).toBe(long);
    expect(g.cells[0][2]?.text).toBe(`${"y".repeat(pad)}${long}`);
  });
});
