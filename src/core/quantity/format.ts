import type { Quantity } from "./types";
import { roundedText } from "./round";
import { readPeriodPrefix } from "./units";

/** Writing a number back the way a Japanese sheet writes it. */

/** Commas every three digits of a run of digits ("1234567" → "1,234,567"); "1e+21" stays as it is. */
export function groupThousands(int: string): string {
  if (int.length <= 3 || !onlyDigits(int)) return int;
  let out = int.slice(0, int.length % 3 || 3);
  for (let i = out.length; i < int.length; i += 3) out += `,${int.slice(i, i + 3)}`;
  return out;
}

function onlyDigits(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s[i] < "0" || s[i] > "9") return false;
  return true;
}

/**
 * `value` rounded half-up to `decimals` places, with thousands separators (a Japanese sheet writes
 * 1,503 and 18,940): 18939.6, 0 → "18,940"; 68, 1 → "68.0"; -1234.5, 1 → "-1,234.5".
 */
export function formatNumber(value: number, decimals: number): string {
  if (!Number.isFinite(value)) return String(value);
  const d = Math.min(15, Math.max(0, Math.trunc(decimals)));
  const text = roundedText(Math.abs(value), d);
  // A value that rounds to zero is written without a sign.
  const sign = value < 0 && /[1-9]/.test(text) ? "-" : "";
  if (text.includes("e")) return sign + text; // 1e21 and up: JavaScript's exponent form
  const dot = text.indexOf(".");
  const int = dot < 0 ? text : text.slice(0, dot);
  const frac = dot < 0 ? "" : text.slice(dot + 1);
  return sign + groupThousands(int) + (d > 0 ? `.${frac.padEnd(d, "0")}` : "");
}

/**
 * `value` (in the units `like` was written in: 137 for 137億円) written in the form of `like`:
 * the same period prefix (1日平均:), scale word, counter and period as `like` wrote them.
 * 18940 like "17,842人/年" → "18,940人/年"; 68 like "64.8%" with 1 decimal → "68.0%";
 * 3096000 like "2,618,714千円/年" → "3,096,000千円/年". A unit `like` took from the row's 単位
 * column stays out (the sheet writes bare numbers there); one from a number format stays in, as
 * displayed. The approximation (約), bound (以上) and
 * note of `like` are not copied: they describe that cell, not a computed value.
 */
export function formatLike(value: number, like: Quantity, decimals: number): string {
  const prefix = like.text.slice(0, readPeriodPrefix(like.text)?.length ?? 0);
  // A unit taken from the 単位 column is not written in the value cells themselves.
  const unit = like.unitSource === "unitColumn" ? "" : (like.unit?.written ?? "");
  return prefix + formatNumber(value, decimals) + unit;
}
