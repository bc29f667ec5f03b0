import { makeFinding } from "../report/finding";
import type { Finding } from "../report/schema";
import type { Check } from "./types";
import { valueCells } from "./row-values";

/** VALUE_UNPARSEABLE: a value cell (baseline, previous target, actual, target) that is not a value. */
export const checkValues: Check = ({ table }) => {
  const out: Finding[] = [];
  for (const row of table.rows) {
    for (const v of valueCells(row)) {
      if (v.value.kind !== "unparseable") continue;
      out.push(
        makeFinding({
          code: "VALUE_UNPARSEABLE",
          severity: "error",
          row: row.row,
          cell: v.cell.address,
          params: { cell: v.cell.address, found: v.value.text },
          found: v.value.text,
        }),
      );
    }
  }
  return out;
};
