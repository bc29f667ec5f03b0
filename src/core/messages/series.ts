import type { Catalog } from "./types";

/** Messages of the series family (SERIES_BREAK variants). */
export const seriesMessages: Catalog = {
  "SERIES_BREAK.note": {
    ja: "「{text}」の注記（{note}）から、この年度で指標の定義や集計方法が変わったとみられます。前の年度の値とそのまま比べられるか確認してください。",
    en: 'The note in "{text}" ({note}) says the definition or the way of counting changed here; check that it still compares with the earlier years.',
  },
  "SERIES_BREAK.split": {
    ja: "この年度は{found}つの値に分かれていますが、それ以前は{expected}つでした。指標の内訳が変わったとみられます。",
    en: "This year is split into {found} metrics where earlier years had {expected}; the indicator's breakdown changed.",
  },
};
