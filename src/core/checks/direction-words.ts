import { normalize, withoutSpaces } from "../text/normalize";
import { memoizeText } from "../text/memo";

/**
 * Which way an indicator should move, from its own words. Japanese noun phrases put the head
 * last, so a "bad" word counts only when nothing but a measure word follows it:
 * がんによる死亡率 and CO2排出量 are lower-is-better, CO2排出抑制量 and 交通事故防止講習参加者数
 * are not.
 */
const BAD_WORDS = [
  "死亡",
  "死者",
  "自殺",
  "排出",
  "待機児童",
  "事故",
  "火災",
  "犯罪",
  "被害",
  "負担",
  "不登校",
  "離職",
  "失業",
  "滞納",
  "罹患",
  "肥満",
  "廃棄",
  "ごみ",
  "空き家率",
  "待ち時間",
  "超過勤務",
  "残業",
  "耕作放棄地",
  "未利用",
  "未受診",
];

/** What may follow a bad word and keep it the head: 率, 件数, 者数, 量, 額, 面積, (人口10万対)… */
const MEASURE_TAIL = /^(の)?(発生)?(者|人|件|児童)?(数|率|割合|量|額|件数|人数|面積|時間|日数|件)?$/;

export type Direction = "up" | "down";

const ANY_BAD = new RegExp(BAD_WORDS.join("|"));

export function indicatorDirection(indicator: string): Direction {
  // Most indicators hold none of the words: one test, no normalisation.
  if (!ANY_BAD.test(indicator)) return "up";
  const text = withoutSpaces(normalize(indicator).replace(/\([^)]*\)/g, ""));
  for (const w of BAD_WORDS) {
    const at = text.lastIndexOf(w);
    if (at >= 0 && MEASURE_TAIL.test(text.slice(at + w.length))) return "down";
  }
  return "up";
}

const DOWN_WORDS = /(削減|減少|減らす|減らし|抑制|低減|縮減|縮小|引き下げ|引下げ|下げる|下回|減便|見直し)/;
const UP_WORDS = /(増加|増やす|増やし|向上|拡大|拡充|伸び|倍|上回|利用者増|[0-9]+%増)/;

/**
 * The direction a basis/reason text asks for; null when it says neither or both. Memoised: rows
 * repeat their basis phrases (R5の現状から年2%の増加を目指す。).
 */
export const textDirection: (text: string) => Direction | null = memoizeText(readDirection);

function readDirection(text: string): Direction | null {
  const t = normalize(text);
  const down = DOWN_WORDS.test(t);
  const up = UP_WORDS.test(t);
  if (down === up) return null;
  return down ? "down" : "up";
}
