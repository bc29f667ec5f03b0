import { raise } from "../report/finding";
import type { Finding } from "../report/schema";
import type { Check } from "./types";

/** VALUE_UNPARSEABLE: a value cell (baseline, previous target, actual, target) that is not a value. */
export const checkValues: Check = ({ table, values }) => {
  const out: Finding[] = [];
  for (let i = 0; i < table.rows.length; i++) {
    const row = table.rows[i];
    for (const v of values[i]) {
      if (v.value.kind !== "unparseable") continue;
      out.push(
        raise(
          "VALUE_UNPARSEABLE",
          v.cell.error === undefined ? "default" : "formula-error",
          { row: row.row, cell: v.cell.address, found: v.value.text },
          { found: v.value.text },
        ),
      );
    }
  }
  return out;
};
