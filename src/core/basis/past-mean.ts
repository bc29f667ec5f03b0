import type { FiscalYear } from "../years/types";
import { isDecreaseWord } from "./keywords";
import type { RoledNumber } from "./roles";
import { gap, isKw, isNum } from "./scan";
import type { Scan } from "./tokens";
import type { Direction } from "./types";

/**
 * Means the text takes over past years, for the role stage — over a year range, or a span the
 * role stage found past (「過去3か年」, the last years on the sheet) — and of what:
 *   rate     the mean yearly rate, with its percent: 「H18~H23までの平均減少率約6%」
 *   changes  the mean yearly change: 「R4～R6の増の平均0.8ポイント」「R3～R6の平均増加数」
 *   values   the mean of the values: 「R2年度からR6年度の平均値+10%」「過去3か年平均を維持」
 * The rules read what follows `end` (a percent, a stated mean, a change of the mean).
 */
export interface PastMean {
  over: { from: FiscalYear; to: FiscalYear } | { last: number };
  of: "rate" | "changes" | "values";
  /** For a rate or changes: the direction its word gives (減少率, 増の平均). */
  direction?: Direction;
  /** Index in scan.tokens of the mean's last word (平均, 増加, 減少率). */
  end: number;
}

export function pastMeans(scan: Scan, numbers: RoledNumber[]): PastMean[] {
  const out: PastMean[] = [];
  scan.tokens.forEach((t, i) => {
    if (t.t === "range") {
      const over = { from: t.from, to: t.to };
      const mean = meanRate(scan, i) ?? meanChange(scan, i) ?? meanValues(scan, i);
      if (mean) out.push({ over, ...mean });
      return;
    }
    // 過去3か年平均: the last N years on the sheet; only their values are averaged.
    const span = numbers.find((n) => n.at === i);
    if (span?.use !== "past" || !Number.isInteger(span.token.value) || span.token.value < 1) return;
    const mean = meanValues(scan, i);
    if (mean) out.push({ over: { last: span.token.value }, ...mean });
  });
  return out;
}

type Mean = Omit<PastMean, "over">;

/** 「までの平均減少率約6%」: a rate word close after the range, its percent right after. */
function meanRate(scan: Scan, i: number): Mean | null {
  const toks = scan.tokens;
  let j = i + 1;
  while (isKw(toks[j], "until", "avg")) j++;
  const [rate, num] = [toks[j], toks[j + 1]];
  if (!isKw(rate, "rate") || rate.start - toks[i].end > 6) return null;
  if (!isNum(num) || num.kind !== "percent" || num.start - rate.end > 3) return null;
  return { of: "rate", direction: isDecreaseWord(rate.word) ? -1 : 1, end: j };
}

/** 「の増の平均」, 「の平均増加数」 (glued: 「平均から増加」 is a change from the mean, not this). */
function meanChange(scan: Scan, i: number): Mean | null {
  const [range, a, b] = [scan.tokens[i], scan.tokens[i + 1], scan.tokens[i + 2]];
  const changeFirst = isKw(a, "inc", "dec") && isKw(b, "avg");
  const avgFirst = isKw(a, "avg") && isKw(b, "inc", "dec") && gap(scan, a, b) === "";
  if (!changeFirst && !avgFirst) return null;
  if (gap(scan, range, a).length > 3 || gap(scan, a, b).length > 3) return null;
  return { of: "changes", direction: isKw(changeFirst ? a : b, "dec") ? -1 : 1, end: i + 2 };
}

/** 「の平均値」「までの平均」: 平均 close after the range (or after its まで). */
function meanValues(scan: Scan, i: number): Mean | null {
  const toks = scan.tokens;
  let j = i + 1;
  while (isKw(toks[j], "until")) j++;
  const avg = toks[j];
  if (!isKw(avg, "avg") || gap(scan, toks[j - 1], avg).length > 3) return null;
  return { of: "values", end: j };
}
