import { SaxesParser } from "saxes";
import { WorkbookError } from "../errors";
import { LIMITS } from "./limits";
import type { ZipPackage } from "./zip";

/**
 * What a part reader does with the elements of one XML part. Names come as the part's own
 * vocabulary names them: without the prefix the root element carries (`x:worksheet` → every
 * `x:c` is a `c`), while an element of another namespace inside (`mc:AlternateContent`,
 * `x14:…`) keeps its prefix, so it is never taken for one of ours.
 */
export interface XmlVisitor {
  open(name: string, attrs: Record<string, string>): void;
  text?(text: string): void;
  close?(name: string): void;
}

/**
 * Streams one part of the package through a SAX parser. A DOCTYPE is refused outright (no DTD,
 * so no entity expansion: saxes knows only the five XML entities and rejects any other),
 * nesting deeper than LIMITS.xmlDepth stops the read, malformed XML is "corrupt". A run without
 * "<" longer than LIMITS.xmlRun stops it too (checked as each piece arrives, so within a piece
 * of it): a part within the size caps that is one text of hundreds of MB would otherwise be
 * held whole, several times over, by the parser.
 */
export function visitXmlPart(
  pkg: ZipPackage,
  part: string,
  label: string,
  visitor: XmlVisitor,
  onBytes?: (bytesSoFar: number) => void,
): void {
  const parser = new SaxesParser({ position: false });
  let depth = 0;
  let failure: WorkbookError | null = null;
  const fail = (err: WorkbookError) => {
    failure ??= err;
    throw err;
  };
  parser.on("doctype", () => fail(new WorkbookError("unsafe-xml", label)));
  /** The root element's prefix ("x:"); "" when it has none, as Excel and most producers write. */
  let ownPrefix: string | undefined;
  const nameOf = (name: string) => (ownPrefix && name.startsWith(ownPrefix) ? name.slice(ownPrefix.length) : name);
  parser.on("opentag", (node) => {
    if (++depth > LIMITS.xmlDepth) fail(new WorkbookError("too-large", label, `XML depth > ${LIMITS.xmlDepth}`));
    ownPrefix ??= node.name.slice(0, node.name.indexOf(":") + 1);
    visitor.open(nameOf(node.name), node.attributes as Record<string, string>);
  });
  parser.on("closetag", (node) => {
    depth--;
    visitor.close?.(nameOf(node.name));
  });
  // Every part's parser gets the same handlers in the same order (a no-op for text where the
  // visitor takes none), so a read goes through one kind of parser from the first part to the last.
  parser.on("text", visitor.text ? visitor.text.bind(visitor) : ignoreText);
  /** Characters since the last "<" seen, carried from piece to piece. */
  let run = 0;
  try {
    pkg.streamText(part, (text, bytes) => {
      const lt = text.lastIndexOf("<");
      run = lt < 0 ? run + text.length : text.length - lt - 1;
      if (run > LIMITS.xmlRun)
        fail(new WorkbookError("too-large", label, `${part}: XML run > ${LIMITS.xmlRun} characters`));
      parser.write(text);
      onBytes?.(bytes);
    });
    parser.close();
  } catch (err) {
    if (failure) throw failure;
    if (err instanceof WorkbookError) throw err;
    throw new WorkbookError("corrupt", label);
  }
}

function ignoreText(): void {}

/** `_x000D_`-style escapes Excel writes for characters XML cannot carry. */
export function unescapeOoxml(text: string): string {
  return text.includes("_x")
    ? text.replace(/_x([0-9A-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    : text;
}
