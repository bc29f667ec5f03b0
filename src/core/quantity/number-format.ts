/**
 * What an Excel number format says about the unit and the decimals: `#,##0"人/年"` → suffix 人/年,
 * `0.0"%"` → suffix % (a literal: the value is already 12.4), `0.0%` → percent (the value is 0.124).
 * Only the first section (positive numbers) is read.
 */
export interface NumberFormatInfo {
  /** An unquoted %: Excel shows the value ×100. */
  percent: boolean;
  /** Literal text after the last digit placeholder, trimmed ("" when none). */
  suffix: string;
  /** Digit placeholders after the decimal point; undefined for General / no digit pattern. */
  decimals?: number;
}

const NONE: NumberFormatInfo = { percent: false, suffix: "" };
const PLACEHOLDER = /[0#?]/;

export function readNumberFormat(format: string | undefined): NumberFormatInfo {
  if (!format || format === "General" || format === "@") return NONE;
  let percent = false;
  let suffix = "";
  let sawDigit = false;
  let decimals: number | undefined;
  let inFraction = false;
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (ch === ";") break;
    if (ch === '"') {
      const end = format.indexOf('"', i + 1);
      const literal = end < 0 ? format.slice(i + 1) : format.slice(i + 1, end);
      if (sawDigit) suffix += literal;
      i = end < 0 ? format.length : end;
      inFraction = false;
      continue;
    }
    if (ch === "\\") {
      if (sawDigit && i + 1 < format.length) suffix += format[i + 1];
      i++;
      inFraction = false;
      continue;
    }
    if (ch === "[") {
      const end = format.indexOf("]", i + 1);
      i = end < 0 ? format.length : end;
      continue;
    }
    if (ch === "_" || ch === "*") {
      i++; // padding directives: the next character is a width or a fill, not text
      continue;
    }
    if (PLACEHOLDER.test(ch)) {
      if (sawDigit && suffix !== "") suffix = ""; // text between digits is not the unit
      sawDigit = true;
      if (inFraction) decimals = (decimals ?? 0) + 1;
      else decimals ??= 0;
      continue;
    }
    if (ch === "." && sawDigit) {
      inFraction = true;
      continue;
    }
    inFraction = false;
    if (ch === "%") {
      percent = true;
      continue;
    }
    // Unquoted text Excel accepts as a literal (Japanese counters such as 人 often are).
    if (sawDigit && ch !== "," && ch !== " ") suffix += ch;
  }
  return { percent, suffix: suffix.trim(), decimals: sawDigit ? decimals : undefined };
}
