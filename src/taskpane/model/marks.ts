import type { CellMark } from "../../port/workbook-port";
import type { Report, Severity } from "../../core/report/schema";
import type { Lang } from "../i18n";
import { findingNote } from "../../core/messages";

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** One mark per cell: the most severe finding's colour, every finding's message in the note. */
export function marksFor(report: Report, lang: Lang): CellMark[] {
  const byCell = new Map<string, CellMark>();
  for (const sheet of report.sheets) {
    for (const f of sheet.findings) {
      if (!f.cell) continue;
      const key = `${sheet.name}!${f.cell}`;
      const text = findingNote(f, lang);
      const mark = byCell.get(key);
      if (!mark) {
        byCell.set(key, { sheet: sheet.name, address: f.cell, severity: f.severity, text });
        continue;
      }
      mark.text += `\n${text}`;
      if (RANK[f.severity] < RANK[mark.severity]) mark.severity = f.severity;
    }
  }
  return [...byCell.values()];
}
