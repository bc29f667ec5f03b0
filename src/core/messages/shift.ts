import { code, message } from "./define";

type ShiftParams = { found: string; count: number; moves: string };

/** The shift family: COLUMN_SHIFT. */
export const shiftCodes = {
  COLUMN_SHIFT: code({
    severity: "error",
    title: { ja: "列のずれ", en: "Shifted columns" },
    variants: {
      default: message<ShiftParams>()(
        "「{found}」はこの列に入る内容ではないため、この行のセルが列からずれているとみられます。次の{count}か所を移動すると見出しとそろいます（{moves}）。",
        '"{found}" does not belong in this column, so the row looks shifted. Moving cells realigns it with the header ({count} to move: {moves}).',
      ),
      indicator: message<ShiftParams>()(
        "指標名の欄が空欄で、指標名「{found}」が別の列に入っているとみられます。次の{count}か所を移動すると見出しとそろいます（{moves}）。",
        'The indicator column is blank and the indicator name "{found}" sits in another column. Moving cells realigns the row ({count} to move: {moves}).',
      ),
    },
  }),
};
