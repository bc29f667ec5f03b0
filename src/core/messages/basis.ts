import { code, message } from "./define";
import type { Bilingual } from "./lang";

/**
 * The basis family (src/core/basis, src/core/targets). {part} is "" for a single metric, or
 * 「label」: for one part of a multi-metric cell. Year parameters are labels (R6) or a list of
 * them (R3・R4); computed and stated values are written with their unit.
 */

type Part = { part: string };
type Mismatch = Part & { computed: string; formula: string; stated: string };

export const basisCodes = {
  BASIS_UNPARSED: code({
    severity: "warning",
    title: { ja: "根拠から計算できない", en: "Basis not computable" },
    variants: {
      "direction-only": message<{ text: string }>()(
        "根拠「{text}」には増やす・減らすという方向だけが書かれ、率や数値がないため、目標値を計算できません。根拠に率や数値を書き加えるか、目標値を確認してください。",
        'The basis "{text}" gives only a direction (increase or decrease), no rate or number, so the target cannot be computed. Add the rate or number, or check the target.',
      ),
      "external-reference": message<{ text: string }>()(
        "根拠「{text}」は全国平均や国の指針などの外部の値を基にしていますが、その値が書かれていないため、目標値を計算できません。基にした値を根拠に書き加えてください。",
        'The basis "{text}" starts from an outside value (a national average, a government guideline…) without stating it, so the target cannot be computed. Write that value in the basis.',
      ),
      "no-target": message<{ text: string }>()(
        "根拠「{text}」では数値目標を設定しないとしているため、目標値を検証できません。",
        'The basis "{text}" says no numeric target is set, so the target cannot be verified.',
      ),
      vague: message<{ text: string }>()(
        "根拠「{text}」は「数件程度」「参考」など量があいまいなため、目標値を計算できません。具体的な数値を根拠に書いてください。",
        'The basis "{text}" states a vague amount (a few, for reference…), so the target cannot be computed. Write a concrete number in the basis.',
      ),
      "source-only": message<{ source: string }>()(
        "根拠欄に記入がないため、目標値を検証できません。引用元の「{source}」は数値の出典で、目標値の計算方法ではありません。根拠欄に、基準とする年度と率または増減の数値など、目標値の決め方を書いてください。",
        'The basis cell is empty, so the target cannot be verified. The source "{source}" says where the numbers come from, not how the target was set. Write in the basis cell how the target was set (the base year and the rate or amount of change).',
      ),
      "no-rule": message<{ text: string }>()(
        "根拠「{text}」から目標値の計算方法を読み取れませんでした。基準とする年度と、率または増減の数値を根拠に書くか、目標値を確認してください。",
        'No calculation could be read from the basis "{text}". Write the base year and the rate or amount of change, or check the target.',
      ),
    },
  }),
  BASIS_DATA_MISSING: code({
    severity: "warning",
    title: { ja: "根拠に必要な値がない", en: "Value missing for the basis" },
    variants: {
      default: message<Part & { years: string; used: string }>()(
        "{part}根拠の計算には{years}年度の実績値が必要ですが、シートに記入がありません。記入のある年度（{used}）の値だけで計算しました。{years}年度の実績値を記入すると、根拠どおりに計算できます。",
        "{part}The basis uses the actuals of {years}, which the sheet does not have; computed from the years it has ({used}). Enter the {years} actuals to compute it as the basis says.",
      ),
      base: message<Part & { year: string }>()(
        "{part}根拠の基準となる年度（{year}）の値がシートにないため、目標値を計算できません。その年度の値を記入してください。",
        "{part}The value of the base year ({year}) is not on the sheet, so the target cannot be computed. Enter that year's value.",
      ),
      "base-unknown": message<Part>()(
        "{part}根拠は基準の値からの増減を求めていますが、基準の年度も値も根拠とシートから読み取れないため、目標値を計算できません。基準年度とその値（現状値）を記入してください。",
        "{part}The basis sets a change from a base, but neither the base year nor its value can be read from the basis or the sheet, so the target cannot be computed. Enter the base year and its value.",
      ),
      "base-year": message<Part>()(
        "{part}根拠は基準年度からの変化を求めていますが、基準の値の年度が根拠にもシートにもないため、目標値を計算できません。基準年度を記入してください。",
        "{part}The basis sets a change from a base year, but neither the basis nor the sheet gives the year of the base value, so the target cannot be computed. Enter the base year.",
      ),
      incomplete: message<Part & { what: Bilingual }>()(
        "{part}根拠の読み方は分かりますが、計算に必要な値がありません：{what}。根拠かシートに記入してください。",
        "{part}The basis can be read, but a value it needs is missing: {what}. Enter it in the basis or on the sheet.",
      ),
      "target-year": message<Part>()(
        "{part}この行の目標年度が分からないため、根拠から目標値を計算できません。見出しか目標年度の欄に年度を記入してください。",
        "{part}The target year is unknown, so the target cannot be computed from the basis. Write the year in the header or the target-year column.",
      ),
      "no-data": message<Part & { years: string }>()(
        "{part}根拠の計算に必要な{years}の値がシートにないため、目標値を計算できません。{years}の値を記入してください。",
        "{part}The basis needs the values of {years}, which the sheet does not have, so the target cannot be computed. Enter those values.",
      ),
      schedule: message<Part & { year: string }>()(
        "{part}根拠に書かれた予定に、目標年度（{year}）の値がありません。予定に目標年度の値を書き加えてください。",
        "{part}The schedule in the basis has no value for the target year ({year}). Add it to the schedule.",
      ),
    },
  }),
  BASIS_MISMATCH: code({
    severity: "warning",
    title: { ja: "根拠と目標値の不一致", en: "Basis and target disagree" },
    variants: {
      default: message<Mismatch>()(
        "{part}根拠のとおりに計算すると目標値は{computed}（{formula}）になりますが、記入されている目標値は{stated}です。根拠か目標値のどちらかを直してください。",
        "{part}Computed as the basis says, the target is {computed} ({formula}), but the stated target is {stated}. Correct the basis or the target.",
      ),
      alternative: message<Mismatch & { alternative: Bilingual; altValue: string }>()(
        "{part}根拠のとおりに計算すると目標値は{computed}（{formula}）になりますが、記入されている目標値は{stated}です。別の読み方（{alternative}）では{altValue}となり、記入された目標値と一致します。根拠の書き方か目標値を確認してください。",
        "{part}Computed as the basis says, the target is {computed} ({formula}), but the stated target is {stated}. Read another way ({alternative}) it gives {altValue}, which matches. Check the basis wording or the target.",
      ),
    },
  }),
  BASIS_AMBIGUOUS: code({
    severity: "warning",
    title: { ja: "根拠の読み方が複数ある", en: "Basis can be read two ways" },
    variants: {
      points: message<Part & { computed: string; altValue: string }>("info")(
        "{part}根拠の「%」は、現状値に対する割合（{computed}）とも、ポイントの加算（{altValue}）とも読めます。割合として計算しました。ポイントの意味であれば、根拠に「ポイント」と書いてください。",
        "{part}The % in the basis can be read as relative to the current value ({computed}) or as percentage points ({altValue}); computed as relative. If points are meant, write ポイント in the basis.",
      ),
      path: message<Part & { note: Bilingual }>()(
        "{part}{note}。根拠に書かれた経過の数値か、計算方法を確認してください。",
        "{part}Check the basis: {note}. Correct the written path or the rule.",
      ),
      "text-value": message<Part & { computed: string; altValue: string }>()(
        "{part}根拠の倍率で計算すると{computed}ですが、根拠には{altValue}とも書かれていて一致しません。どちらが正しいか確認してください。",
        "{part}The factor in the basis gives {computed}, but the basis also writes {altValue}. Check which is right.",
      ),
      note: message<Part & { note: Bilingual }>()(
        "{part}{note}。どちらの値で目標値を立てたか、根拠の書き方を確認してください。",
        "{part}Check the basis: {note}. Make clear which value the target was set from.",
      ),
    },
  }),
  BASIS_UNIT_MISMATCH: code({
    severity: "warning",
    title: { ja: "根拠の単位の違い", en: "Unit in the basis differs" },
    variants: {
      default: message<Part & { ruleUnit: string; rowUnit: string }>()(
        "{part}根拠の数値は「{ruleUnit}」で書かれていますが、この指標の単位は「{rowUnit}」です。根拠の単位を確認してください。",
        '{part}The basis writes its number in "{ruleUnit}", but the indicator is counted in "{rowUnit}". Check the unit in the basis.',
      ),
      rounding: message<Part & { rounding: string; ruleUnit: string; rowUnit: string }>()(
        "{part}根拠の端数処理「{rounding}」は「{ruleUnit}」の単位の書き方ですが、この指標の単位は「{rowUnit}」です。端数処理の単位を確認してください。",
        '{part}The rounding in the basis ("{rounding}") is in {ruleUnit}, but the indicator is counted in "{rowUnit}". Check the unit of the rounding.',
      ),
    },
  }),
};
