import type { ZipPackage } from "./zip";
import { visitXmlPart } from "./xml";

/**
 * Number formats Excel does not write into styles.xml because every copy of Excel knows them
 * (ECMA-376 §18.8.30), as exceljs names them — the reports read through exceljs showed these.
 */
const BUILT_IN: Record<number, string> = {
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: 'm/d/yy "h":mm',
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00 ;(#,##0.00)",
  40: "#,##0.00 ;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
  // Japanese Excel's own built-in dates (exceljs knew none, so such dates read as serial numbers).
  ...Object.fromEntries([27, 36, 50, 57].map((id) => [id, "[$-411]ge.m.d"])),
  ...Object.fromEntries([28, 29, 51, 54, 58].map((id) => [id, '[$-411]ggge"年"m"月"d"日"'])),
  30: "m/d/yy",
  31: 'yyyy"年"m"月"d"日"',
  32: 'h"時"mm"分"',
  33: 'h"時"mm"分"ss"秒"',
  ...Object.fromEntries([34, 52, 55].map((id) => [id, 'yyyy"年"m"月"'])),
  ...Object.fromEntries([35, 53, 56].map((id) => [id, 'm"月"d"日"'])),
};

/** The number format of each cell style (`s=` of a cell), undefined for General. */
export type StyleFormats = (string | undefined)[];

export function readStyles(pkg: ZipPackage, part: string | null, label: string): StyleFormats {
  if (part === null || !pkg.has(part)) return [];
  const custom = new Map<number, string>();
  const xfFormatIds: number[] = [];
  let inNumFmts = false;
  let inCellXfs = false;
  visitXmlPart(pkg, part, label, {
    open(name, a) {
      if (name === "numFmts") inNumFmts = true;
      else if (name === "cellXfs") inCellXfs = true;
      // exceljs dropped a format code's backslash escapes (`#,##0\人` → `#,##0人`); kept so.
      else if (name === "numFmt" && inNumFmts)
        custom.set(Number(a.numFmtId), (a.formatCode ?? "").replace(/\\(.)/g, "$1"));
      else if (name === "xf" && inCellXfs) xfFormatIds.push(parseInt(a.numFmtId ?? "0", 10) || 0);
    },
    close(name) {
      if (name === "numFmts") inNumFmts = false;
      else if (name === "cellXfs") inCellXfs = false;
    },
  });
  return xfFormatIds.map((id) => {
    const fmt = id === 0 ? undefined : (custom.get(id) ?? BUILT_IN[id]);
    return fmt === "General" || fmt === "" ? undefined : fmt;
  });
}

/** Whether a format shows a date or time (exceljs's test, so dates read as before). */
export function isDateFormat(fmt: string): boolean {
  return /[ymdhMsb]/.test(fmt.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, ""));
}
