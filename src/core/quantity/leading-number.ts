/**
 * The number at the start of a value cell: an optional 約/およそ/概ね/おおむね, an optional sign
 * (△ and ▲ are minus), digits with well-placed thousands separators, an optional fraction.
 * A hand-written scanner: it runs on every value cell and is several times cheaper than a regex.
 */
export interface LeadingNumber {
  /** Characters consumed. */
  length: number;
  approx: boolean;
  negative: boolean;
  /** Integer digits without separators. */
  int: string;
  /** Fraction digits ("" when none). */
  fraction: string;
}

const APPROX_PREFIXES = ["約", "およそ", "概ね", "おおむね"];
const ZERO = 48;
const NINE = 57;

function isDigit(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c >= ZERO && c <= NINE;
}

function digitsFrom(s: string, i: number): number {
  let j = i;
  while (j < s.length && isDigit(s, j)) j++;
  return j;
}

/** Null when `s` does not start with a number (after the optional prefix and sign). */
export function readLeadingNumber(s: string): LeadingNumber | null {
  let i = 0;
  let approx = false;
  const prefix = APPROX_PREFIXES.find((p) => s.startsWith(p));
  if (prefix) {
    approx = true;
    i = prefix.length;
    if (s[i] === " ") i++;
  }
  let negative = false;
  const sign = s[i];
  if (sign === "-" || sign === "△" || sign === "▲" || sign === "+") {
    negative = sign !== "+";
    i++;
  }
  const start = i;
  let end = digitsFrom(s, i);
  if (end === start) return null;
  let int = s.slice(start, end);
  // Thousands groups: 1-3 leading digits, then ",ddd" as often as written (1,234,567).
  if (end - start <= 3) {
    while (s[end] === "," && isDigit(s, end + 1) && isDigit(s, end + 2) && isDigit(s, end + 3)) {
      int += s.slice(end + 1, end + 4);
      end += 4;
    }
  }
  let fraction = "";
  if (s[end] === "." && isDigit(s, end + 1)) {
    const fractionEnd = digitsFrom(s, end + 1);
    fraction = s.slice(end + 1, fractionEnd);
    end = fractionEnd;
  }
  return { length: end, approx, negative, int, fraction };
}
