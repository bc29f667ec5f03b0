/**
 * Whether an Excel number format shows a date or time (yyyy/m/d, [$-ja-JP]ggge"年"m"月"d"日", h:mm).
 * Quoted literals, [..] sections (locale, colour, elapsed-time brackets aside), escaped characters,
 * the word General (Office.js returns Japanese G/標準 as General: General"人" is a number with a
 * unit) and the E+ of scientific formats are ignored before looking for date/time tokens. Only the
 * first section (positive numbers) is looked at. The Grid contract wants dates as their display text.
 */
export function isDateFormat(numberFormat: string): boolean {
  const bare = numberFormat
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/_./g, "")
    .split(";")[0]
    .replace(/\[(h+|m+|s+)\]/gi, "h")
    .replace(/\[[^\]]*\]/g, "")
    .replace(/general/gi, "")
    .replace(/E[+-]/gi, "");
  return /[ymdhsge]/i.test(bare);
}
