import { attr, contentRange, elements, firstElement, withAttr } from "./xml-text";

/**
 * styles.xml, patched by appending: new fills, fonts and cell formats (xf) go at the end of their
 * lists, so every index the workbook already uses keeps its meaning.
 */

export const EMPTY_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  "</styleSheet>";

/** The fill a mark gives a cell: solid, in the severity's colour (ARGB). */
export function solidFill(argb: string): string {
  return `<fill><patternFill patternType="solid"><fgColor rgb="${argb}"/><bgColor indexed="64"/></patternFill></fill>`;
}

const NO_FILL = '<fill><patternFill patternType="none"/></fill>';

export class StylesPatch {
  private xml: string;
  private readonly xfCache = new Map<string, number>();

  constructor(stylesXml: string) {
    this.xml = stylesXml;
  }

  toXml(): string {
    return this.xml;
  }

  private list(section: string, item: string): string[] {
    const s = firstElement(this.xml, section);
    if (!s || s.open.endsWith("/>")) return [];
    return [...elements(this.xml, item, s.start + s.open.length, s.end)].map((e) => e.xml);
  }

  /** Appends `itemXml` to `section` (creating it before `before` if missing); returns its index. */
  private append(section: string, item: string, itemXml: string, before: string[]): number {
    let s = firstElement(this.xml, section);
    if (!s) {
      const at = before.map((b) => this.xml.search(new RegExp(`<${b}[\\s/>]`))).find((i) => i >= 0);
      const pos = at ?? this.xml.lastIndexOf("</styleSheet>");
      this.xml = `${this.xml.slice(0, pos)}<${section} count="0"/>${this.xml.slice(pos)}`;
      s = firstElement(this.xml, section)!;
    }
    const index = this.list(section, item).length;
    const range = contentRange(this.xml, s, section);
    const xml = range.xml.slice(0, range.end) + itemXml + range.xml.slice(range.end);
    const open = firstElement(xml, section)!;
    this.xml =
      xml.slice(0, open.start) +
      withAttr(open.open, "count", String(index + 1)) +
      xml.slice(open.start + open.open.length);
    return index;
  }

  /** Index of a fill equal to `fillXml`, appended when there is none. */
  fill(fillXml: string): number {
    const i = this.list("fills", "fill").indexOf(fillXml);
    return i >= 0 ? i : this.append("fills", "fill", fillXml, ["borders", "cellStyleXfs", "cellXfs"]);
  }

  font(fontXml: string): number {
    const i = this.list("fonts", "font").indexOf(fontXml);
    return i >= 0 ? i : this.append("fonts", "font", fontXml, ["fills", "borders", "cellStyleXfs", "cellXfs"]);
  }

  /** The XML of font `index` (the workbook's default font is 0). */
  fontXml(index: number): string {
    return this.list("fonts", "font")[index] ?? '<font><sz val="11"/></font>';
  }

  private xfAt(index: number): string {
    return this.list("cellXfs", "xf")[index] ?? '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>';
  }

  /** The fill XML of cell format `xfIndex` (what a mark replaces and a re-check restores). */
  fillOf(xfIndex: number): string {
    const fillId = Number(attr(this.xfAt(xfIndex), "fillId") ?? 0);
    return this.list("fills", "fill")[fillId] ?? NO_FILL;
  }

  /** A cell format like `xfIndex` but with the fill `fillXml`: everything else of the cell kept. */
  withFill(xfIndex: number, fillXml: string): number {
    const key = `${xfIndex}\u0000${fillXml}`;
    const cached = this.xfCache.get(key);
    if (cached !== undefined) return cached;
    const fillId = this.fill(fillXml);
    const xf = this.xfAt(xfIndex);
    const open = /^<xf\b[^>]*>/.exec(xf)![0];
    const patched = withAttr(withAttr(open, "fillId", String(fillId)), "applyFill", "1") + xf.slice(open.length);
    const index = this.xf(patched);
    this.xfCache.set(key, index);
    return index;
  }

  /** Appends a cell format; returns its index. */
  xf(xfXml: string): number {
    return this.append("cellXfs", "xf", xfXml, ["cellStyles", "dxfs", "tableStyles", "colors", "extLst"]);
  }
}
