import { strToU8, zipSync } from "fflate";
import { cellAddress, type MergedArea } from "../src/core/grid/grid";

/** One sheet to write: rows from row 1 down, then its merged areas. */
export interface SheetToWrite {
  name: string;
  rows: (string | number | null)[][];
  merges: MergedArea[];
}

const escape = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const REL_NS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/**
 * A minimal .xlsx as Excel lays one out (shared strings, one part per sheet), written in one
 * pass: every row in order from row 1, then the merged areas. exceljs's streaming writer cannot
 * merge rows it has committed, and merging first made it start the data below the merges
 * (row 33,342 in the old bench workbook).
 */
export function writeXlsx(sheets: SheetToWrite[]): Buffer {
  const strings = new Map<string, number>();
  const stringIndex = (s: string) => {
    let i = strings.get(s);
    if (i === undefined) strings.set(s, (i = strings.size));
    return i;
  };
  const files: Record<string, Uint8Array> = {};
  sheets.forEach((sheet, n) => {
    const parts: string[] = [`${HEAD}<worksheet ${NS}><sheetData>`];
    sheet.rows.forEach((row, r) => {
      const cells: string[] = [];
      row.forEach((v, c) => {
        if (v === null || v === "") return;
        const ref = cellAddress(r, c);
        cells.push(
          typeof v === "number" ? `<c r="${ref}"><v>${v}</v></c>` : `<c r="${ref}" t="s"><v>${stringIndex(v)}</v></c>`,
        );
      });
      if (cells.length > 0) parts.push(`<row r="${r + 1}">${cells.join("")}</row>`);
    });
    parts.push("</sheetData>");
    if (sheet.merges.length > 0) {
      const refs = sheet.merges.map(
        (m) => `<mergeCell ref="${cellAddress(m.top, m.left)}:${cellAddress(m.bottom, m.right)}"/>`,
      );
      parts.push(`<mergeCells count="${refs.length}">${refs.join("")}</mergeCells>`);
    }
    parts.push("</worksheet>");
    files[`xl/worksheets/sheet${n + 1}.xml`] = strToU8(parts.join(""));
  });
  const si = [...strings.keys()].map((s) => `<si><t xml:space="preserve">${escape(s)}</t></si>`).join("");
  files["xl/sharedStrings.xml"] = strToU8(
    `${HEAD}<sst ${NS} count="${strings.size}" uniqueCount="${strings.size}">${si}</sst>`,
  );
  files["xl/styles.xml"] = strToU8(
    `${HEAD}<styleSheet ${NS}><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>` +
      '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
      '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs></styleSheet>',
  );
  const sheetList = sheets
    .map((s, n) => `<sheet name="${escape(s.name)}" sheetId="${n + 1}" r:id="rId${n + 1}"/>`)
    .join("");
  files["xl/workbook.xml"] = strToU8(`${HEAD}<workbook ${NS} ${REL_NS}><sheets>${sheetList}</sheets></workbook>`);
  const rels = sheets.map(
    (_, n) => `<Relationship Id="rId${n + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${n + 1}.xml"/>`,
  );
  rels.push(`<Relationship Id="rId${sheets.length + 1}" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`);
  rels.push(`<Relationship Id="rId${sheets.length + 2}" Type="${REL}/styles" Target="styles.xml"/>`);
  files["xl/_rels/workbook.xml.rels"] = strToU8(
    `${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join("")}</Relationships>`,
  );
  files["_rels/.rels"] = strToU8(
    `${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  const ct = "application/vnd.openxmlformats-officedocument.spreadsheetml";
  const overrides = sheets
    .map((_, n) => `<Override PartName="/xl/worksheets/sheet${n + 1}.xml" ContentType="${ct}.worksheet+xml"/>`)
    .join("");
  files["[Content_Types].xml"] = strToU8(
    `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      `<Override PartName="/xl/workbook.xml" ContentType="${ct}.sheet.main+xml"/>${overrides}` +
      `<Override PartName="/xl/sharedStrings.xml" ContentType="${ct}.sharedStrings+xml"/>` +
      `<Override PartName="/xl/styles.xml" ContentType="${ct}.styles+xml"/></Types>`,
  );
  return Buffer.from(zipSync(files, { level: 6 }));
}
