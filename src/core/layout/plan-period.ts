import { normalize } from "../text/normalize";
import { parseFiscalYear } from "../years/era";
import type { FiscalYear } from "../years/types";
import { YEAR_TOKEN } from "./headers";

/** 「令和8年度～令和12年度」, 「R8～R12」, 「2026年度～2030年度」: a plan period written in a title row. */
const PERIOD = new RegExp(`(${YEAR_TOKEN.source})\\s*[～~-]\\s*(${YEAR_TOKEN.source})`);

/** The last year of a plan period named in a title, or null. */
export function planPeriodEnd(text: string): FiscalYear | null {
  if (!/[～~〜\-‐−―－]/.test(text)) return null;
  const m = PERIOD.exec(normalize(text).toUpperCase());
  return m ? parseFiscalYear(m[2]) : null;
}
