import type { Scan } from "../tokens";
import { common, textNumber } from "../scan";
import { rolesOf } from "../roles";
import { evaluated, inRowUnits, noTargetYear, fromText } from "../eval-helpers";
import type { Evaluation, RuleCommon, RuleData, RuleDef, TextNumber } from "../types";
import type { FiscalYear } from "../../years/types";

export type ScheduleRule = RuleCommon & { kind: "schedule"; entries: { year: FiscalYear; value: TextNumber }[] };

/** R8とR9に各1回、R10とR11に各2回、R12に3回: a value per year; two groups at least. */
export function matchSchedule(scan: Scan): ScheduleRule | null {
  const entries: ScheduleRule["entries"] = [];
  // Counts the role stage dated with their years (not a 「までに」, a level to reach by then).
  for (const { token: t, years, until } of rolesOf(scan).numbers) {
    if (t.kind !== "count" || !years || until) continue;
    for (const year of years) entries.push({ year, value: textNumber(t) });
  }
  return new Set(entries.map((e) => e.year.fy)).size >= 2 ? { kind: "schedule", entries, ...common(scan) } : null;
}

export function evaluateSchedule(rule: ScheduleRule, data: RuleData): Evaluation {
  const target = data.targetYear;
  if (!target) return noTargetYear();
  const entry = rule.entries.find((e) => e.year.fy === target.fy);
  // Each entry's value marked as the text's: 「R8: 根拠の1回, …」.
  const listed = { ja: "", en: "" };
  for (const lang of ["ja", "en"] as const) {
    listed[lang] = rule.entries.map((e) => `${e.year.label}: ${fromText(e.value.text)[lang]}`).join(", ");
  }
  if (!entry) {
    return {
      ok: false,
      reason: "not-in-schedule",
      missing: [target],
      detail: {
        ja: `予定（${listed.ja}）に${target.label}がありません`,
        en: `the schedule (${listed.en}) has no value for ${target.label}`,
      },
    };
  }
  const value = inRowUnits(entry.value, data);
  return evaluated(
    value,
    {
      ja: `予定（${listed.ja}）の${target.label}の値`,
      en: `the value for ${target.label} in the schedule (${listed.en})`,
    },
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
