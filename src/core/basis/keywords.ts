/**
 * The words the basis engine recognises, by meaning. A new phrasing costs a word here, not a
 * new pattern. Longer words win over their prefixes (増加させず before 増加 before 増).
 */
export type Kw =
  | "nogoal"
  | "external"
  | "vagueAmount"
  | "vague"
  | "maintain"
  | "peak"
  | "low"
  | "rate"
  | "avg"
  | "double"
  | "half"
  | "inc"
  | "dec"
  | "noise"
  | "times"
  | "arrow"
  | "of"
  | "set"
  | "goal"
  | "each"
  | "yearly"
  | "until"
  | "past"
  | "add"
  | "share"
  | "line"
  | "zero"
  | "stop";

const WORDS: Record<Kw, string[]> = {
  nogoal: [
    "数値目標は設定しない",
    "数値目標を設定しない",
    "目標値は設定しない",
    "目標値を設定しない",
    "目標は設定しない",
    "数値目標なし",
    "目標値なし",
    "設定しない",
  ],
  external: [
    "全国平均",
    "県平均",
    "全国水準",
    "国の指針",
    "国の目標",
    "国の基準",
    "国の方針",
    "国の計画",
    "県の目標",
    "県の計画",
    "国・県",
    "国や県",
  ],
  vagueAmount: [
    "数件",
    "数人",
    "数回",
    "数社",
    "数名",
    "数か所",
    "数校",
    "数団体",
    "数ポイント",
    "数%",
    "若干",
    "一定程度",
  ],
  vague: ["参考", "目標回数", "可能な限り", "できる限り", "努める"],
  maintain: ["現状維持", "維持", "横ばい", "増加させず", "増やさず", "±0", "現状程度"],
  peak: ["過去最高", "過去最大", "過去最多", "最高値", "ピーク"],
  low: ["過去最低", "過去最少", "最低値"],
  rate: ["平均伸び率", "平均増加率", "平均減少率", "伸び率", "伸率", "増加率", "減少率", "成長率"],
  avg: ["平均値", "平均"],
  double: ["倍増"],
  half: ["半減"],
  inc: ["増加", "増や", "拡大", "向上", "伸ば", "上昇", "引き上げ", "引上げ", "増"],
  dec: ["減少", "削減", "減ら", "低減", "縮減", "抑制", "低下", "引き下げ", "引下げ", "減"],
  noise: ["増減"],
  times: ["×", "*"],
  arrow: ["⇒", "→"],
  of: ["のうち", "の内"],
  set: [
    "を目標値とする",
    "を目標とする",
    "とする",
    "と設定",
    "に設定",
    "を設定",
    "で設定",
    "へと変更",
    "に変更",
    "へ変更",
    "に見直",
    "へ見直",
  ],
  goal: ["目指", "めざ", "目標", "達成", "見込"],
  each: ["各"],
  yearly: ["毎年度", "毎年", "年間", "年々"],
  until: ["までに", "まで"],
  past: ["過去"],
  /** 前期計画の未達成分4人を追加し: a count added to the rule's result. */
  add: ["を追加", "を加え", "を加算", "追加", "加え", "加算"],
  /** 6%にあたる9人, 2パーセントである26人: the count a share works out to. */
  share: ["にあたる", "に当たる", "である"],
  /** 「直線で結んだ」「線形で補間」: a value on the straight line to a later goal. */
  line: ["直線", "線形"],
  /** A goal of nothing: 「排出量ゼロ」「実質ゼロ」「カーボンニュートラル」. */
  zero: ["ゼロ", "カーボンニュートラル"],
  stop: ["。"],
};

const KIND_OF = new Map<string, Kw>();
for (const [kind, words] of Object.entries(WORDS) as [Kw, string[]][]) {
  for (const w of words) KIND_OF.set(w, kind);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** One alternation of every word, longest first, compiled once. */
export const KEYWORD_RE = new RegExp(
  [...KIND_OF.keys()]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join("|"),
  "g",
);

export function keywordKind(word: string): Kw {
  const k = KIND_OF.get(word);
  if (!k) throw new Error(`not a basis keyword: ${word}`);
  return k;
}

/** A rate word that speaks of a decrease (減少率, 平均減少率). */
export function isDecreaseWord(word: string): boolean {
  return word.includes("減");
}
