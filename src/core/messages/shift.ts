import type { Catalog } from "./types";

/** Messages of the shift family (COLUMN_SHIFT). */
export const shiftMessages: Catalog = {
  COLUMN_SHIFT: {
    ja: "「{found}」はこの列に入る内容ではなく、列がずれているとみられます。次の{count}か所の移動で見出しとそろいます: {moves}",
    en: '"{found}" does not belong in this column; the row looks shifted. These {count} moves realign it with the header: {moves}',
  },
  "COLUMN_SHIFT.indicator": {
    ja: "指標の列が空欄で、指標名「{found}」が別の列に入っているとみられます。次の{count}か所の移動で見出しとそろいます: {moves}",
    en: 'The indicator column is blank and the indicator name "{found}" sits in another column. These {count} moves realign the row: {moves}',
  },
};
