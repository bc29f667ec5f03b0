import type { Evaluation, Path, RuleCommon, RuleData, RuleDef } from "../types";
import type { Scan } from "../tokens";
import { common, gap, isKw, isNum } from "../scan";
import { evaluated, noTargetYear, show } from "../eval-helpers";

export type ExplicitPathRule = RuleCommon & { kind: "explicit-path"; path: Path };

/** 8.4⇒9.2⇒10.0⇒10.8⇒11.6⇒12.4: three or more numbers joined by arrows. */
export function findPath(scan: Scan): Path | null {
  const toks = scan.tokens;
  for (let i = 0; i < toks.length; i++) {
    if (!isNum(toks[i])) continue;
    const values: number[] = [];
    let decimals = 0;
    let j = i;
    for (;;) {
      const n = toks[j];
      if (!isNum(n)) break;
      values.push(n.value);
      decimals = Math.max(decimals, n.decimals);
      const arrow = toks[j + 1];
      const next = toks[j + 2];
      if (!isKw(arrow, "arrow") || !isNum(next) || gap(scan, n, arrow).trim() || gap(scan, arrow, next).trim()) break;
      j += 2;
    }
    if (values.length >= 3) return { values, decimals };
  }
  return null;
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
