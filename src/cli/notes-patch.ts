import { parseAddress } from "../core/grid/grid";
import { CONTENT_TYPE, REL, XlsxPackage } from "./xlsx-package";
import { attr, contentRange, elements, escapeXml, firstElement, textOf, unescapeXml, withAttr } from "./xml-text";

/**
 * The notes (legacy comments) of a marked sheet. The checker's text sits after a marker line;
 * whatever comes before it is the user's and is kept as written. Re-checking replaces the
 * checker's part, drops it where a cell is no longer wrong, and never touches a user note or a
 * threaded comment beyond that. Each note needs a shape in the sheet's VML drawing, which may
 * also hold form controls: shapes are added and removed one by one, never rewritten.
 */

export const NOTE_MARKER = "── kpi-check ──";
const NOTE_AUTHOR = "kpi-check";

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const SHAPE_BLOCK = 1024; // VML shape ids come in blocks of 1024 per idmap entry

const RUN_PROPS = '<rPr><sz val="9"/><rFont val="Meiryo UI"/><family val="3"/><charset val="128"/></rPr>';

function ourRun(text: string, afterUserText: boolean): string {
  const body = `${afterUserText ? "\n" : ""}${NOTE_MARKER}\n${text}`;
  return `<r>${RUN_PROPS}<t xml:space="preserve">${escapeXml(body)}</t></r>`;
}

/** A note's <text> with the checker's part removed; null when nothing of the user's is left. */
function userPart(textXml: string): string | null {
  const runs = [...elements(textXml, "r")];
  if (runs.length > 0) {
    const ours = runs.findIndex((r) => textOf(r.xml).includes(NOTE_MARKER));
    const kept = ours < 0 ? runs : runs.slice(0, ours);
    if (
      kept
        .map((r) => textOf(r.xml))
        .join("")
        .trim() === ""
    )
      return null;
    if (ours < 0) return textXml;
    return textXml.slice(0, runs[ours].start) + textXml.slice(runs[runs.length - 1].end);
  }
  const text = textOf(textXml);
  const cut = text.indexOf(NOTE_MARKER);
  const kept = (cut < 0 ? text : text.slice(0, cut)).replace(/\n+$/, "");
  if (kept.trim() === "") return null;
  return cut < 0 ? textXml : `<text><t xml:space="preserve">${escapeXml(kept)}</t></text>`;
}

interface Comment {
  ref: string;
  xml: string;
  author: string;
}

/**
 * Sets the checker's notes of a sheet to `notes` (cell → text): cells not in `notes` lose the
 * checker's part of their note. Returns the cells whose note could not be set (a threaded
 * comment's cell: Excel keeps its legacy note in step with the thread).
 */
export function patchNotes(pkg: XlsxPackage, sheetPart: string, notes: Map<string, string>): string[] {
  const rels = pkg.relationships(sheetPart);
  const commentsRel = rels.find((r) => r.type === REL.comments && pkg.has(r.target));
  if (!commentsRel && notes.size === 0) return [];

  const commentsPart = commentsRel?.target ?? pkg.freeName((n) => `xl/comments${n}.xml`);
  let xml = commentsRel
    ? pkg.text(commentsPart)
    : '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      `<comments xmlns="${MAIN_NS}"><authors></authors><commentList></commentList></comments>`;

  const authors = [...elements(xml, "author")].map((a) =>
    a.open.endsWith("/>") ? "" : unescapeXml(a.xml.slice(a.open.length, -"</author>".length)),
  );
  let ourAuthor = authors.indexOf(NOTE_AUTHOR);
  if (ourAuthor < 0) {
    ourAuthor = authors.length;
    const list = firstElement(xml, "authors")!;
    const range = contentRange(xml, list, "authors");
    xml = range.xml.slice(0, range.end) + `<author>${NOTE_AUTHOR}</author>` + range.xml.slice(range.end);
  }

  const list = firstElement(xml, "commentList")!;
  const range = contentRange(xml, list, "commentList");
  xml = range.xml;
  const existing: Comment[] = [...elements(xml, "comment", range.start, range.end)].map((c) => ({
    ref: attr(c.open, "ref") ?? "",
    xml: c.xml,
    author: authors[Number(attr(c.open, "authorId") ?? -1)] ?? "",
  }));

  const skipped: string[] = [];
  const removed: string[] = [];
  const kept: string[] = [];
  const seen = new Set<string>();
  for (const c of existing) {
    seen.add(c.ref);
    const threaded = c.author.startsWith("tc=");
    if (threaded) {
      if (notes.has(c.ref)) skipped.push(c.ref);
      kept.push(c.xml);
      continue;
    }
    const text = firstElement(c.xml, "text");
    const user = text ? userPart(text.xml) : null;
    const ours = notes.get(c.ref);
    if (ours === undefined && user === text?.xml) {
      kept.push(c.xml); // a note the checker never wrote in: as it was
      continue;
    }
    if (ours === undefined && user === null) {
      removed.push(c.ref);
      continue;
    }
    const open = /^<comment\b[^>]*>/.exec(c.xml)![0];
    const body = ours === undefined ? user! : withRun(user, ourRun(ours, user !== null));
    const head = user === null ? withAttr(open, "authorId", String(ourAuthor)) : open;
    kept.push(head + body + c.xml.slice(text ? text.end : c.xml.length - "</comment>".length));
  }
  const added: string[] = [];
  for (const [ref, text] of notes) {
    if (seen.has(ref)) continue;
    added.push(ref);
    kept.push(`<comment ref="${ref}" authorId="${ourAuthor}"><text>${ourRun(text, false)}</text></comment>`);
  }
  pkg.setText(commentsPart, xml.slice(0, range.start) + kept.join("") + xml.slice(range.end));

  if (!commentsRel) {
    pkg.addOverride(commentsPart, CONTENT_TYPE.comments);
    pkg.addRelationship(sheetPart, REL.comments, commentsPart);
  }
  patchShapes(pkg, sheetPart, added, removed);
  return skipped;
}

/** `user`'s <text> (or a new one) with `run` appended. */
function withRun(user: string | null, run: string): string {
  if (user === null) return `<text>${run}</text>`;
  if (elements(user, "r").next().done) {
    // plain <t>: make it a run of its own so the checker's run can follow
    const t = firstElement(user, "t")!;
    return `<text><r>${t.xml}</r>${run}</text>`;
  }
  return user.replace(/<\/text>$/, `${run}</text>`);
}

function noteShape(id: number, ref: string): string {
  const p = parseAddress(ref)!;
  return (
    `<v:shape id="_x0000_s${id}" type="#_x0000_t202" style="position:absolute;margin-left:80pt;margin-top:2pt;width:240pt;height:100pt;z-index:${id};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
    '<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>' +
    '<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>' +
    `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${p.col + 1}, 15, ${p.row}, 10, ${p.col + 5}, 15, ${p.row + 6}, 4</x:Anchor>` +
    `<x:AutoFill>False</x:AutoFill><x:Row>${p.row}</x:Row><x:Column>${p.col}</x:Column></x:ClientData></v:shape>`
  );
}

const NOTE_SHAPE_TYPE =
  '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">' +
  '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>';

/** The shape-id blocks a VML drawing claims (<o:idmap data="1,2">). */
function idmapBlocks(vml: string): number[] {
  const data = /<o:idmap\b[^>]*\bdata="([^"]*)"/.exec(vml)?.[1] ?? "";
  return data
    .split(",")
    .filter((n) => n.trim() !== "")
    .map(Number);
}

/** Shape-id blocks of every VML drawing in the package. */
function usedBlocks(pkg: XlsxPackage): Set<number> {
  return new Set(
    pkg
      .partNames()
      .filter((p) => p.toLowerCase().endsWith(".vml"))
      .flatMap((p) => idmapBlocks(pkg.text(p))),
  );
}

function patchShapes(pkg: XlsxPackage, sheetPart: string, added: string[], removed: string[]): void {
  if (added.length === 0 && removed.length === 0) return;
  const rel = pkg.relationships(sheetPart).find((r) => r.type === REL.vmlDrawing && pkg.has(r.target));
  const part = rel?.target ?? pkg.freeName((n) => `xl/drawings/vmlDrawing${n}.vml`);
  let xml = rel
    ? pkg.text(part)
    : '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">' +
      `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data=""/></o:shapelayout>${NOTE_SHAPE_TYPE}</xml>`;

  const gone = new Set(removed.map((r) => parseAddress(r)).map((p) => `${p?.row},${p?.col}`));
  if (gone.size > 0) {
    xml = xml.replace(/<v:shape\b[^>]*>[\s\S]*?<\/v:shape>/g, (shape) => {
      if (!/ObjectType="Note"/.test(shape)) return shape;
      const row = /<x:Row>(\d+)<\/x:Row>/.exec(shape)?.[1];
      const col = /<x:Column>(\d+)<\/x:Column>/.exec(shape)?.[1];
      return gone.has(`${row},${col}`) ? "" : shape;
    });
  }
  if (added.length > 0) {
    if (!xml.includes('id="_x0000_t202"')) xml = xml.replace(/<\/xml>\s*$/, `${NOTE_SHAPE_TYPE}</xml>`);
    const ids = [...xml.matchAll(/_x0000_s(\d+)/g)].map((m) => Number(m[1]));
    const blocks = new Set(idmapBlocks(xml));
    const taken = usedBlocks(pkg);
    const freeBlockAfter = (b: number) => {
      let n = b + 1;
      while (taken.has(n)) n++;
      return n;
    };
    let id = Math.max(0, ...ids, ...[...blocks].map((b) => b * SHAPE_BLOCK)) + 1;
    if (blocks.size === 0) id = freeBlockAfter(0) * SHAPE_BLOCK + 1;
    const shapes: string[] = [];
    for (const ref of added) {
      let block = Math.floor((id - 1) / SHAPE_BLOCK);
      // a block another drawing uses would give two shapes one id: move on to a free one
      if (!blocks.has(block) && taken.has(block)) {
        block = freeBlockAfter(block);
        id = block * SHAPE_BLOCK + 1;
      }
      blocks.add(block);
      shapes.push(noteShape(id++, ref));
    }
    xml = xml
      .replace(
        /(<o:idmap\b[^>]*\bdata=")[^"]*(")/,
        (_m, a: string, b: string) => `${a}${[...blocks].sort((x, y) => x - y).join(",")}${b}`,
      )
      .replace(/<\/xml>\s*$/, `${shapes.join("")}</xml>`);
  }
  pkg.setText(part, xml);
  if (!rel) {
    pkg.addDefault("vml", CONTENT_TYPE.vml);
    const id = pkg.addRelationship(sheetPart, REL.vmlDrawing, part);
    pkg.setText(sheetPart, withLegacyDrawing(pkg.text(sheetPart), id));
  }
}

/** Elements that come after <legacyDrawing> in a worksheet, in schema order. */
const AFTER_LEGACY_DRAWING = [
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];

/** The worksheet with <legacyDrawing r:id="…"/> in its schema place. */
function withLegacyDrawing(sheetXml: string, id: string): string {
  let xml = sheetXml;
  const root = /<worksheet\b[^>]*>/.exec(xml)![0];
  const declared = [...root.matchAll(/\sxmlns:(\w+)="([^"]*)"/g)].find((m) => m[2] === R_NS)?.[1];
  const prefix = declared ?? "r";
  if (!declared) xml = xml.replace(root, withAttr(root, "xmlns:r", R_NS));
  const element = `<legacyDrawing ${prefix}:id="${id}"/>`;
  const at = AFTER_LEGACY_DRAWING.map((t) => xml.search(new RegExp(`<${t}[\\s/>]`))).filter((i) => i >= 0);
  const pos = at.length > 0 ? Math.min(...at) : xml.lastIndexOf("</worksheet>");
  return xml.slice(0, pos) + element + xml.slice(pos);
}
