import { toFixedNumber } from "../quantity/round";
import type { Rounding } from "./types";

/**
 * Rounding words in a basis text (千円未満切捨て, 小数点以下四捨五入, 百人単位で切上げ,
 * 百の位を四捨五入) and how they apply. Found before tokenizing, so their numbers are not
 * read as data.
 */

const MODE = String.raw`(切り?捨て|切捨|切り?上げ|切上|四捨五入)`;
const SCALE: Record<string, number> = { 一: 1, 十: 10, 百: 100, 千: 1000, 万: 10000, 億: 1e8 };
const COUNTER = String.raw`(円|人|件|回|世帯|社|施設|機関|t|kg)?`;

const BELOW = new RegExp(String.raw`(\d[\d,]*)?([十百千万億])?${COUNTER}(?:未満|以下)(?:を|は)?${MODE}`);
const DECIMAL = new RegExp(String.raw`小数(?:点)?(?:以下)?(?:第(\d)位)?(?:以下)?(?:を|で|は)?${MODE}`);
const UNIT = new RegExp(String.raw`(\d[\d,]*)?([十百千万億])?${COUNTER}単位(?:で|に)?${MODE}`);
const PLACE = new RegExp(String.raw`([一十百千万])の位(?:を|で)${MODE}`);
const BARE = new RegExp(MODE);

function modeOf(word: string): Rounding["mode"] {
  if (word.startsWith("四")) return "round";
  return word.includes("上") ? "ceil" : "floor";
}

export interface FoundRounding {
  rounding: Rounding;
  start: number;
  end: number;
}

/** The step a place names (千 → 1000, 5百 → 500); NaN for no usable step (0千円, hundreds of digits). */
function placeStep(digits: string | undefined, scaleWord: string | undefined): number {
  const n = digits ? Number(digits.replace(/,/g, "")) : 1;
  const step = n * (scaleWord ? SCALE[scaleWord] : 1);
  return step > 0 && Number.isFinite(step) ? step : Number.NaN;
}

/** Every rounding phrase names one of these; most texts have none, so they skip the patterns. */
const ANY_ROUNDING = /切|四捨五入/;

/** The first rounding phrase in a normalised text, or null. */
export function findRounding(text: string): FoundRounding | null {
  if (!ANY_ROUNDING.test(text)) return null;
  let m = BELOW.exec(text);
  if (m && (m[1] || m[2])) return placed(m, placeStep(m[1], m[2]));
  m = DECIMAL.exec(text);
  if (m) {
    // 小数点以下切捨て → whole numbers; 小数第2位を四捨五入 → one decimal.
    const step = m[1] ? 10 ** -(Number(m[1]) - 1) : 1;
    return found(m, { mode: modeOf(m[2]), step, counter: null, text: m[0] });
  }
  m = UNIT.exec(text);
  if (m && (m[1] || m[2])) return placed(m, placeStep(m[1], m[2]));
  m = PLACE.exec(text);
  if (m) {
    // 百の位を四捨五入 rounds the hundreds digit away: the result is in thousands.
    return found(m, { mode: modeOf(m[2]), step: SCALE[m[1]] * 10, counter: null, text: m[0] });
  }
  m = BARE.exec(text);
  if (m) return found(m, { mode: modeOf(m[1]), step: null, counter: null, text: m[0] });
  return null;
}

/**
 * A BELOW or UNIT phrase. One whose step is no positive number (0千円未満切捨て) rounds nothing: the
 * text has no rounding rule rather than one that divides by zero.
 */
function placed(m: RegExpExecArray, step: number): FoundRounding | null {
  if (Number.isNaN(step)) return null;
  return found(m, { mode: modeOf(m[4]), step, counter: m[3] ?? null, text: m[0] });
}

function found(m: RegExpExecArray, rounding: Rounding): FoundRounding {
  return { rounding, start: m.index, end: m.index + m[0].length };
}

/** Half-up rounding to a step, robust to binary fractions (288.65 stays 288.65, not 288.64999). */
export function roundTo(value: number, step: number, mode: Rounding["mode"] = "round"): number {
  const q = value / step;
  const eps = 1e-9 * Math.max(1, Math.abs(q));
  const r = mode === "floor" ? Math.floor(q + eps) : mode === "ceil" ? Math.ceil(q - eps) : Math.floor(q + 0.5 + eps);
  // Multiply back through the decimal string so 0.1 steps give 12.4, not 12.400000000000002.
  const decimals = Math.max(0, -Math.floor(Math.log10(step) + 1e-9));
  return toFixedNumber(r * step, decimals);
}

/**
 * The step of a rounding in the row's units: 千円未満 on a 千円 row is 1, on a 円 row 1000.
 * A counter that is not the row's (千円 on a 人 row) is applied to the number as written; the
 * caller reports the unit mismatch.
 */
export function stepInRowUnits(r: Rounding, rowCounter: string | null, rowScale: number, fallback: number): number {
  if (r.step === null) return fallback;
  if (r.counter && rowCounter === r.counter) return r.step / rowScale;
  return r.step;
}

/** The rounding counter is another unit than the row's (千円未満切捨て on a 人 count). */
export function roundingUnitMismatch(r: Rounding, rowCounter: string | null): boolean {
  return r.counter !== null && rowCounter !== null && rowCounter !== "" && r.counter !== rowCounter;
}
