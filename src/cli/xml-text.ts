/**
 * String-level helpers for patching OOXML parts: the annotated copy changes a few attributes and
 * appends a few elements, and everything it does not touch must stay byte for byte as it was,
 * which a parse-and-serialise round trip would not keep.
 */

// Characters XML 1.0 cannot hold at all; OOXML writes them as _xHHHH_ (ST_Xstring).
// eslint-disable-next-line no-control-regex -- control characters are what this escapes
const NOT_IN_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

/** Text for element content or an attribute value. */
export function escapeXml(text: string): string {
  return text
    .replace(/_x(?=[0-9a-fA-F]{4}_)/g, "_x005F_x") // a literal "_x0041_" must not read back as "A"
    .replace(NOT_IN_XML, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

/** Element text or attribute value as written → the text it stands for. */
export function unescapeXml(xml: string): string {
  return xml
    .replace(/&(?:#x([0-9a-fA-F]+)|#(\d+)|(lt|gt|amp|quot|apos));/g, (_m, hex: string, dec: string, name: string) => {
      if (hex) return String.fromCodePoint(parseInt(hex, 16));
      if (dec) return String.fromCodePoint(Number(dec));
      return { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" }[name]!;
    })
    .replace(/_x([0-9a-fA-F]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

const attrPatterns = new Map<string, RegExp>();

/** The value of attribute `name` in an element's start tag, unescaped; undefined when absent. */
export function attr(tag: string, name: string): string | undefined {
  let re = attrPatterns.get(name);
  if (!re) attrPatterns.set(name, (re = new RegExp(`\\s${name.replace(":", "\\:")}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`)));
  const m = re.exec(tag);
  return m ? unescapeXml(m[1] ?? m[2]) : undefined;
}

/** The start tag with attribute `name` set to `value` (replaced in place, or added at the end). */
export function withAttr(tag: string, name: string, value: string): string {
  const re = new RegExp(`(\\s${name.replace(":", "\\:")}\\s*=\\s*)(?:"[^"]*"|'[^']*')`);
  const quoted = `"${escapeXml(value)}"`;
  if (re.test(tag)) return tag.replace(re, (_m, head: string) => head + quoted);
  return tag.replace(/\s*(\/?>)$/, (_m, end: string) => ` ${name}=${quoted}${end}`);
}

/** The start tag without attribute `name`. */
export function withoutAttr(tag: string, name: string): string {
  return tag.replace(new RegExp(`\\s${name.replace(":", "\\:")}\\s*=\\s*(?:"[^"]*"|'[^']*')`), "");
}

/** One element found in a part: its whole text and where it sits. */
export interface Found {
  start: number;
  end: number;
  xml: string;
  /** The start tag alone. */
  open: string;
}

/**
 * Every `<tag …/>` or `<tag …>…</tag>` in `xml` from `from` to `to`, in order. For elements
 * that do not nest in themselves (row, c, xf, fill, font, comment, v:shape, …).
 */
export function* elements(xml: string, tag: string, from = 0, to = xml.length): Generator<Found> {
  const open = new RegExp(`<${tag.replace(":", "\\:")}(?=[\\s/>])[^>]*>`, "g");
  open.lastIndex = from;
  const close = `</${tag}>`;
  for (let m = open.exec(xml); m !== null && m.index < to; m = open.exec(xml)) {
    const start = m.index;
    const openTag = m[0];
    let end = start + openTag.length;
    if (!openTag.endsWith("/>")) {
      const c = xml.indexOf(close, end);
      if (c < 0) break;
      end = c + close.length;
    }
    open.lastIndex = end;
    yield { start, end, xml: xml.slice(start, end), open: openTag };
  }
}

/** The first element `tag` in `xml`, or null. */
export function firstElement(xml: string, tag: string, from = 0): Found | null {
  for (const e of elements(xml, tag, from)) return e;
  return null;
}

/** Where the content of an element starts and ends (an empty `<tag/>` is expanded first). */
export function contentRange(xml: string, found: Found, tag: string): { xml: string; start: number; end: number } {
  if (found.open.endsWith("/>")) {
    const expanded = `${found.open.replace(/\s*\/>$/, ">")}</${tag}>`;
    const next = xml.slice(0, found.start) + expanded + xml.slice(found.end);
    const start = found.start + expanded.length - tag.length - 3;
    return { xml: next, start, end: start };
  }
  return { xml, start: found.start + found.open.length, end: found.end - tag.length - 3 };
}

/** Plain text of the <t> elements inside `xml` (a shared string, an inline string, a note). */
export function textOf(xml: string): string {
  let out = "";
  for (const t of elements(xml, "t")) {
    if (!t.open.endsWith("/>")) out += unescapeXml(t.xml.slice(t.open.length, -4));
  }
  return out;
}
