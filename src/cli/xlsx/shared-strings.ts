import type { Cell } from "../../core/grid/grid";
import type { ZipPackage } from "./zip";
import { unescapeOoxml, visitXmlPart } from "./xml";

/**
 * The shared string table, each `<si>` as the frozen cell every use of it shares (see
 * ValueContext.sharedStrings): its text is the plain `<t>` or the rich-text runs `<r><t>`
 * joined; phonetic guides (`<rPh>`, furigana) are not part of the displayed text.
 */
export function readSharedStrings(pkg: ZipPackage, part: string | null, label: string): Readonly<Cell>[] {
  const strings: Readonly<Cell>[] = [];
  if (part === null || !pkg.has(part)) return strings;
  let current = "";
  let inText = false;
  let phonetic = 0;
  visitXmlPart(pkg, part, label, {
    open(name) {
      if (name === "si") current = "";
      else if (name === "rPh") phonetic++;
      else if (name === "t" && phonetic === 0) inText = true;
    },
    text(t) {
      if (inText) current += t;
    },
    close(name) {
      if (name === "t") inText = false;
      else if (name === "rPh") phonetic--;
      else if (name === "si") {
        const text = unescapeOoxml(current);
        strings.push(Object.freeze({ value: text, text }));
      }
    },
  });
  return strings;
}
