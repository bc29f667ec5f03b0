import type { ValueSnapshot } from "./snapshot-store";

/**
 * What to type into a cell to get a saved cell back. Excel re-reads whatever is written: "001"
 * becomes 1, "=x" a formula, "TRUE" a boolean, "2024/4/1" a date. A text constant that Excel
 * would re-read is written with a leading apostrophe (Excel's "this is text" prefix), unless the
 * cell is formatted as text ("@"), which keeps it as typed.
 */

const ERROR_LITERAL = /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A)$/i;
const NUMBER_LIKE = /^\s*[+-]?[\d,]*\.?\d+(e[+-]?\d+)?\s*%?\s*$/i;
const DATE_OR_TIME_LIKE = /^\s*\d{1,4}[/\-.:]\d{1,2}([/\-.:]\d{1,4})?\s*$/;
/** 2024年4月1日, 4月1日, R6.4.1, 令和6年4月1日: dates to Japanese Excel. */
const JA_DATE_LIKE =
  /^\s*((\d{1,4}年)?\d{1,2}月\d{1,2}日|(R|H|S|令和|平成|昭和)\s*\d{1,2}[./年]\d{1,2}[./月]\d{1,2}日?)\s*$/i;

/** Whether Excel would read this text as something other than the same text (full-width digits too). */
export function wouldReinterpret(raw: string): boolean {
  const text = raw.normalize("NFKC");
  return (
    JA_DATE_LIKE.test(text) ||
    /^[=+\-@']/.test(text) ||
    NUMBER_LIKE.test(text) ||
    DATE_OR_TIME_LIKE.test(text) ||
    /^(true|false)$/i.test(text) ||
    ERROR_LITERAL.test(text)
  );
}

/** A saved cell holds a formula when Range.formulas differs from its value and starts with "=". */
export function isFormula(saved: ValueSnapshot): boolean {
  return typeof saved.formula === "string" && saved.formula.startsWith("=") && saved.formula !== saved.value;
}

export function entryFor(saved: ValueSnapshot): string | number | boolean {
  if (isFormula(saved)) return saved.formula;
  const value = saved.value;
  return typeof value === "string" ? entryForValue(value, saved.numberFormat) : value;
}

/** What to write for a value so the cell holds exactly it: text Excel would re-read gets the text prefix. */
export function entryForValue(value: string | number, numberFormat: string): string | number {
  if (typeof value === "string" && numberFormat !== "@" && wouldReinterpret(value)) return `'${value}`;
  return value;
}
