import type { Check } from "../checks/types";
import { cellAddress } from "../grid/grid";
import { raise } from "../report/finding";
import type { Finding } from "../report/schema";

/**
 * What the reader itself has to say about a table, once per table, not per row: a column of
 * values under a header it did not understand (the checks would otherwise see fewer values than
 * the sheet has), and a table that names its target year nowhere.
 */
export const checkLayout: Check = ({ table, planTargetYear }) => {
  const { layout, rows } = table;
  const out: Finding[] = [];
  for (const u of layout.unreadColumns ?? []) {
    const cell = cellAddress(u.row, u.col);
    out.push(raise("COLUMN_UNREAD", "default", { row: u.row + 1, cell }, { header: u.text.replace(/\s+/g, " ") }));
  }
  if (!planTargetYear && rows.length > 0 && rows.every((r) => r.targetYear === null)) {
    out.push(raise("TARGET_YEAR_MISSING", "default", { row: layout.headerTop + 1, cell: null }, {}));
  }
  return out;
};
