import type { Evaluation, Path, RuleCommon, RuleData, RuleDef } from "../types";
import type { Scan } from "../tokens";
import { common } from "../scan";
import { withRole } from "../roles";
import { evaluated, noTargetYear, show } from "../eval-helpers";

export type ExplicitPathRule = RuleCommon & { kind: "explicit-path"; path: Path };

/** 8.4⇒9.2⇒10.0⇒10.8⇒11.6⇒12.4: the first path the role stage found (three or more numbers joined by arrows). */
export function findPath(scan: Scan): Path | null {
  const steps = withRole(scan, "path");
  if (steps.length === 0) return null;
  const path = steps.filter((n) => n.of === steps[0].at).map((n) => n.token);
  return { values: path.map((t) => t.value), decimals: Math.max(...path.map((t) => t.decimals)) };
}

export function matchExplicitPath(scan: Scan): ExplicitPathRule | null {
  const path = findPath(scan);
  return path ? { kind: "explicit-path", path, ...common(scan) } : null;
}

/** The last value is the target; the path's length tells which year each value is for. */
export function evaluateExplicitPath(rule: ExplicitPathRule, data: RuleData): Evaluation {
  if (!data.targetYear) return noTargetYear();
  const values = rule.path.values;
  const value = values[values.length - 1];
  const notes =
    data.base && values.length !== data.targetYear.fy - data.base.year.fy
      ? [
          {
            ja: `経路の値の数（${values.length}）が${data.base.year.label}から${data.targetYear.label}までの年数と異なります`,
            en: `the path has ${values.length} values, not one per year from ${data.base.year.label} to ${data.targetYear.label}`,
          },
        ]
      : [];
  return evaluated(
    value,
    { ja: `根拠に書かれた経路の最終値`, en: `the last value of the path written in the basis` },
    `${values.map((v) => show(v, data)).join(" ⇒ ")}`,
    { notes },
  );
}

export const explicitPathRule: RuleDef<ExplicitPathRule> = {
  kind: "explicit-path",
  match: matchExplicitPath,
  evaluate: evaluateExplicitPath,
  explain: { ja: "年ごとの値の列", en: "a path of yearly values" },
  label: { ja: "記載の推移", en: "written yearly path" },
};
