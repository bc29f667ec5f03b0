import { promises as fs } from "fs";
import * as path from "path";
import { describeResults, RESULTS_SHEET_NAMES } from "../core/report/results-sheet";
import type { Finding, Report, Severity } from "../core/report/schema";
import type { Lang } from "../core/messages/lang";
import { WorkbookError } from "./errors";
import { findingNote } from "../core/messages";
import { emptyRecord, readRecord, RECORD_SHEET, recordSheetXml, type CopyRecord } from "./mark-record";
import { patchNotes } from "./notes-patch";
import { printTitles, resultsSheetXml, SEVERITY_FILL, tableStyles } from "./results-sheet-xml";
import { writeOutputFile } from "./safe-output";
import { cellStyles, mergeAnchors, mergedAreas, patchCellStyles, type StyleChange } from "./sheet-cells";
import { EMPTY_STYLES, solidFill, StylesPatch } from "./styles-patch";
import { CONTENT_TYPE, REL, XlsxPackage } from "./xlsx-package";
import { attr, contentRange, elements, escapeXml, firstElement, withAttr } from "./xml-text";

export { SEVERITY_FILL } from "./results-sheet-xml";
export const RESULT_SHEET = RESULTS_SHEET_NAMES.findings;

const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };
const R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** `--out` target for one input: a file path as given, or DIR/<name>-checked.xlsx (.xlsm kept). */
export function annotatedPath(input: string, out: string, asDirectory: boolean): string {
  if (!asDirectory) return out;
  const ext = path.extname(input).toLowerCase() === ".xlsm" ? ".xlsm" : ".xlsx";
  const base = path.basename(input).replace(/\.xls[xm]$/i, "");
  return path.join(out, `${base}-checked${ext}`);
}

export interface AnnotateOptions {
  lang: Lang;
  /** Replace an existing output file. */
  force: boolean;
  /** Every input of the run (none may be the output); defaults to the one input. */
  inputs?: readonly string[];
}

/**
 * Writes an annotated copy of `input` to `output` by patching its package: every part is copied
 * through unchanged (charts, drawings, images, pivot tables, macros, external links, defined
 * names) except the marked sheets (a style index changed per marked cell, notes added), styles.xml
 * (formats appended), and the checker's own sheets. The input is only read.
 */
export async function writeAnnotated(
  input: string,
  report: Report,
  output: string,
  options: Partial<AnnotateOptions> = {},
): Promise<void> {
  const label = path.basename(input);
  const pkg = XlsxPackage.fromZip(await fs.readFile(input), label);
  annotatePackage(pkg, report, options.lang ?? "ja", label);
  await writeOutputFile(output, pkg.toZip(), { inputs: options.inputs ?? [input], force: options.force ?? false });
}

interface SheetEntry {
  name: string;
  sheetId: string;
  part: string;
}

class Workbook {
  readonly part: string;
  readonly rels: ReturnType<XlsxPackage["relationships"]>;

  constructor(
    private readonly pkg: XlsxPackage,
    label: string,
  ) {
    this.part = pkg.workbookPart(label);
    this.rels = pkg.relationships(this.part);
  }

  get xml(): string {
    return this.pkg.text(this.part);
  }

  sheets(): SheetEntry[] {
    return [...elements(this.xml, "sheet")].map(({ open }) => {
      const rid = [...open.matchAll(/\s([\w]+:)?id="([^"]*)"/g)].find((m) => m[1])?.[2];
      return {
        name: attr(open, "name") ?? "",
        sheetId: attr(open, "sheetId") ?? "",
        part: this.rels.find((r) => r.id === rid)?.target ?? "",
      };
    });
  }

  relTarget(type: string): string | undefined {
    return this.pkg.relationships(this.part).find((r) => r.type === type)?.target;
  }

  /** Adds a worksheet part and its <sheet> entry; returns the entry. */
  addSheet(name: string, xml: string | Iterable<string>, state?: string): SheetEntry {
    const part = this.pkg.freeName((n) => `xl/worksheets/sheet${n}.xml`);
    this.pkg.setText(part, xml);
    this.pkg.addOverride(part, CONTENT_TYPE.worksheet);
    const rid = this.pkg.addRelationship(this.part, REL.worksheet, part);
    const sheetId = String(Math.max(0, ...this.sheets().map((s) => Number(s.sheetId) || 0)) + 1);
    const root = /<workbook\b[^>]*>/.exec(this.xml)![0];
    const prefix = [...root.matchAll(/\sxmlns:(\w+)="([^"]*)"/g)].find((m) => m[2] === R_NS)?.[1];
    let wb = prefix ? this.xml : this.xml.replace(root, withAttr(root, "xmlns:r", R_NS));
    const entry = `<sheet name="${escapeXml(name)}" sheetId="${sheetId}"${state ? ` state="${state}"` : ""} ${prefix ?? "r"}:id="${rid}"/>`;
    wb = wb.replace(/<\/sheets>/, `${entry}</sheets>`);
    this.pkg.setText(this.part, wb);
    return { name, sheetId, part };
  }

  /** Sets the print titles (rows repeated on each printed page) of the sheet at `index`. */
  setPrintTitles(index: number, ref: string): void {
    let xml = this.xml;
    const entry = `<definedName name="_xlnm.Print_Titles" localSheetId="${index}">${escapeXml(ref)}</definedName>`;
    const names = firstElement(xml, "definedNames");
    if (!names) {
      // schema order: sheets, functionGroups, externalReferences, then definedNames
      const after = ["</externalReferences>", "<functionGroups/>", "</functionGroups>", "</sheets>"]
        .map((tag) => ({ tag, at: xml.indexOf(tag) }))
        .find((t) => t.at >= 0)!;
      const pos = after.at + after.tag.length;
      xml = `${xml.slice(0, pos)}<definedNames>${entry}</definedNames>${xml.slice(pos)}`;
    } else {
      const range = contentRange(xml, names, "definedNames");
      const inner = range.xml
        .slice(range.start, range.end)
        .replace(
          new RegExp(`<definedName name="_xlnm\\.Print_Titles" localSheetId="${index}"[^>]*>[^<]*</definedName>`),
          "",
        );
      xml = range.xml.slice(0, range.start) + inner + entry + range.xml.slice(range.end);
    }
    this.pkg.setText(this.part, xml);
  }
}

/**
 * The patches match elements by their plain names (<row>, <c>, <xf>), as Excel and every
 * common writer spell them. A part written with a namespace prefix (<x:worksheet>, from some
 * .NET tools) is refused with a reason rather than copied without its marks.
 */
function unprefixed(xml: string, root: string, label: string): string {
  if (!new RegExp(`<${root}[\\s>]`).test(xml)) {
    throw new WorkbookError("write-failed", label, `<${root}> with a namespace prefix is not supported`);
  }
  return xml;
}

function worst(findings: Finding[]): Severity {
  return findings.reduce<Severity>((a, f) => (SEVERITY_RANK[f.severity] > SEVERITY_RANK[a] ? f.severity : a), "info");
}

/** A marked cell's note: one plain line per finding, worst first. */
function noteText(findings: Finding[], lang: Lang): string {
  return [...findings]
    .sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity])
    .map((f) => findingNote(f, lang))
    .join("\n");
}

export function annotatePackage(pkg: XlsxPackage, report: Report, lang: Lang, label: string): void {
  const wb = new Workbook(pkg, label);
  unprefixed(wb.xml, "workbook", label);
  const sheets = wb.sheets();
  const recordEntry = sheets.find((s) => s.name === RECORD_SHEET);
  const old = recordEntry ? readRecord(pkg, recordEntry.part, wb.relTarget(REL.sharedStrings)) : emptyRecord();
  const record: CopyRecord = { marks: new Map(old.marks), ownSheets: new Map() };

  let stylesPart = wb.relTarget(REL.styles);
  if (!stylesPart || !pkg.has(stylesPart)) {
    stylesPart = "xl/styles.xml";
    pkg.setText(stylesPart, EMPTY_STYLES);
    pkg.addOverride(stylesPart, CONTENT_TYPE.styles);
    pkg.addRelationship(wb.part, REL.styles, stylesPart);
  }
  const styles = new StylesPatch(unprefixed(pkg.text(stylesPart), "styleSheet", label));

  for (const sheetReport of report.sheets) {
    const entry = sheets.find((s) => s.name === sheetReport.name);
    if (!entry || !pkg.has(entry.part) || old.ownSheets.has(entry.sheetId)) continue;
    const marks = markSheet(pkg, entry, sheetReport.findings, old.marks.get(entry.sheetId) ?? new Map(), styles, lang);
    if (marks.size > 0) record.marks.set(entry.sheetId, marks);
    else record.marks.delete(entry.sheetId);
  }

  const tStyles = tableStyles(styles);
  pkg.setText(stylesPart, styles.toXml());
  for (const table of describeResults(report, lang)) {
    const xml = resultsSheetXml(table, tStyles);
    const current = wb.sheets();
    // found by its role, so a results sheet the user renamed is still replaced, not doubled
    const ours = current.find((s) => old.ownSheets.get(s.sheetId) === table.role);
    let entry: SheetEntry;
    if (ours) {
      pkg.setText(ours.part, xml);
      entry = ours;
    } else {
      // a user's sheet of that name stays: the table goes on a sheet of a free name
      const names = new Set(current.map((s) => s.name));
      let name = table.sheetName;
      for (let n = 2; names.has(name); n++) name = `${table.sheetName} (${n})`;
      entry = wb.addSheet(name, xml);
    }
    record.ownSheets.set(entry.sheetId, table.role);
    wb.setPrintTitles(
      wb.sheets().findIndex((s) => s.sheetId === entry.sheetId),
      printTitles(entry.name),
    );
  }

  if (recordEntry) pkg.setText(recordEntry.part, recordSheetXml(record));
  else wb.addSheet(RECORD_SHEET, recordSheetXml(record), "veryHidden");
}

/**
 * Marks one sheet: each finding cell filled by its worst severity with a note of its messages;
 * cells the previous check marked and this one does not get their original fill back (unless
 * the user recoloured them since). Returns the record of the sheet's marks.
 */
function markSheet(
  pkg: XlsxPackage,
  entry: SheetEntry,
  findings: Finding[],
  previous: Map<string, { originalFill: string; mark: string }>,
  styles: StylesPatch,
  lang: Lang,
): Map<string, { originalFill: string; mark: string }> {
  const xml = unprefixed(pkg.text(entry.part), "worksheet", entry.name);
  const anchor = mergeAnchors(mergedAreas(xml));
  const byCell = new Map<string, Finding[]>();
  for (const f of findings) {
    if (!f.cell) continue;
    // A finding inside a merged area is shown on the area's top-left cell, where Excel keeps notes.
    const cell = anchor(f.cell);
    byCell.set(cell, [...(byCell.get(cell) ?? []), f]);
  }
  const current = cellStyles(xml, new Set([...byCell.keys(), ...previous.keys()]));
  const changes = new Map<string, StyleChange>();
  const marks = new Map<string, { originalFill: string; mark: string }>();
  for (const [cell, list] of byCell) {
    const mark = SEVERITY_FILL[worst(list)];
    const originalFill = previous.get(cell)?.originalFill ?? styles.fillOf(current.get(cell) ?? 0);
    marks.set(cell, { originalFill, mark });
    changes.set(cell, (s) => styles.withFill(s, solidFill(mark)));
  }
  for (const [cell, was] of previous) {
    if (byCell.has(cell)) continue;
    // fixed since: back to the fill it had, unless the user has recoloured it meanwhile
    if (styles.fillOf(current.get(cell) ?? 0) === solidFill(was.mark)) {
      changes.set(cell, (s) => styles.withFill(s, was.originalFill));
    }
  }
  pkg.setText(entry.part, patchCellStyles(xml, changes));
  const notes = new Map([...byCell].map(([cell, list]) => [cell, noteText(list, lang)]));
  patchNotes(pkg, entry.part, notes);
  return marks;
}
