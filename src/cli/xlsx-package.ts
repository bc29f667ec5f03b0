import * as path from "path";
import { strFromU8, strToU8, unzipSync } from "fflate";
import { WorkbookError } from "./errors";
import { attr, elements, escapeXml } from "./xml-text";
import { joinedPieces } from "./text-pieces";
import { writeZip } from "./zip-writer";

/**
 * An .xlsx package as its parts (path → bytes), for patching: parts nobody changes are written
 * back with exactly the bytes they had, in the order they had.
 */

/** Unpacked size past which a package is not opened for the copy (the reader has its own caps). */
export const MAX_UNPACKED_BYTES = 1024 * 1024 * 1024;

export const REL = {
  officeDocument: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
  worksheet: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet",
  styles: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles",
  sharedStrings: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings",
  comments: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments",
  vmlDrawing: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing",
} as const;

export const CONTENT_TYPE = {
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  styles: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
  comments: "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml",
  vml: "application/vnd.openxmlformats-officedocument.vmlDrawing",
} as const;

const CONTENT_TYPES = "[Content_Types].xml";

export interface Relationship {
  id: string;
  type: string;
  /** Package path of the target part (no leading slash); the raw Target for external links. */
  target: string;
  external: boolean;
}

function encodePieces(pieces: Iterable<string>): Uint8Array {
  const chunks: Buffer[] = [];
  for (const text of joinedPieces(pieces)) chunks.push(Buffer.from(text, "utf8"));
  return Buffer.concat(chunks);
}

export class XlsxPackage {
  /**
   * Every part as UTF-8 bytes, edited ones included: a sheet of 100,000 rows is tens of
   * megabytes of XML, and held as a JavaScript string (two bytes a character once it carries
   * one Japanese character) it would take twice that or more.
   */
  private readonly parts: Map<string, Uint8Array>;

  private constructor(parts: Map<string, Uint8Array>) {
    this.parts = parts;
  }

  static fromZip(bytes: Uint8Array, label: string): XlsxPackage {
    let declared = 0;
    let files;
    try {
      files = unzipSync(bytes, {
        filter: (f) => {
          declared += f.originalSize;
          if (declared > MAX_UNPACKED_BYTES) throw new WorkbookError("corrupt", label, "too large when unpacked");
          return !f.name.endsWith("/");
        },
      });
    } catch (err) {
      if (err instanceof WorkbookError) throw err;
      throw new WorkbookError("corrupt", label);
    }
    return new XlsxPackage(new Map(Object.entries(files)));
  }

  has(part: string): boolean {
    return this.parts.has(part);
  }

  /** A part's text (UTF-8), as last set: patches build on each other. */
  text(part: string): string {
    const bytes = this.parts.get(part);
    if (!bytes) throw new Error(`missing part ${part}`);
    return strFromU8(bytes);
  }

  /**
   * Replaces a part's text (a part already there keeps its place in the zip). A text given in
   * pieces is encoded as they come: a sheet written row by row is never one string.
   */
  setText(part: string, text: string | Iterable<string>): void {
    this.parts.set(part, typeof text === "string" ? strToU8(text) : encodePieces(text));
  }

  bytes(part: string): Uint8Array | undefined {
    return this.parts.get(part);
  }

  partNames(): string[] {
    return [...this.parts.keys()];
  }

  toZip(): Uint8Array {
    return writeZip(this.parts.entries());
  }

  /** A free part name from a numbered pattern: xl/comments{n}.xml → xl/comments3.xml. */
  freeName(pattern: (n: number) => string): string {
    for (let n = 1; ; n++) if (!this.parts.has(pattern(n))) return pattern(n);
  }

  static relsPath(part: string): string {
    return path.posix.join(path.posix.dirname(part), "_rels", `${path.posix.basename(part)}.rels`);
  }

  relationships(part: string): Relationship[] {
    const rels = XlsxPackage.relsPath(part);
    if (!this.parts.has(rels)) return [];
    const base = path.posix.dirname(part);
    return [...elements(this.text(rels), "Relationship")].map(({ open }) => {
      const target = attr(open, "Target") ?? "";
      const external = attr(open, "TargetMode") === "External";
      const resolved = target.startsWith("/")
        ? target.slice(1)
        : path.posix.normalize(path.posix.join(base === "." ? "" : base, target));
      return {
        id: attr(open, "Id") ?? "",
        type: attr(open, "Type") ?? "",
        target: external ? target : resolved,
        external,
      };
    });
  }

  /** Adds a relationship from `part` to the package path `target`; returns its id. */
  addRelationship(part: string, type: string, target: string): string {
    const rels = XlsxPackage.relsPath(part);
    if (!this.parts.has(rels)) {
      this.setText(
        rels,
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
          '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>',
      );
    }
    const taken = new Set(this.relationships(part).map((r) => r.id));
    let n = taken.size + 1;
    while (taken.has(`rId${n}`)) n++;
    const id = `rId${n}`;
    const relative = path.posix.relative(path.posix.dirname(part), target);
    const xml = this.text(rels);
    const entry = `<Relationship Id="${id}" Type="${escapeXml(type)}" Target="${escapeXml(relative)}"/>`;
    this.setText(rels, xml.replace(/<\/Relationships>\s*$/, `${entry}</Relationships>`));
    return id;
  }

  /** Declares a new part's content type. */
  addOverride(part: string, contentType: string): void {
    const xml = this.text(CONTENT_TYPES);
    if (xml.includes(`PartName="/${part}"`)) return;
    const entry = `<Override PartName="/${escapeXml(part)}" ContentType="${escapeXml(contentType)}"/>`;
    this.setText(CONTENT_TYPES, xml.replace(/<\/Types>\s*$/, `${entry}</Types>`));
  }

  /** Declares the content type of an extension (vml) unless it already is. */
  addDefault(extension: string, contentType: string): void {
    const xml = this.text(CONTENT_TYPES);
    const has = [...elements(xml, "Default")].some((d) => attr(d.open, "Extension")?.toLowerCase() === extension);
    if (has) return;
    const entry = `<Default Extension="${extension}" ContentType="${escapeXml(contentType)}"/>`;
    this.setText(CONTENT_TYPES, xml.replace(/(<Types\b[^>]*>)/, `$1${entry}`));
  }

  /** The workbook part (xl/workbook.xml in every package we have seen, but the root rels say). */
  workbookPart(label: string): string {
    const doc = this.relationships("").find((r) => r.type === REL.officeDocument);
    if (!doc || !this.parts.has(doc.target)) throw new WorkbookError("corrupt", label);
    return doc.target;
  }
}
