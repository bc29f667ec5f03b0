import { cellAddress } from "../core/grid/grid";
import type { Severity } from "../core/report/schema";
import { rowLines, type ResultsTable } from "../core/report/results-sheet";
import { solidFill, type StylesPatch } from "./styles-patch";
import { escapeXml } from "./xml-text";

/**
 * A results table as a worksheet part: wrapped text, its own column widths, the header row
 * frozen and filtered, printed A4 landscape one page wide with the header on every page.
 */

/** Fill colours of marked cells, by severity (ARGB): error red-ish, warning amber, info blue. */
export const SEVERITY_FILL: Record<Severity, string> = {
  error: "FFF8CBAD",
  warning: "FFFFE699",
  info: "FFBDD7EE",
};

const HEADER_FILL = "FFD9D9D9";
/** Height of one line of 11-point text, in points (Japanese fonts need more than Latin ones). */
const LINE_POINTS = 15;
const WRAP = '<alignment vertical="top" wrapText="1"/>';

interface TableStyles {
  header: number;
  body: number;
  link: number;
  severity: Record<Severity, number>;
}

/** The cell formats the tables use, added once to the workbook's styles. */
export function tableStyles(styles: StylesPatch): TableStyles {
  const font0 = styles.fontXml(0);
  const withFirst = (font: string, child: string) => font.replace(/^<font\b[^>]*?>/, (open) => `${open}${child}`);
  const bold = styles.font(font0.includes("<b/>") ? font0 : withFirst(font0, "<b/>"));
  const link = styles.font(withFirst(font0.replace(/<color\b[^>]*\/>/, ""), '<u/><color rgb="FF0563C1"/>'));
  const xf = (fontId: number, fillXml: string | null) =>
    styles.xf(
      `<xf numFmtId="0" fontId="${fontId}" fillId="${fillXml ? styles.fill(fillXml) : 0}" borderId="0" xfId="0"` +
        `${fillXml ? ' applyFill="1"' : ""} applyFont="1" applyAlignment="1">${WRAP}</xf>`,
    );
  return {
    header: xf(bold, solidFill(HEADER_FILL)),
    body: xf(0, null),
    link: xf(link, null),
    severity: {
      error: xf(0, solidFill(SEVERITY_FILL.error)),
      warning: xf(0, solidFill(SEVERITY_FILL.warning)),
      info: xf(0, solidFill(SEVERITY_FILL.info)),
    },
  };
}

function cellXml(row: number, col: number, value: string | number, style: number): string {
  const r = cellAddress(row, col);
  if (typeof value === "number") return `<c r="${r}" s="${style}"><v>${value}</v></c>`;
  return `<c r="${r}" s="${style}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(value)}</t></is></c>`;
}

const quoteSheet = (name: string) => `'${name.replace(/'/g, "''")}'`;

/**
 * A results sheet's XML in pieces, one per row, made as they are asked for: at 100,000 rows the
 * sheet is tens of millions of characters, never held as one string or one array of rows.
 */
export function* resultsSheetXml(table: ResultsTable, styles: TableStyles): Generator<string> {
  const last = cellAddress(table.rows.length, table.columns.length - 1);
  const headerHeight =
    rowLines(
      table.columns.map((c) => c.header),
      table.columns,
    ) *
      LINE_POINTS +
    3;
  const cols = table.columns
    .map((c, i) => `<col min="${i + 1}" max="${i + 1}" width="${c.width}" customWidth="1"/>`)
    .join("");
  yield (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' +
    `<dimension ref="A1:${last}"/>` +
    '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>' +
    '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>' +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    `<cols>${cols}</cols>` +
    "<sheetData>"
  );
  yield `<row r="1" ht="${headerHeight}" customHeight="1">${table.columns.map((c, i) => cellXml(0, i, c.header, styles.header)).join("")}</row>`;
  const links: string[] = [];
  for (const [i, row] of table.rows.entries()) {
    const cells = row.values.map((v, c) => {
      const style =
        c === 0 && row.severity ? styles.severity[row.severity] : c === row.link?.column ? styles.link : styles.body;
      return cellXml(i + 1, c, v, style);
    });
    const height = rowLines(row.values, table.columns) * LINE_POINTS + 3;
    yield `<row r="${i + 2}" ht="${height}" customHeight="1">${cells.join("")}</row>`;
    if (row.link) {
      const ref = cellAddress(i + 1, row.link.column);
      const location = `${quoteSheet(row.link.sheet)}!${row.link.cell}`;
      links.push(`<hyperlink ref="${ref}" location="${escapeXml(location)}" display="${escapeXml(row.link.cell)}"/>`);
    }
  }
  yield (
    "</sheetData>" +
    `<autoFilter ref="A1:${last}"/>` +
    (links.length > 0 ? `<hyperlinks>${links.join("")}</hyperlinks>` : "") +
    '<pageMargins left="0.4" right="0.4" top="0.5" bottom="0.5" header="0.3" footer="0.3"/>' +
    '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>' +
    "<headerFooter><oddFooter>&amp;P / &amp;N</oddFooter></headerFooter>" +
    "</worksheet>"
  );
}

/** The print title (header row on every printed page) of a results sheet. */
export function printTitles(sheetName: string): string {
  return `${quoteSheet(sheetName)}!$1:$1`;
}
