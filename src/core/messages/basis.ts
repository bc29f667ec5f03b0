import type { Catalog } from "./types";

/**
 * Messages of the basis family (src/core/basis, src/core/targets). Keys are finding codes, or
 * code.variant. {part} is "" for a single metric, or 「label」 for one part of a multi-metric cell.
 */
export const basisMessages: Catalog = {
  "BASIS_UNPARSED.direction-only": {
    ja: "根拠「{text}」は増減の方向だけで率や数値がないため、目標値を計算できません。率・数値を根拠に書くか、目標値を確認してください。",
    en: 'The basis "{text}" gives only a direction (increase/decrease), no rate or number, so the target cannot be computed. Add the rate or number, or review the target.',
  },
  "BASIS_UNPARSED.external-reference": {
    ja: "根拠「{text}」は外部の値（全国平均・国の指針など）を参照していますが、その値が書かれていないため計算できません。参照する値を根拠に書いてください。",
    en: 'The basis "{text}" refers to an outside value (national average, government guideline…) without stating it, so the target cannot be computed. Write the value referred to.',
  },
  "BASIS_UNPARSED.no-target": {
    ja: "根拠「{text}」は数値目標を設定しないとしています。目標値を検証できません。",
    en: 'The basis "{text}" says no numeric target is set, so the target cannot be verified.',
  },
  "BASIS_UNPARSED.vague": {
    ja: "根拠「{text}」は量があいまい（数件程度・参考など）なため、目標値を計算できません。具体的な数値を根拠に書いてください。",
    en: 'The basis "{text}" states a vague amount (a few, for reference…), so the target cannot be computed. Write a concrete number.',
  },
  "BASIS_UNPARSED.no-rule": {
    ja: "根拠「{text}」から計算方法を読み取れませんでした。目標値の算出方法を確認してください。",
    en: 'No calculation could be read from the basis "{text}". Review how the target was derived.',
  },
  BASIS_DATA_MISSING: {
    ja: "{part}根拠が使う{years}の値がシートにありません。ある年度の値だけで計算しました（{used}）。",
    en: "{part}The basis uses {years}, which the sheet does not have; computed from the years it has ({used}).",
  },
  "BASIS_DATA_MISSING.base": {
    ja: "{part}根拠の基準となる値（{year}）がシートにないため、目標値を計算できません。",
    en: "{part}The base value the basis starts from ({year}) is not on the sheet, so the target cannot be computed.",
  },
  "BASIS_DATA_MISSING.target-year": {
    ja: "{part}目標年度が分からないため、根拠から目標値を計算できません。",
    en: "{part}The target year is unknown, so the target cannot be computed from the basis.",
  },
  "BASIS_DATA_MISSING.schedule": {
    ja: "{part}根拠の予定に目標年度（{year}）の値がありません。",
    en: "{part}The schedule in the basis has no value for the target year ({year}).",
  },
  BASIS_MISMATCH: {
    ja: "{part}根拠から計算した目標値は{computed}（{formula}）ですが、記入された目標値は{stated}です。",
    en: "{part}The basis gives {computed} ({formula}), but the stated target is {stated}.",
  },
  "BASIS_MISMATCH.alternative": {
    ja: "{part}根拠から計算した目標値は{computed}（{formula}）ですが、記入された目標値は{stated}です。{alternative}なら{altValue}となり一致します。",
    en: "{part}The basis gives {computed} ({formula}), but the stated target is {stated}. It matches with {alternativeEn} ({altValue}).",
  },
  "BASIS_AMBIGUOUS.points": {
    ja: "{part}根拠の「%」は比率（{computed}）とも、ポイント加算（{altValue}）とも読めます。比率として計算しました。",
    en: "{part}The basis's % can be read as relative ({computed}) or as percentage points ({altValue}); computed as relative.",
  },
  "BASIS_AMBIGUOUS.path": {
    ja: "{part}{note}。",
    en: "{part}{noteEn}.",
  },
  "BASIS_AMBIGUOUS.text-value": {
    ja: "{part}根拠の倍率による計算値{computed}と、根拠に書かれた値{altValue}が一致しません。",
    en: "{part}The factor in the basis gives {computed}, but the basis also writes {altValue}.",
  },
  "BASIS_AMBIGUOUS.note": {
    ja: "{part}{note}。",
    en: "{part}{noteEn}.",
  },
  BASIS_UNIT_MISMATCH: {
    ja: "{part}根拠の数値の単位「{ruleUnit}」が、指標の単位「{rowUnit}」と異なります。",
    en: '{part}The basis writes its number in "{ruleUnit}", but the indicator is counted in "{rowUnit}".',
  },
  "BASIS_UNIT_MISMATCH.rounding": {
    ja: "{part}根拠の端数処理「{rounding}」は「{ruleUnit}」の単位ですが、この指標の単位は「{rowUnit}」です。",
    en: '{part}The rounding in the basis ("{rounding}") is in {ruleUnit}, but the indicator is counted in "{rowUnit}".',
  },
};
