import type { Catalog } from "./types";

/** Messages of the units family (UNIT_MISMATCH, UNIT_STYLE, VALUE_MAGNITUDE). */
export const unitsMessages: Catalog = {
  UNIT_MISMATCH: {
    ja: "「{text}」の単位「{found}」が、この行の他の欄の単位「{expected}」と異なります。単位をそろえてください。",
    en: '"{text}" is in {found}, but the rest of the row is in {expected}. Use one unit for the row.',
  },
  UNIT_STYLE: {
    ja: "「{text}」の単位表記「{found}」が、この行の他の欄（「{expected}」）とそろっていません。",
    en: '"{text}" is written as {found} while the rest of the row uses {expected}.',
  },
  "VALUE_MAGNITUDE.high": {
    ja: "「{found}」は、この行の他の値（「{neighbour}」など）より約10^{power}倍大きく、桁や単位の誤りの可能性があります。",
    en: '"{found}" is about 10^{power} times larger than the row\'s other values (e.g. "{neighbour}"); check the digits or the unit.',
  },
  "VALUE_MAGNITUDE.low": {
    ja: "「{found}」は、この行の他の値（「{neighbour}」など）の約10^{power}分の1で、桁や単位の誤りの可能性があります。",
    en: '"{found}" is about 10^{power} times smaller than the row\'s other values (e.g. "{neighbour}"); check the digits or the unit.',
  },
};
