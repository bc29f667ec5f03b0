import { findYears } from "../years/era";
import type { Quantity } from "../quantity/types";

/** What may remain around a year in a note that names only the year: R6, R6年度, 令和6年度実績, R6時点. */
const YEAR_ONLY_REST = /^[\s、,.:：・]*(年度|年|実績値?|時点|現在|末|値|度)*[\s、,.:：・]*$/;

function withoutYears(note: string): string {
  let rest = note;
  for (const m of findYears(note).sort((a, b) => b.index - a.index)) {
    rest = rest.slice(0, m.index) + rest.slice(m.index + m.length);
  }
  return rest;
}

/** The note says only which year the value is for (0人（R6））. */
export function isYearOnlyNote(q: Quantity): boolean {
  return q.note !== undefined && q.noteYear !== undefined && YEAR_ONLY_REST.test(withoutYears(q.note));
}

/** The note says more than a year: a source, a scope, a method (11.9人（令和5年度の19市平均））. */
export function isDescriptiveNote(q: Quantity): boolean {
  return q.note !== undefined && q.note.trim() !== "" && !YEAR_ONLY_REST.test(withoutYears(q.note));
}
