import { roundTo, stepInRowUnits } from "../basis/rounding";
import { statedPlace } from "../basis/compare";
import { fmt } from "../basis/numbers";
import type { Bilingual, Rule } from "../basis/types";
import { formatLike } from "../quantity/format";
import { roundHalfUp } from "../quantity/round";
import type { Bound, Quantity } from "../quantity/types";

/**
 * The value that would be written into the target cell, and why in that form (issue 12.1):
 * the basis's rounding words; else the stated target's precision; else the precision of the
 * row's actuals. A bound rounds inward (≥ up, ≤ down), so the written value still meets it and
 * re-checks as 一致.
 */

export interface WrittenForm {
  /** The value to write, in the row's units. */
  value: number;
  /** Decimals it is written with. */
  decimals: number;
  why: Bilingual;
}

/** A value at `decimals` places, written as `like` is (its unit, its period prefix), else bare. */
export function writtenLike(value: number, like: Quantity | null, decimals: number): string {
  return like ? formatLike(value, like, decimals) : fmt(roundHalfUp(value, decimals), decimals);
}

/** Decimals a rounding step leaves (0.1 → 1; 1000 → 0). */
export function stepDecimals(step: number): number {
  return step >= 1 ? 0 : Math.round(-Math.log10(step));
}

/** ≥/超 round up, ≤/未満 down, none to nearest. */
function inward(bound: Bound | undefined): "ceil" | "floor" | "round" {
  if (bound === "以上" || bound === "超") return "ceil";
  if (bound === "以下" || bound === "未満") return "floor";
  return "round";
}

const MODE_WORDS: Record<"ceil" | "floor" | "round", Bilingual> = {
  ceil: { ja: "（以上のため切上げ）", en: " (rounded up: at least)" },
  floor: { ja: "（以下のため切捨て）", en: " (rounded down: at most)" },
  round: { ja: "", en: "" },
};

/** Two significant figures at least: a place never coarser than the value itself can carry. */
function placeFor(value: number, place: number): number {
  const digits = String(Math.round(Math.abs(value))).length;
  return Math.min(place, 10 ** Math.max(digits - 2, 0));
}

export function writtenForm(
  exact: number,
  rule: Rule,
  bound: Bound | undefined,
  stated: Quantity | null,
  row: { counter: string | null; scale: number; decimals: number },
): WrittenForm {
  const mode = inward(bound);
  if (rule.rounding) {
    const step = stepInRowUnits(rule.rounding, row.counter, row.scale, 10 ** -row.decimals);
    return {
      value: roundTo(exact, step, rule.rounding.mode),
      decimals: stepDecimals(step),
      why: { ja: `根拠の丸め方「${rule.rounding.text}」`, en: `the basis's rounding words 「${rule.rounding.text}」` },
    };
  }
  if (stated && stated.value !== null) {
    const scale = stated.unit?.counter === "%" ? 1 : (stated.unit?.scale ?? 1);
    const place = placeFor(exact, (statedPlace(stated) * scale) / (row.scale || 1));
    const placeText = fmt(place, 10);
    const m = MODE_WORDS[mode];
    return {
      value: roundTo(exact, place, mode),
      decimals: stepDecimals(place),
      why: {
        ja: `記載の目標値${stated.text}の精度（${placeText}の位）${m.ja}`,
        en: `the precision of the stated target ${stated.text} (nearest ${placeText})${m.en}`,
      },
    };
  }
  const place = 10 ** -row.decimals;
  const m = MODE_WORDS[mode];
  return {
    value: roundTo(exact, place, mode),
    decimals: row.decimals,
    why: {
      ja: `実績値の精度（小数${row.decimals}桁）${m.ja}`,
      en: `the precision of the row's actuals (${row.decimals} decimals)${m.en}`,
    },
  };
}
