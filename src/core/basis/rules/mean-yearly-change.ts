import type { Bilingual, Direction, Evaluation, RuleCommon, RuleData, RuleDef, TextNumber, YearValue } from "../types";
import type { Scan } from "../tokens";
import { common, gap, isNum, textNumber } from "../scan";
import { rolesOf } from "../roles";
import {
  baseAndPeriods,
  baseWords,
  evaluated,
  fromText,
  inRowUnits,
  periodAlternatives,
  show,
  valuesWords,
} from "../eval-helpers";
import { fmt, fmtFixed } from "../numbers";
import type { FiscalYear } from "../../years/types";

export type MeanYearlyChangeRule = RuleCommon & {
  kind: "mean-yearly-change";
  from: FiscalYear;
  to: FiscalYear;
  /** The mean the text states (0.8ポイント), checked against the data. */
  stated?: TextNumber;
  direction: Direction;
};

/** R4～R6の増の平均0.8ポイントについて毎年増, R3～R6の平均増加数: base + mean yearly Δ × n. */
export function matchMeanYearlyChange(scan: Scan): MeanYearlyChangeRule | null {
  for (const { over, of, direction, end } of rolesOf(scan).means) {
    if (of !== "changes" || !("from" in over)) continue;
    // The mean the text states, just after the words of the mean: checked against the data.
    const next = scan.tokens[end + 1];
    const stated =
      isNum(next) && (next.kind === "points" || next.kind === "count") && gap(scan, scan.tokens[end], next).length <= 4
        ? textNumber(next)
        : undefined;
    return {
      kind: "mean-yearly-change",
      from: over.from,
      to: over.to,
      direction: direction ?? 1,
      ...(stated ? { stated } : {}),
      ...common(scan, isNum(next) ? next : undefined),
    };
  }
  return null;
}

function pointAt(data: RuleData, year: FiscalYear): YearValue | null {
  return data.series.find((s) => s.year.fy === year.fy) ?? null;
}

/** The two ends the mean is taken between, with their cells: 「実績欄I5（R4）から実績欄K5（R6）まで」. */
function betweenWords(rule: MeanYearlyChangeRule, first: YearValue | null, last: YearValue | null): Bilingual {
  if (!first || !last) return { ja: `${rule.from.label}～${rule.to.label}`, en: `${rule.from.label}–${rule.to.label}` };
  const [from, to] = [valuesWords([first]), valuesWords([last])];
  return { ja: `${from.ja}から${to.ja}まで`, en: `from ${from.en} to ${to.en}` };
}

export function evaluateMeanYearlyChange(rule: MeanYearlyChangeRule, data: RuleData): Evaluation {
  const bn = baseAndPeriods(data);
  if ("ok" in bn) return bn;
  const { base, n } = bn;
  const firstPoint = pointAt(data, rule.from);
  const lastPoint = pointAt(data, rule.to);
  const first = firstPoint?.value ?? null;
  const last = lastPoint?.value ?? null;
  const missing = [first === null ? rule.from : null, last === null ? rule.to : null].filter(
    (y): y is FiscalYear => !!y,
  );
  const statedMean = rule.stated ? rule.direction * inRowUnits(rule.stated, data) : null;
  const span = rule.to.fy - rule.from.fy;
  const dataMean = first !== null && last !== null && span > 0 ? (last - first) / span : null;
  const mean = dataMean ?? statedMean;
  if (mean === null) {
    return {
      ok: false,
      reason: "no-data",
      missing,
      detail: {
        ja: "平均の増減を計算する年度の値がありません",
        en: "the values to take the mean change from are missing",
      },
    };
  }
  const at = (k: number) => base.value + mean * k;
  const value = at(n);
  const b = baseWords(base, data);
  const meanText =
    dataMean !== null
      ? `(${show(last!, data)} − ${show(first!, data)}) ÷ ${span} = ${show(dataMean, data)}`
      : `${fmt(statedMean!)}`;
  const notes: Bilingual[] = [];
  const alternatives = periodAlternatives(n, at);
  if (dataMean !== null && statedMean !== null && rule.stated) {
    const d = rule.stated.decimals;
    if (fmtFixed(dataMean, d) !== fmtFixed(statedMean, d)) {
      notes.push({
        ja: `${fromText(`平均${rule.stated.text}`).ja}と実績からの平均${show(dataMean, data)}が異なります`,
        en: `the stated mean ${fromText(rule.stated.text).en} differs from the mean of the actuals (${show(dataMean, data)})`,
      });
      alternatives.push({
        kind: "stated-mean",
        label: {
          ja: `${fromText(`平均${rule.stated.text}`).ja}で計算`,
          en: `with the stated mean ${fromText(rule.stated.text).en}`,
        },
        value: base.value + statedMean * n,
      });
    }
  }
  const between = betweenWords(rule, firstPoint, lastPoint);
  // The mean the text states is shown beside the one used (they differ only with a note).
  const stated = rule.stated
    ? { ja: `（${fromText(`平均${rule.stated.text}`).ja}）`, en: `; stated: ${fromText(rule.stated.text).en}` }
    : { ja: "", en: "" };
  const meanShown = show(mean, data);
  return evaluated(
    value,
    {
      ja: `${between.ja}の年平均の増減${meanShown}${stated.ja}を${b.ja}に${n}年分加える`,
      en: `mean yearly change ${between.en} (${meanShown}${stated.en}) added to ${b.en} for ${n} years`,
    },
    `${meanText}; ${b.shown} ${mean < 0 ? "−" : "+"} ${show(Math.abs(mean), data)} × ${n} = ${show(value, data)}`,
    {
      missing,
      notes,
      alternatives,
      at,
      used: [first === null ? null : rule.from, last === null ? null : rule.to].filter((y): y is FiscalYear => !!y),
    },
  );
}

export const meanYearlyChangeRule: RuleDef<MeanYearlyChangeRule> = {
  kind: "mean-yearly-change",
  match: matchMeanYearlyChange,
  evaluate: evaluateMeanYearlyChange,
  explain: { ja: "過去の年平均の増減を加える", en: "the mean yearly change, continued" },
  label: { ja: "過去の平均増減を延長", en: "past mean yearly change, extended" },
};
