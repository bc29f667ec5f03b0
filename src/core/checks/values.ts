import { raise } from "../report/finding";
import type { Finding } from "../report/schema";
import type { RowCheck } from "./types";

/**
 * VALUE_UNPARSEABLE: a value cell (baseline, previous target, actual, target) that is not a value.
 * A target cell the basis engine read its rule from (「30%削減」, 「8.0%減少」) is a rule, not a
 * value gone wrong: the row's target verdict speaks for it.
 */
export const checkValues: RowCheck = (row, values, { targets }) => {
  const out: Finding[] = [];
  const ruleCell = targets.get(row.row)?.basisCell;
  for (const v of values) {
    if (v.value.kind !== "unparseable" || v.cell.address === ruleCell) continue;
    out.push(
      raise(
        "VALUE_UNPARSEABLE",
        v.cell.error === undefined ? "default" : "formula-error",
        { row: row.row, cell: v.cell.address, found: v.value.text },
        { found: v.value.text },
      ),
    );
  }
  return out;
};
