import { parseBasis } from "../../../src/core/basis/parse";
import { evaluateRule } from "../../../src/core/basis/evaluate";
import type { Evaluated, Evaluation, Rule, RuleData } from "../../../src/core/basis/types";
import { parseFiscalYear } from "../../../src/core/years/era";

/** Test helpers: rule data from year labels, and parse + evaluate in one step. */

const fy = (label: string) => {
  const y = parseFiscalYear(label);
  if (!y) throw new Error(`not a year: ${label}`);
  return y;
};

export function data(opts: {
  series: [string, number][];
  base?: string | null;
  target?: string | null;
  percent?: boolean;
  decimals?: number;
  rowScale?: number;
}): RuleData {
  const series = opts.series.map(([y, value]) => ({ year: fy(y), value }));
  const baseLabel = opts.base === undefined ? opts.series[opts.series.length - 1]?.[0] : opts.base;
  const base = baseLabel ? (series.find((s) => s.year.label === fy(baseLabel).label) ?? null) : null;
  return {
    base,
    series,
    targetYear: opts.target === null ? null : fy(opts.target ?? "R12"),
    percentIndicator: opts.percent ?? false,
    rowScale: opts.rowScale ?? 1,
    decimals: opts.decimals ?? 0,
  };
}

export function rule(text: string): Rule {
  const p = parseBasis(text);
  if (p.kind === "unparsed") throw new Error(`no rule in: ${text} (${p.reason})`);
  return p;
}

export function run(text: string, d: RuleData): Evaluation {
  return evaluateRule(rule(text), d);
}

export function ok(ev: Evaluation): Evaluated {
  if (!ev.ok) throw new Error(`not evaluated: ${ev.reason}`);
  return ev;
}
