import type { ZipPackage } from "./zip";
import { unescapeOoxml, visitXmlPart } from "./xml";

/**
 * The shared string table: each `<si>` as its text — plain `<t>` or rich-text runs `<r><t>`
 * joined; phonetic guides (`<rPh>`, furigana) are not part of the displayed text.
 */
export function readSharedStrings(pkg: ZipPackage, part: string | null, label: string): string[] {
  const strings: string[] = [];
  if (part === null || !pkg.has(part)) return strings;
  let current: string[] = [];
  let inText = false;
  let phonetic = 0;
  visitXmlPart(pkg, part, label, {
    open(name) {
      if (name === "si") current = [];
      else if (name === "rPh") phonetic++;
      else if (name === "t" && phonetic === 0) inText = true;
    },
    text(t) {
      if (inText) current.push(t);
    },
    close(name) {
      if (name === "t") inText = false;
      else if (name === "rPh") phonetic--;
      else if (name === "si") strings.push(unescapeOoxml(current.join("")));
    },
  });
  return strings;
}
