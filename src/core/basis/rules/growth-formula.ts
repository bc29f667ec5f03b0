import type { Scan } from "../tokens";
import { common } from "../scan";
import type { RuleDef } from "../types";
import { compoundGrowthRule, type CompoundGrowthRule } from "./compound-growth";

/**
 * 「12,300人×(1+3%)6=14,700人」「12,300×(1+0.03)^6」: a growth formula written out in the text.
 * Read as what it says — compound growth from the formula's own base over its own number of
 * periods — and evaluated by compound-growth (the simple sum named as the other reading).
 */
const FORMULA =
  /(\d[\d,]*(?:\.\d+)?)([^\d×x*(]{0,6})[×x*]\s?\(\s?1\s?([+-])\s?(\d+(?:\.\d+)?)\s?(%)?\s?\)\s?\^?\s?(\d{1,2})(?!\d|%|\.)/;

const num = (s: string) => Number(s.replace(/,/g, ""));

export function matchGrowthFormula(scan: Scan): CompoundGrowthRule | null {
  const m = FORMULA.exec(scan.text);
  if (!m) return null;
  const rate = num(m[4]);
  const base = num(m[1]);
  return {
    kind: "compound-growth",
    percent: m[5] ? rate : rate * 100,
    direction: m[3] === "-" ? -1 : 1,
    ...common(scan),
    periods: Number(m[6]),
    textBase: { value: base, text: m[1] + m[2].trim(), counter: m[2].trim(), scale: 1, decimals: 0 },
  };
}

/**
 * Tried before the numbers are read one by one: 「12,300人×(1」 is no product of 12,300 and 1.
 * Another way of reading compound growth, not a kind of its own: it evaluates, explains and is
 * named as compound growth.
 */
export const growthFormulaRule: RuleDef<CompoundGrowthRule> = {
  ...compoundGrowthRule,
  match: matchGrowthFormula,
};
