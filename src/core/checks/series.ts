import { raise } from "../report/finding";
import type { Finding } from "../report/schema";
import type { ParsedValue } from "../quantity/types";
import type { RowCheck } from "./types";

/**
 * Words in a value's note that say the figure is now measured differently: a definition,
 * method or scope change, or a year from which it is counted another way
 * (64.8%(R6年度から3市町村平均)).
 */
const CHANGE_WORDS = /(定義|算出方法|集計方法|算定方法|調査方法|対象を?変更|変更後|基準変更|から|以降|より)/;

/** Number of metrics a value holds: a multi-metric cell counts its parts; blank and none count 0. */
function metricCount(v: ParsedValue): number {
  return v.kind === "multi" ? v.parts.length : v.kind === "quantity" ? 1 : 0;
}

/** The first note of a value's quantities that says the figure is counted another way. */
function changeNote(v: ParsedValue): string | undefined {
  if (v.kind === "quantity") return changeWords(v.quantity.note);
  if (v.kind !== "multi") return undefined;
  for (const p of v.parts) {
    const note = changeWords(p.quantity.note);
    if (note !== undefined) return note;
  }
  return undefined;
}

function changeWords(note: string | undefined): string | undefined {
  return note && CHANGE_WORDS.test(note) ? note : undefined;
}

export const checkSeries: RowCheck = (row, values) => {
  const out: Finding[] = [];
  let maxBefore = 0;
  for (const vc of values) {
    // The series: baseline and yearly actuals, in time order (targets are not observations).
    if (vc.field !== "baseline" && vc.field !== "actual") continue;
    const note = changeNote(vc.value);
    if (note !== undefined) {
      out.push(
        raise(
          "SERIES_BREAK",
          "note",
          { row: row.row, cell: vc.cell.address, found: vc.cell.text },
          { text: vc.cell.text, note },
        ),
      );
    }
    const n = metricCount(vc.value);
    if (maxBefore > 0 && n > maxBefore) {
      out.push(
        raise(
          "SERIES_BREAK",
          "split",
          { row: row.row, cell: vc.cell.address, found: vc.cell.text, expected: `${maxBefore}` },
          { found: n, expected: maxBefore },
        ),
      );
    }
    maxBefore = Math.max(maxBefore, n);
  }
  return out;
};
