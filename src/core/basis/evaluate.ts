import { evaluateCompoundGrowth } from "./rules/compound-growth";
import { evaluateOneOffChange } from "./rules/one-off-change";
import { evaluateMultiple } from "./rules/multiple";
import { evaluateAnnualIncrement } from "./rules/annual-increment";
import { evaluateStepEvery } from "./rules/step-every";
import { evaluateAveragePlusPercent } from "./rules/average-plus-percent";
import { evaluateGrowthMultiplier } from "./rules/growth-multiplier";
import { evaluateMeanYearlyChange } from "./rules/mean-yearly-change";
import { evaluatePastAverageRate } from "./rules/past-average-rate";
import { evaluateExplicitPath } from "./rules/explicit-path";
import { evaluateSchedule } from "./rules/schedule";
import { evaluateFixed } from "./rules/fixed";
import { evaluateReachLevel } from "./rules/reach-level";
import { evaluateMaintain } from "./rules/maintain";
import { evaluateShareOf } from "./rules/share-of";
import { evaluateProduct } from "./rules/product";
import { evaluatePastPeak } from "./rules/past-peak";
import { fmtFixed } from "./numbers";
import type { Evaluated, Evaluation, Rule, RuleData } from "./types";

function dispatch(rule: Rule, data: RuleData): Evaluation {
  switch (rule.kind) {
    case "compound-growth":
      return evaluateCompoundGrowth(rule, data);
    case "one-off-change":
      return evaluateOneOffChange(rule, data);
    case "multiple":
      return evaluateMultiple(rule, data);
    case "annual-increment":
      return evaluateAnnualIncrement(rule, data);
    case "step-every":
      return evaluateStepEvery(rule, data);
    case "average-plus-percent":
      return evaluateAveragePlusPercent(rule, data);
    case "growth-multiplier":
      return evaluateGrowthMultiplier(rule, data);
    case "mean-yearly-change":
      return evaluateMeanYearlyChange(rule, data);
    case "past-average-rate":
      return evaluatePastAverageRate(rule, data);
    case "explicit-path":
      return evaluateExplicitPath(rule, data);
    case "schedule":
      return evaluateSchedule(rule, data);
    case "fixed":
      return evaluateFixed(rule, data);
    case "reach-level":
      return evaluateReachLevel(rule, data);
    case "maintain":
      return evaluateMaintain(rule, data);
    case "share-of":
      return evaluateShareOf(rule, data);
    case "product":
      return evaluateProduct(rule, data);
    case "past-peak":
      return evaluatePastPeak(rule, data);
  }
}

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

const OUT_OF_RANGE = { ja: "計算結果が扱える数値の範囲を超えます", en: "the result is beyond the range of numbers" };

/** Evaluates a rule on the row's own numbers, recording each step for the explanation. */
export function evaluateRule(rule: Rule, data: RuleData): Evaluation {
  const ev = dispatch(rule, data);
  // 1.7e308 × 2: a result past the range of numbers is not a target anyone can write.
  if (ev.ok && !Number.isFinite(ev.value)) return { ok: false, reason: "no-data", missing: [], detail: OUT_OF_RANGE };
  return ev.ok ? checkPath(rule, ev, data) : ev;
}
