import { roundHalfUp, toPrecision12 } from "../quantity/round";
import type { TargetFill } from "../report/schema";
import type { FieldCell, IndicatorRow } from "../rows/types";
import type { MetricVerdict } from "./verdict";
import { writtenLike } from "./written";

/**
 * What to write into the target cell (guide §4, last point): the computed value rounded as the
 * basis says (else to the row's decimals), in the row's form — a number keeping the number
 * format when the column holds numbers, else text with the row's unit (18,940人/年).
 */

function latestValueCell(row: IndicatorRow): FieldCell | undefined {
  for (let i = row.actuals.length - 1; i >= 0; i--) {
    if (row.actuals[i].value.kind !== "blank") return row.actuals[i].cell;
  }
  return row.baseline.kind !== "blank" ? row.cells.baseline : undefined;
}

/** The cell whose form the written value copies: the target cell, else the latest value cell. */
function formCell(row: IndicatorRow, target: FieldCell): FieldCell | undefined {
  return target.text !== "" || typeof target.value === "number" ? target : latestValueCell(row);
}

/**
 * Nothing to write when every part is 一致 (a matching part has no fill) or a part could not be
 * computed. `ruleInTarget`: the target cell holds the rule itself (「10.0%減少」); the value is
 * written before it, and the rule kept in brackets, so that the cell still says how it was set.
 */
export function fillFor(row: IndicatorRow, verdicts: MetricVerdict[], ruleInTarget = false): TargetFill | undefined {
  const target = row.cells.target;
  if (!target || verdicts.length === 0 || verdicts.every((v) => !v.fill)) return undefined;
  if (verdicts.some((v) => !v.fill && v.status !== "match")) return undefined;
  const form = formCell(row, target);
  if (verdicts.length === 1 && verdicts[0].label === null) {
    const f = verdicts[0].fill!;
    // 12 significant digits: the report shows 12.4, not 12.399999999999999 from binary arithmetic.
    const why = { exact: toPrecision12(f.exact), why: f.why.ja, whyEn: f.why.en };
    if (ruleInTarget) return { cell: target.address, value: `${written(f)}(${ruleText(target.text)})`, ...why };
    if (typeof form?.value === "number") {
      return {
        cell: target.address,
        value: roundHalfUp(f.value, f.decimals),
        ...(form.numberFormat ? { numberFormat: form.numberFormat } : {}),
        ...why,
      };
    }
    return {
      cell: target.address,
      value: f.like ? written(f) : String(roundHalfUp(f.value, f.decimals)),
      ...why,
    };
  }
  // A multi-metric cell: the form cell's text with each differing part's number rewritten in place.
  if (!form) return undefined;
  let text = form.text;
  let from = 0;
  for (const v of verdicts) {
    const like = v.fill?.like ?? v.stated;
    const at = like ? text.indexOf(like.text, from) : -1;
    if (!like || at < 0) return undefined;
    const value = v.fill ? written(v.fill) : like.text;
    text = text.slice(0, at) + value + text.slice(at + like.text.length);
    from = at + value.length;
  }
  return { cell: target.address, value: text };
}

/** The value to write as text, in the form of the cell it copies. */
function written(fill: NonNullable<MetricVerdict["fill"]>): string {
  return writtenLike(fill.value, fill.like, fill.decimals);
}

/** The rule part of a target cell that states a level beside it: 「61.9(20%減)」 → 「20%減」. */
function ruleText(text: string): string {
  const inBrackets = /[(（]([^()（）]+)[)）]\s*$/.exec(text);
  return (inBrackets ? inBrackets[1] : text).trim();
}
