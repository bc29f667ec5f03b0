import type { Scan } from "../tokens";
import { common, gap, isNum, textNumber } from "../scan";
import { evaluated, inRowUnits, noTargetYear } from "../eval-helpers";
import type { Evaluation, RuleCommon, RuleData, RuleDef, TextNumber } from "../types";
import type { FiscalYear } from "../../years/types";
import { fiscalYear } from "../../years/era";

export type ScheduleRule = RuleCommon & { kind: "schedule"; entries: { year: FiscalYear; value: TextNumber }[] };

const YEAR_JOIN = /^\s?(?:と|・|、|,|及び|および)\s?$/;
const YEAR_TO_VALUE = /^\s?(?:に|は|で|には|も)?\s?(?:各|それぞれ)?\s?$/;

/** R8とR9に各1回、R10とR11に各2回、R12に3回: a value per year; two groups at least. */
export function matchSchedule(scan: Scan): ScheduleRule | null {
  const entries: ScheduleRule["entries"] = [];
  let pending: FiscalYear[] = [];
  let last = -1;
  scan.tokens.forEach((t, i) => {
    if (t.t === "year" || t.t === "range") {
      const joined = pending.length > 0 && YEAR_JOIN.test(gap(scan, scan.tokens[last], t));
      if (!joined) pending = [];
      if (t.t === "year") pending.push(t.year);
      else pending.push(...yearsBetween(t.from, t.to));
      last = i;
      return;
    }
    if (isNum(t) && t.kind === "count" && pending.length > 0 && YEAR_TO_VALUE.test(gap(scan, scan.tokens[last], t))) {
      for (const year of pending) entries.push({ year, value: textNumber(t) });
    }
    if (t.t !== "kw" || t.k !== "each") pending = [];
  });
  return new Set(entries.map((e) => e.year.fy)).size >= 2 ? { kind: "schedule", entries, ...common(scan) } : null;
}

function yearsBetween(from: FiscalYear, to: FiscalYear): FiscalYear[] {
  const out: FiscalYear[] = [from];
  for (let fy = from.fy + 1; fy < to.fy; fy++) out.push(fiscalYear(fy));
  out.push(to);
  return out;
}

export function evaluateSchedule(rule: ScheduleRule, data: RuleData): Evaluation {
  const target = data.targetYear;
  if (!target) return noTargetYear();
  const entry = rule.entries.find((e) => e.year.fy === target.fy);
  const listed = rule.entries.map((e) => `${e.year.label}: ${e.value.text}`).join(", ");
  if (!entry) {
    return {
      ok: false,
      reason: "not-in-schedule",
      missing: [target],
      detail: {
        ja: `予定（${listed}）に${target.label}がありません`,
        en: `the schedule (${listed}) has no value for ${target.label}`,
      },
    };
  }
  const value = inRowUnits(entry.value, data);
  return evaluated(
    value,
    { ja: `予定（${listed}）の${target.label}の値`, en: `the value for ${target.label} in the schedule (${listed})` },
    `${target.label}: ${entry.value.text}`,
    { unitWritten: entry.value.counter },
  );
}

export const scheduleRule: RuleDef<ScheduleRule> = {
  kind: "schedule",
  match: matchSchedule,
  evaluate: evaluateSchedule,
  explain: { ja: "年度ごとの予定", en: "a schedule by year" },
  label: { ja: "年度ごとの記載値", en: "values written per year" },
};
