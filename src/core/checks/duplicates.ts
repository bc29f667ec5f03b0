import { normalize, withoutSpaces } from "../text/normalize";
import { raise } from "../report/finding";
import type { Finding } from "../report/schema";
import type { Check } from "./types";

/** Spaces and brackets do not make a different indicator: 「A (B)」 = 「A（B）」 = 「A(B)」. */
function indicatorKey(text: string): string {
  return withoutSpaces(normalize(text));
}

/** DUPLICATE_INDICATOR: the same indicator twice in one table (the later row is flagged). */
export const checkDuplicates: Check = ({ table }) => {
  const out: Finding[] = [];
  const firstRow = new Map<string, number>();
  for (const row of table.rows) {
    const key = indicatorKey(row.indicator);
    if (key === "") continue;
    const first = firstRow.get(key);
    if (first === undefined) {
      firstRow.set(key, row.row);
      continue;
    }
    const cell = row.cells.indicator?.address ?? null;
    out.push(
      raise(
        "DUPLICATE_INDICATOR",
        "default",
        { row: row.row, cell, found: row.indicator },
        { indicator: row.indicator, firstRow: first },
      ),
    );
  }
  return out;
};
