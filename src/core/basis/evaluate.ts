import { evaluateByKind } from "./registry";
import { fmtFixed } from "./numbers";
import { longLabel } from "../years/era";
import type { FiscalYear } from "../years/types";
import type { YearClash } from "./tokens";
import type { Evaluated, Evaluation, NotEvaluated, Rule, RuleData } from "./types";

/** A path written next to a rule must give the rule's value each year (at its own decimals). */
function checkPath(rule: Rule, ev: Evaluated, data: RuleData): Evaluated {
  if (!rule.path || !ev.at || !data.base || !data.targetYear) return ev;
  const { values, decimals } = rule.path;
  const first = data.targetYear.fy - data.base.year.fy - values.length + 1;
  // Each written value formatted once: for the comparison and for the note.
  const shown = values.map((v) => fmtFixed(v, decimals));
  let bad = -1;
  let computed = "";
  for (let i = 0; i < shown.length && bad < 0; i++) {
    computed = fmtFixed(ev.at(first + i), decimals);
    if (computed !== shown[i]) bad = i;
  }
  const written = shown.join("⇒");
  const note =
    bad < 0
      ? { ja: `根拠の経路${written}は計算と一致`, en: `the path ${written} in the basis agrees with the rule` }
      : {
          ja: `根拠の経路${written}の${bad + 1}番目（${shown[bad]}）が計算（${computed}）と異なります`,
          en: `value ${bad + 1} of the path ${written} (${shown[bad]}) differs from the rule (${computed})`,
        };
  return { ...ev, pathCheck: { consistent: bad < 0, note } };
}

/** The year in the form it was not written in: 平成22年 → 2010年, 2013年 → 平成25年. */
function otherForm(year: FiscalYear): string {
  return /^\d/.test(year.written ?? "") ? longLabel(year).replace(/年度$/, "年") : `${year.fy}年`;
}

/**
 * 「平成22年(2013年)」: the text names one year and restates it as another. Reading either would
 * be a guess at what the author meant, so the row is left unverifiable with both years named.
 */
function yearClash({ written, restated }: YearClash): NotEvaluated {
  const [w, r] = [written.written ?? written.label, restated.written ?? restated.label];
  return {
    ok: false,
    reason: "unclear",
    missing: [],
    detail: {
      ja: `根拠の「${w}(${r})」は、${w}が${otherForm(written)}、括弧内の${r}が${otherForm(restated)}にあたり、どちらの年度か決められません`,
      en: `the basis writes ${w} (${written.fy}) and restates it as ${r} (${restated.fy}), another year: which year is meant is unclear`,
    },
  };
}

const OUT_OF_RANGE = { ja: "計算結果が扱える数値の範囲を超えます", en: "the result is beyond the range of numbers" };

/** Evaluates a rule on the row's own numbers, recording each step for the explanation. */
export function evaluateRule(rule: Rule, data: RuleData): Evaluation {
  if (rule.yearClash) return yearClash(rule.yearClash);
  const ev = evaluateByKind(rule, data);
  // 1.7e308 × 2: a result past the range of numbers is not a target anyone can write.
  if (ev.ok && !Number.isFinite(ev.value)) return { ok: false, reason: "no-data", missing: [], detail: OUT_OF_RANGE };
  return ev.ok ? checkPath(rule, ev, data) : ev;
}
