import type { Period, Unit } from "./types";

/** Units: reading a unit as written ("億円/年", "千円", "医療機関"), and comparing two units. */

/**
 * Written counters that mean the same counter (医療機関 counts 機関). A Map, not an object
 * literal, so that a cell reading "constructor" does not find Object.prototype's.
 */
const COUNTER_ALIASES = new Map<string, string>([
  ["医療機関", "機関"],
  ["箇所", "か所"],
  ["個所", "か所"],
  ["ヶ所", "か所"],
  ["ケ所", "か所"],
  ["カ所", "か所"],
  ["ヵ所", "か所"],
  ["ヶ月", "か月"],
  ["カ月", "か月"],
  ["ヵ月", "か月"],
  ["箇月", "か月"],
  ["名", "人"],
  ["パーセント", "%"],
  ["トン", "t"],
  ["平方メートル", "m2"],
  ["立方メートル", "m3"],
  ["ヘクタール", "ha"],
  ["m^2", "m2"],
  ["m^3", "m3"],
]);

/** Counters accepted as written even though they hold hiragana or digits. */
const KNOWN_COUNTERS = new Set(["か所", "か月", "機関", "m2", "m3", "km2", "t-CO2", "kg-CO2"]);

/** Scale words before the counter: 兆円, 百万円, 千万円, 億円, 万件, 千円. */
const SCALE_WORDS: [string, number][] = [
  ["兆", 1e12],
  ["百万", 1e6],
  ["千万", 1e7],
  ["億", 1e8],
  ["万", 1e4],
  ["千", 1e3],
];

/** A period written before the number, with the period it names. */
export const PERIOD_OF_PREFIX: Record<string, Period> = {
  "1日平均": "日",
  "1日あたり": "日",
  "1日当たり": "日",
  "1日": "日",
  日平均: "日",
  年間: "年",
  月間: "月",
  月平均: "月",
};
const PERIOD_PREFIX =
  /^(1日平均|1日あたり|1日当たり|1日|日平均|年間|月間|月平均) ?:? ?(?=(?:約|およそ|概ね|おおむね)? ?[△▲+-]?\d)/;
const PERIOD_PREFIX_FIRST = new Set(Object.keys(PERIOD_OF_PREFIX).map((word) => word[0]));

/**
 * A period written before the number in normalised text: 1日平均 30.3件, 1日: 30件, 年間 120人.
 * Only where a number follows, so "1日" alone stays one day. `length` includes the colon and spaces.
 */
export function readPeriodPrefix(t: string): { period: Period; length: number } | null {
  if (!PERIOD_PREFIX_FIRST.has(t[0])) return null;
  const m = PERIOD_PREFIX.exec(t);
  return m ? { period: PERIOD_OF_PREFIX[m[1]], length: m[0].length } : null;
}

const SCALE_FIRST = new Set(SCALE_WORDS.map(([word]) => word[0]));

const PERIOD_SUFFIX = /\/ ?(年度|年|月|日)$/;
const PERIOD_OF: Record<string, Period> = { 年度: "年", 年: "年", 月: "月", 日: "日" };
const CO2 = /^(t|トン|kg)-?co2$/i;
// A counter is one to three kanji (人, 事業所, 市町村), a katakana word (クラブ, ボランティア), "%",
// or a Latin unit (ha, km, t-CO2). Hiragana, punctuation and longer kanji runs are prose
// ("人の増加", "市町村平均"), not a unit.
const JAPANESE_COUNTER = /^(?:[\u4e00-\u9fff々]{1,3}|[\u30a0-\u30ff]{1,8})$/;
const LATIN_COUNTER = /^[A-Za-z]{1,4}[23]?$/;
// Words that turn a number into a change or a year, not an amount: 100人増, 5%減, 2019年度.
const NOT_A_COUNTER = new Set(["年度", "令和", "平成", "昭和"]);

export function canonicalCounter(written: string): string {
  const alias = COUNTER_ALIASES.get(written);
  if (alias !== undefined) return alias;
  const co2 = written.endsWith("2") ? CO2.exec(written) : null;
  if (co2) return co2[1].toLowerCase() === "kg" ? "kg-CO2" : "t-CO2";
  return written;
}

function isCounter(c: string): boolean {
  if (c === "" || c === "%" || c === "‰" || KNOWN_COUNTERS.has(c)) return true;
  if (NOT_A_COUNTER.has(c) || c.includes("増") || c.includes("減")) return false;
  return JAPANESE_COUNTER.test(c) || LATIN_COUNTER.test(c);
}

/**
 * A unit as written after NFKC, without the number: "人", "億円/年", "千円/年", "%/年", "t-CO2/年",
 * "医療機関". Null when the text is not a unit (prose, brackets, another number).
 */
export function parseUnitText(written: string): Unit | null {
  const key = written.trim();
  let cached = unitCache.get(key);
  if (cached === undefined) {
    cached = readUnit(key);
    // A sheet uses a few dozen units; the bound only guards against a stream of distinct junk.
    if (unitCache.size >= UNIT_CACHE_LIMIT) unitCache.clear();
    unitCache.set(key, cached);
  }
  // A fresh object each time: callers own what they get back.
  return cached && { ...cached };
}

const UNIT_CACHE_LIMIT = 2000;
const unitCache = new Map<string, Unit | null>();

function readUnit(written: string): Unit | null {
  let rest = written;
  if (rest === "") return null;
  let period: Period | undefined;
  const p = rest.includes("/") ? PERIOD_SUFFIX.exec(rest) : null;
  if (p) {
    period = PERIOD_OF[p[1]];
    rest = rest.slice(0, p.index).trim();
  }
  let scale = 1;
  const scaleWord = SCALE_FIRST.has(rest[0]) ? SCALE_WORDS.find(([word]) => rest.startsWith(word)) : undefined;
  if (scaleWord) {
    scale = scaleWord[1];
    rest = rest.slice(scaleWord[0].length);
  }
  const counter = canonicalCounter(rest);
  if (!isCounter(counter)) return null;
  const unit: Unit = { counter, scale, written };
  if (period) unit.period = period;
  return unit;
}

export function isPercent(unit: Unit | null | undefined): boolean {
  return unit?.counter === "%";
}

/**
 * How two units relate. "same": same counter (after the scale word is set aside: 億円 and 千円 are
 * both 円; 医療機関 and 機関 both 機関) and same period. "style": same counter but the period is
 * written differently (件 vs 件/年), or one of the two carries no unit at all (a bare 12.4 beside
 * 12.4%: the number is most likely in the row's unit, just not written). "different": another
 * counter (人 vs 件, % vs 人).
 */
export function compareUnits(a: Unit | null, b: Unit | null): "same" | "style" | "different" {
  if (a === null || b === null) return a === b ? "same" : "style";
  if (a.counter !== b.counter) return "different";
  return a.period === b.period ? "same" : "style";
}
