import type { Catalog } from "./types";

/** Messages of the years family (YEAR_MISMATCH variants, BASELINE_MISMATCH). */
export const yearsMessages: Catalog = {
  YEAR_MISMATCH: {
    ja: "年度「{found}」が想定される年度「{expected}」と異なります。",
    en: "Year {found} differs from the expected {expected}.",
  },
  "YEAR_MISMATCH.note": {
    ja: "「{text}」には{found}の値と書かれていますが、この欄は{expected}の値の欄です。{expected}の値を記入するか、見出しの年度を直してください。",
    en: '"{text}" is noted as a {found} value, but this column holds {expected} values. Enter the {expected} value or correct the column\'s year.',
  },
  "YEAR_MISMATCH.target": {
    ja: "目標年度が{found}になっていますが、計画の目標年度は{expected}です。",
    en: "The target year is {found}, but the plan's target year is {expected}.",
  },
  "YEAR_MISMATCH.plan": {
    ja: "見出しの目標年度{found}が、計画期間（{title}）の最終年度{expected}と一致しません。",
    en: "The header's target year {found} does not match the last year of the plan period ({title}): {expected}.",
  },
  "YEAR_MISMATCH.calendar": {
    ja: "「{found}」は年（暦年）で書かれていますが、この表の他の年は年度で書かれています。集計期間が異なる可能性があります。",
    en: '"{found}" is a calendar year (年) while the table\'s other years are fiscal years (年度); the figures may cover different periods.',
  },
  BASELINE_MISMATCH: {
    ja: "計画策定時の値「{found}」が、同じ年度（{year}）の実績値「{expected}」（{actualCell}）と一致しません。",
    en: 'The baseline "{found}" differs from the {year} actual "{expected}" ({actualCell}).',
  },
  "BASELINE_MISMATCH.blank": {
    ja: "計画策定時（{year}）の値は「{expected}」ですが、{year}の実績値の欄が空欄です。",
    en: 'The baseline year is {year} with "{expected}", but the {year} actual is blank.',
  },
};
