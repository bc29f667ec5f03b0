import { code, message } from "./define";

/** The series family: SERIES_BREAK variants. */
export const seriesCodes = {
  SERIES_BREAK: code({
    severity: "warning",
    title: { ja: "指標の定義の変更", en: "Break in the series" },
    variants: {
      note: message<{ text: string; note: string }>()(
        "「{text}」に「{note}」と注記があり、この年度から指標の定義や集計方法が変わったとみられます。前の年度の値とそのまま比べてよいか確認してください。",
        'The note "{note}" in "{text}" says the definition or the way of counting changed in this year. Check that it still compares with the earlier years.',
      ),
      split: message<{ found: number; expected: number }>()(
        "この年度の値は{found}つに分かれていますが、前の年度までは{expected}つでした。指標の内訳が変わったとみられるため、前の年度と比べてよいか確認してください。",
        "This year is split into {found} values where earlier years had {expected}; the indicator's breakdown seems to have changed. Check that it still compares with the earlier years.",
      ),
    },
  }),
};
