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
// Plain printable ASCII is already NFKC-stable: skip the (comparatively slow) normaliser.
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/**
 * NFKC (full-width digits, ％, （）, ㎥ → m3, CO₂ → CO2), tildes unified to ～, dashes to "-",
 * ⇒ and → kept, whitespace runs (line breaks and the ideographic space too) → one space, trimmed.
 */
export function normalize(s: string): string {
  const nfkc = PRINTABLE_ASCII.test(s) ? s : s.normalize("NFKC");
  return nfkc.replace(TILDES, "～").replace(DASHES, "-").replace(SPACES, " ").trim();
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
