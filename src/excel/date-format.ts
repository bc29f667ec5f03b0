/**
 * Whether an Excel number format shows a date or time (yyyy/m/d, [$-ja-JP]ggge"年"m"月"d"日", h:mm).
 * Quoted literals, [..] sections, escaped characters and the E+ of scientific formats are ignored
 * before looking for date/time tokens. The Grid contract wants dates as their display text.
 */
export function isDateFormat(numberFormat: string): boolean {
  if (/^general$/i.test(numberFormat.trim())) return false;
  const bare = numberFormat
    .replace(/"[^"]*"/g, "")
    .replace(/\[[^\]]*\]/g, "")
    .replace(/\\./g, "")
    .replace(/_./g, "")
    .replace(/E[+-]/gi, "");
  return /[ymdhsge]/i.test(bare);
}
