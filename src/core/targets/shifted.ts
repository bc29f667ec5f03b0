import { StatusSchema, type IndicatorRow } from "../rows/types";
import { parseFiscalYear } from "../years/era";

/**
 * A row whose cells sit in the wrong columns (a PDF conversion shifted them): computing on it
 * would start from the wrong numbers, so its target is left unverifiable and COLUMN_SHIFT (the
 * checks) proposes the realignment. Signs: the status column holds something else; an actual
 * column holds a status word, a year or prose; the target column holds prose.
 */

const STATUS_WORDS = new Set<string>(StatusSchema.options);
const PROSE_LENGTH = 20;

function outOfPlace(text: string): boolean {
  return STATUS_WORDS.has(text) || parseFiscalYear(text) !== null || text.length > PROSE_LENGTH;
}

export function looksShifted(row: IndicatorRow): boolean {
  if (row.statusText !== "" && row.status === null) return true;
  if (row.actuals.some((a) => a.value.kind === "unparseable" && outOfPlace(a.value.text))) return true;
  return row.target.kind === "unparseable" && row.target.text.length > PROSE_LENGTH;
}
