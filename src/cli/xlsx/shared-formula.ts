import { columnIndex, columnLetters, parseAddress } from "../../core/grid/grid";

/** A word of a formula that may be a reference, optionally with its "Sheet!"; "(" marks a function. */
const CANDIDATE = /(([a-z_\-0-9]*)!)?([a-z0-9_$]{2,})([(])?/gi;
const REFERENCE = /^([$])?([a-z]+)([$])?([1-9][0-9]*)$/i;
/** Columns run to XFD: a longer "letters+digits" word is a name, not a reference. */
const LAST_COLUMN = "XFD";

/**
 * A shared formula as it reads in one of the cells it was shared to: relative references moved
 * by that cell's offset from the master cell, `$`-anchored parts kept (`B2*$C$1` at B2 reads
 * `B5*$C$1` at B5). Same rules as exceljs's slideFormula, so formulas read as before.
 */
export function slideFormula(formula: string, from: string, to: string): string {
  const a = parseAddress(from);
  const b = parseAddress(to);
  if (!a || !b) return formula;
  return formula.replace(
    CANDIDATE,
    (match, sheet: string | undefined, _name, word: string, paren: string | undefined) => {
      if (paren) return match;
      const ref = REFERENCE.exec(word);
      if (!ref) return match;
      const [, colAnchor, letters, rowAnchor, digits] = ref;
      const col = letters.toUpperCase();
      const index = columnIndex(col);
      if (index === null || (col.length === 3 && col > LAST_COLUMN)) return match;
      const c = index + (colAnchor ? 0 : b.col - a.col);
      const r = Number(digits) + (rowAnchor ? 0 : b.row - a.row);
      return `${sheet ?? ""}${colAnchor ?? ""}${columnLetters(c)}${rowAnchor ?? ""}${r}`;
    },
  );
}
