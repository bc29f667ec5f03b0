import * as path from "path";
import type { ZipPackage } from "./zip";
import { visitXmlPart } from "./xml";

export interface SheetPart {
  name: string;
  /** Part name inside the package, e.g. "xl/worksheets/sheet1.xml". */
  part: string;
  /** "hidden" / "veryHidden" sheets are read like any other: their KPIs count too. */
  hidden: boolean;
}

export interface WorkbookParts {
  sheets: SheetPart[];
  sharedStrings: string | null;
  styles: string | null;
  /** Dates count from 1904-01-01 (old Mac workbooks) instead of 1900. */
  date1904: boolean;
}

const REL_TYPE = /\/(officeDocument|worksheet|sharedStrings|styles)$/;

interface Rel {
  type: string;
  target: string;
}

/** Relationships of a part, keyed by id, targets resolved to part names. */
function readRels(pkg: ZipPackage, source: string, label: string): Map<string, Rel> {
  const dir = path.posix.dirname(source);
  const relsPart = path.posix.join(dir, "_rels", `${path.posix.basename(source)}.rels`);
  const rels = new Map<string, Rel>();
  if (!pkg.has(relsPart)) return rels;
  visitXmlPart(pkg, relsPart, label, {
    open(name, a) {
      if (name !== "Relationship" || a.TargetMode === "External") return;
      const type = REL_TYPE.exec(a.Type ?? "")?.[1];
      if (!type || !a.Target) return;
      const target = a.Target.startsWith("/") ? a.Target.slice(1) : path.posix.join(dir, a.Target);
      rels.set(a.Id, { type, target });
    },
  });
  return rels;
}

/**
 * Where the workbook's parts are: the workbook part named by the package relationships, its
 * worksheets in tab order (chart sheets are not worksheets), shared strings and styles.
 * A zip without a workbook part yields no sheets.
 */
export function readWorkbookParts(pkg: ZipPackage, label: string): WorkbookParts {
  const root = [...readRels(pkg, "", label).values()].find((r) => r.type === "officeDocument");
  const workbook = root?.target ?? "xl/workbook.xml";
  const parts: WorkbookParts = { sheets: [], sharedStrings: null, styles: null, date1904: false };
  if (!pkg.has(workbook)) return parts;

  const rels = readRels(pkg, workbook, label);
  const byType = (type: string) => [...rels.values()].find((r) => r.type === type)?.target ?? null;
  parts.sharedStrings = byType("sharedStrings");
  parts.styles = byType("styles");
  visitXmlPart(pkg, workbook, label, {
    open(name, a) {
      if (name === "workbookPr") parts.date1904 = a.date1904 === "1" || a.date1904 === "true";
      if (name !== "sheet") return;
      const idKey = Object.keys(a).find((k) => k === "id" || k.endsWith(":id"));
      const rel = idKey ? rels.get(a[idKey]) : undefined;
      if (rel?.type !== "worksheet" || !pkg.has(rel.target)) return;
      parts.sheets.push({ name: a.name ?? "", part: rel.target, hidden: (a.state ?? "visible") !== "visible" });
    },
  });
  return parts;
}
