import { code, message } from "./define";

type UnitParams = { text: string; found: string; expected: string };

/** The units family: UNIT_MISMATCH, UNIT_STYLE, VALUE_MAGNITUDE. */
export const unitsCodes = {
  UNIT_MISMATCH: code({
    severity: "error",
    title: { ja: "単位の不一致", en: "Unit mismatch" },
    variants: {
      default: message<UnitParams>()(
        "「{text}」の単位「{found}」が、同じ行の他の欄の単位「{expected}」と違います。同じ単位で記入してください。",
        '"{text}" is in {found}, while the rest of the row is in {expected}. Write the row in one unit.',
      ),
      part: message<UnitParams & { part: string }>()(
        "「{text}」の「{part}」の単位「{found}」が、他の年度の「{part}」の単位「{expected}」と違います。同じ単位で記入してください。",
        'The "{part}" part of "{text}" is in {found}, while the other years\' "{part}" is in {expected}. Write it in one unit.',
      ),
    },
  }),
  UNIT_STYLE: code({
    severity: "warning",
    title: { ja: "単位の書き方の違い", en: "Unit written differently" },
    variants: {
      default: message<UnitParams>()(
        "「{text}」の単位は「{found}」と書かれていますが、同じ行の他の欄は「{expected}」です。書き方をそろえてください。",
        '"{text}" is written as {found}, while the rest of the row uses {expected}. Write them alike.',
      ),
    },
  }),
  VALUE_MAGNITUDE: code({
    severity: "warning",
    title: { ja: "桁の違い", en: "Value out of scale" },
    variants: {
      high: message<{ found: string; neighbour: string; times: number }>()(
        "「{found}」は、同じ行の他の値（「{neighbour}」など）の約{times}倍です。桁や単位に誤りがないか確認してください。",
        '"{found}" is about {times} times the row\'s other values (e.g. "{neighbour}"). Check the digits and the unit.',
      ),
      low: message<{ found: string; neighbour: string; times: number }>()(
        "「{found}」は、同じ行の他の値（「{neighbour}」など）の約{times}分の1です。桁や単位に誤りがないか確認してください。",
        '"{found}" is about 1/{times} of the row\'s other values (e.g. "{neighbour}"). Check the digits and the unit.',
      ),
    },
  }),
};
