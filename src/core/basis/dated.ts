import type { FiscalYear } from "../years/types";
import { fiscalYear } from "../years/era";
import type { RoledNumber } from "./roles";
import { gap, isKw } from "./scan";
import type { Scan } from "./tokens";

/** For the role stage: the years a number is written for (a schedule), or to be reached by. */

/** Years joined in one list: 「R8とR9」「R8・R9」. */
const YEAR_JOIN = /^\s?(?:と|・|、|,|及び|および)\s?$/;
/** Between the years and the number written for them: 「R12に3回」「R8とR9に各1回」「R10は2回」. */
const YEAR_TO_VALUE = /^\s?(?:に|は|で|には|も)?\s?(?:各|それぞれ)?\s?$/;

/**
 * The years each number is written for: a list of years (or a range) just before it, joined by
 * と/・ and followed by に/は/各 — 「R8とR9に各1回」「R8～R10に各1回」; or one year and までに
 * — 「R12年度までに300人」, a value to reach by then.
 */
export function dateNumbers(scan: Scan, numbers: RoledNumber[]): void {
  const toks = scan.tokens;
  const byAt = new Map(numbers.map((n) => [n.at, n]));
  let pending: FiscalYear[] = [];
  let last = -1;
  toks.forEach((t, i) => {
    if (t.t === "year" || t.t === "range") {
      if (pending.length === 0 || !YEAR_JOIN.test(gap(scan, toks[last], t))) pending = [];
      pending.push(...(t.t === "year" ? [t.year] : yearsBetween(t.from, t.to)));
      last = i;
      return;
    }
    const n = byAt.get(i);
    if (n && pending.length > 0 && YEAR_TO_VALUE.test(gap(scan, toks[last], t))) n.years = pending;
    const [year, until] = [toks[i - 2], toks[i - 1]];
    if (n && year?.t === "year" && isKw(until, "until") && gap(scan, until, t).trim().length <= 1) {
      n.years = [year.year];
      n.until = true;
    }
    if (!isKw(t, "each")) pending = [];
  });
}

function yearsBetween(from: FiscalYear, to: FiscalYear): FiscalYear[] {
  const out: FiscalYear[] = [from];
  for (let fy = from.fy + 1; fy < to.fy; fy++) out.push(fiscalYear(fy));
  out.push(to);
  return out;
}
