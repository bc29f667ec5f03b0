/**
 * Text normalisation shared by every reader of cell text: width (NFKC), tildes, dashes and
 * whitespace. Kept tiny and allocation-light: it runs on every cell of every row.
 */

// After NFKC: ～ (U+FF5E) has become "~"; 〜 (U+301C, wave dash) and ∼ (U+223C) are untouched.
const TILDES = /[~〜∼～]/g;
// Hyphen-like marks (‐‑‒–—― and the minus sign −) → "-". The katakana long mark ー is a letter,
// not a dash (ケーブル), so it is left alone.
const DASHES = /[\u2010-\u2015\u2212]/g;
const SPACES = /\s+/g;

/**
 * True when normalize would return `s` unchanged: printable ASCII without "~", CJK ideographs,
 * hiragana, katakana and the few marks listed, single inner spaces, no space at either end.
 * Most cells are like this, and one pass over the char codes is far cheaper than NFKC + 3 regexes.
 */
function isNormal(s: string): boolean {
  const n = s.length;
  if (n === 0) return true;
  if (s.charCodeAt(0) === 32 || s.charCodeAt(n - 1) === 32) return false;
  let prevSpace = false;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 32) {
      if (prevSpace) return false;
      prevSpace = true;
      continue;
    }
    prevSpace = false;
    if (!isNormalChar(c)) return false;
  }
  return true;
}

/** A character NFKC and the replacements leave as it is (a space aside). */
function isNormalChar(c: number): boolean {
  if (c > 32 && c < 126) return true;
  if (c >= 0x4e00 && c <= 0x9fff) return true; // CJK unified ideographs (not the compatibility block)
  if (c >= 0x3041 && c <= 0x3096) return true; // hiragana
  if (c >= 0x30a1 && c <= 0x30fc) return true; // katakana, ・ and ー
  if (c === 0x3001 || c === 0x3002 || c === 0x3005 || c === 0x300c || c === 0x300d) return true; // 、。々「」
  return c === 0x21d2 || c === 0x2192 || c === 0xd7; // ⇒ → ×
}

/**
 * NFKC (full-width digits, ％, （）, ㎥ → m3, CO₂ → CO2), tildes unified to ～, dashes to "-",
 * ⇒ and → kept, whitespace runs (line breaks and the ideographic space too) → one space, trimmed.
 */
export function normalize(s: string): string {
  if (isNormal(s)) return s;
  return narrowed(s) ?? s.normalize("NFKC").replace(TILDES, "～").replace(DASHES, "-").replace(SPACES, " ").trim();
}

/** Full-width ASCII ！ … ｝ (NFKC maps each to its ASCII twin; ～ U+FF5E becomes a tilde, so not it). */
const WIDE_FIRST = 0xff01;
const WIDE_LAST = 0xff5d;
const WIDE_SHIFT = 0xfee0;
const IDEOGRAPHIC_SPACE = 0x3000;
const NARROW_MAX = 4096;

/**
 * normalize's result without NFKC when `s` holds only what isNormal accepts, full-width ASCII
 * (［12］, ＫＰＩ, （R6）) and spaces (the ideographic space too): the common case after the
 * plain one. Null when anything else occurs.
 */
function narrowed(s: string): string | null {
  // String.fromCharCode(...codes) has an argument limit: long text (rare) takes the NFKC path.
  if (s.length > NARROW_MAX) return null;
  const codes: number[] = [];
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= WIDE_FIRST && c <= WIDE_LAST) c -= WIDE_SHIFT;
    else if (c === IDEOGRAPHIC_SPACE) c = 32;
    else if (c !== 32 && !isNormalChar(c)) return null;
    // Whitespace runs → one space, none at either end.
    if (c === 32 && (codes.length === 0 || codes[codes.length - 1] === 32)) continue;
    codes.push(c);
  }
  if (codes[codes.length - 1] === 32) codes.pop();
  return String.fromCharCode(...codes);
}

/**
 * A normalised text without its spaces (normalize leaves no whitespace but single spaces): the
 * form in which 「継 続」 is 継続 and 「指 標 名」 is 指標名.
 */
export function withoutSpaces(normalized: string): string {
  return normalized.includes(" ") ? normalized.replaceAll(" ", "") : normalized;
}

const NUMBER = /^([+-])?(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?$/;
// Only the characters a number can be written with, mapped to ASCII without a full NFKC pass.
const WIDE_NUMBER_CHARS = /[０-９，．＋－−△▲]/g;
const WIDE_TO_ASCII: Record<string, string> = {
  "，": ",",
  "．": ".",
  "＋": "+",
  "－": "-",
  "−": "-",
  // Japanese accounts write a negative number with a leading △ or ▲.
  "△": "-",
  "▲": "-",
};

/**
 * A plain number as written in a cell or in prose: "17,842", "１７，８４２", "12.4", "0.8",
 * "-3", "△5" (= -5). Thousands separators must be well placed ("1,23" is not a number).
 * Null for anything else, including units ("12人") and empty text.
 */
export function parseNumberText(s: string): number | null {
  const t = s
    .trim()
    .replace(WIDE_NUMBER_CHARS, (c) => WIDE_TO_ASCII[c] ?? String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  const m = NUMBER.exec(t);
  if (!m) return null;
  const n = Number(m[2].replaceAll(",", "") + (m[3] ?? ""));
  return m[1] === "-" ? -n : n;
}
