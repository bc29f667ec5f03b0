import { memoizeBy } from "../text/memo";
import { factorOf, fmt } from "./numbers";
import type {
  Alternative,
  Bilingual,
  Evaluated,
  NotEvaluated,
  RuleData,
  TextNumber,
  ValueCell,
  ValueSource,
  YearValue,
} from "./types";

/** Pieces every rule's evaluation uses: the base, the number of periods, units, wording. */

export function noBase(): NotEvaluated {
  return {
    ok: false,
    reason: "no-base",
    missing: [],
    detail: { ja: "基準となる実績値がありません", en: "there is no base value to start from" },
  };
}

/** A base value with no year (stated in the text, or an undated baseline): periods cannot be counted. */
export function noBaseYear(): NotEvaluated {
  return {
    ok: false,
    reason: "no-base-year",
    missing: [],
    detail: {
      ja: "基準の値はありますが、その年度が根拠にもシートにもないため、期間を数えられません",
      en: "there is a base value, but neither the basis nor the sheet gives its year, so the periods cannot be counted",
    },
  };
}

export function noTargetYear(): NotEvaluated {
  return {
    ok: false,
    reason: "no-target-year",
    missing: [],
    detail: { ja: "目標年度が分かりません", en: "the target year is unknown" },
  };
}

/** Base and n = target year − base year, or why they are not available. */
export function baseAndPeriods(data: RuleData): { base: YearValue; n: number } | NotEvaluated {
  if (!data.base) return noBase();
  if (!data.targetYear) return noTargetYear();
  // A base stated in the text with no year to count periods from.
  if (!Number.isFinite(data.base.year.fy)) return noBaseYear();
  return { base: data.base, n: data.targetYear.fy - data.base.year.fy };
}

/** The compound path base × (1 ± p)^k over the row's periods: what the yearly-rate rules share. */
export function compoundPath(
  data: RuleData,
  percent: number,
  direction: 1 | -1,
): { base: YearValue; n: number; factor: number; at: (k: number) => number } | NotEvaluated {
  const bn = baseAndPeriods(data);
  if ("ok" in bn) return bn;
  const factor = factorOf(percent, direction);
  const { base, n } = bn;
  return { base, n, factor, at: (k: number) => base.value * factor ** k };
}

/**
 * An intermediate value: exact when it has at most two decimals more than the row writes
 * (a mean of 118.75), else one decimal finer than the row (18,939.6).
 */
export function show(value: number, data: RuleData): string {
  const exact = data.decimals + 2;
  const p = 10 ** exact;
  return fmt(value, Math.round(value * p) / p === value ? exact : data.decimals + 1);
}

/** Where a base stated in the text was read: its number is then shown as a text number. */
export const BASIS_TEXT: ValueSource = Object.freeze({ kind: "basis-text" });

/** The kinds of cell a value is read from, as an explanation names them. */
const CELL_KINDS: Record<ValueCell["kind"], Bilingual & { enMany: string }> = {
  baseline: { ja: "基準値欄", en: "the baseline cell", enMany: "the baseline cells" },
  actual: { ja: "実績欄", en: "the actual cell", enMany: "the actual cells" },
};

/** Where a value was read, in words: 「実績欄K5」 "the actual cell K5", 「根拠の文」 "the basis text". */
export function sourceWords(where: ValueSource): Bilingual {
  if (where.kind === "basis-text") return { ja: "根拠の文", en: "the basis text" };
  const kind = CELL_KINDS[where.kind];
  return { ja: `${kind.ja}${where.address}`, en: `${kind.en} ${where.address}` };
}

/**
 * The base in words, naming where it was read (a cell, or the text) and its year, and the base
 * value as shown (`shown`), for the formula: written once per evaluation.
 */
export function baseWords(base: YearValue, data: RuleData): Bilingual & { shown: string } {
  const shown = show(base.value, data);
  const label = base.year.label;
  if (base.where?.kind === "basis-text") {
    const t = fromText(shown);
    return label ? { ja: `${t.ja}（${label}）`, en: `${t.en} (${label})`, shown } : { ...t, shown };
  }
  if (!base.where) return { ja: `${label}の${shown}`, en: `${shown} in ${label}`, shown };
  const where = sourceWords(base.where);
  const yearJa = label ? `（${label}）` : "";
  const yearEn = label ? ` (${label})` : "";
  return { ja: `${where.ja}${yearJa}の${shown}`, en: `${shown} from ${where.en}${yearEn}`, shown };
}

/** The cell a value was read from, if it was read from one. */
function cellOf(v: YearValue): ValueCell | null {
  return v.where && v.where.kind !== "basis-text" ? v.where : null;
}

/**
 * Where several of the row's values were read, with their years: 「実績欄H5～K5（R3～R6）」 for
 * consecutive years of one kind of cell, else each one 「基準値欄D5（R1）・実績欄K5（R6）」.
 */
export function valuesWords(values: YearValue[]): Bilingual {
  const first = values[0];
  const last = values[values.length - 1];
  const consecutive = values.every((v, i) => i === 0 || v.year.fy === values[i - 1].year.fy + 1);
  const [from, to] = [cellOf(first), cellOf(last)];
  const sameKind = from !== null && values.every((v) => cellOf(v)?.kind === from.kind);
  if (values.length > 1 && consecutive && sameKind && to) {
    const kind = CELL_KINDS[from.kind];
    return {
      ja: `${kind.ja}${from.address}～${to.address}（${first.year.label}～${last.year.label}）`,
      en: `${kind.enMany} ${from.address}–${to.address} (${first.year.label}–${last.year.label})`,
    };
  }
  const one = (v: YearValue): Bilingual => {
    if (!v.where) return { ja: v.year.label, en: v.year.label };
    const where = sourceWords(v.where);
    return { ja: `${where.ja}（${v.year.label}）`, en: `${where.en} (${v.year.label})` };
  };
  const words = values.map(one);
  return { ja: words.map((w) => w.ja).join("・"), en: words.map((w) => w.en).join(", ") };
}

/**
 * A number as the basis text wrote it, marked as read there — 「根拠の10%」「10% (basis text)」 —
 * as the sheet's values are marked with their cell and year: an explanation names where each of
 * its numbers came from (issue 14.4), the text's numbers always in this one form.
 */
export function fromText(written: string): Bilingual {
  return { ja: `根拠の${written}`, en: `${written} (basis text)` };
}

/** A number written in the text, in the row's units (23万人 on a 人 row → 230,000). */
export function inRowUnits(tn: TextNumber, data: RuleData): number {
  if (tn.counter === "%") return tn.value;
  return (tn.value * tn.scale) / (data.rowScale || 1);
}

/** The labels of the period alternatives for n periods: written once per n (a handful per sheet). */
const periodLabels = memoizeBy(
  (n: number) => String(n),
  (n: number): { fewer: Bilingual; more: Bilingual } => ({
    fewer: { ja: `${n - 1}期間で計算`, en: `${n - 1} periods instead of ${n}` },
    more: { ja: `${n + 1}期間で計算`, en: `${n + 1} periods instead of ${n}` },
  }),
);

/** The same rule over one period fewer and one more: the usual off-by-one in planning sheets. */
export function periodAlternatives(n: number, valueAt: (periods: number) => number): Alternative[] {
  const labels = periodLabels(n);
  const more: Alternative = { kind: "periods", label: labels.more, value: valueAt(n + 1) };
  if (n - 1 < 1) return [more];
  return [{ kind: "periods", label: labels.fewer, value: valueAt(n - 1) }, more];
}

const POINTS_LABEL: Bilingual = Object.freeze({ ja: "ポイント（加算）として計算", en: "read as percentage points" });

/** The points reading of a percent change on a percentage indicator (64.8% + 5 = 69.8%). */
export function pointsAlternative(value: number): Alternative {
  return { kind: "points", label: POINTS_LABEL, value };
}

export function evaluated(
  value: number,
  summary: Bilingual,
  formula: string,
  extra: Partial<Omit<Evaluated, "ok" | "value" | "summary" | "formula">> = {},
): Evaluated {
  return { ok: true, value, summary, formula, missing: [], alternatives: [], notes: [], ...extra };
}

const INCREASE: Bilingual = Object.freeze({ ja: "増加", en: "increase" });
const DECREASE: Bilingual = Object.freeze({ ja: "減少", en: "decrease" });

export function signWord(direction: 1 | -1): Bilingual {
  return direction === 1 ? INCREASE : DECREASE;
}
