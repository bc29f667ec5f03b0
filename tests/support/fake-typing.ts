import type { FakeCell } from "./fake-excel-state";

/**
 * How Excel (Japanese locale) reads text typed or written into a General cell: what the adapter
 * must expect when it writes a string to `values`. Numbers with grouping ("1,000"), percentages
 * ("12.4%", stored 0.124), dates ("2024/4/1", "R6.4.1", "4月1日", stored as serials), TRUE/FALSE,
 * and full-width digits ("１２３") all stop being the text that was written.
 * No Node APIs: the browser harness bundles this file.
 */

export interface Typed {
  value: FakeCell["value"];
  /** The format Excel gives the cell when it was General. */
  numberFormat?: string;
}

const ERAS: Record<string, number> = { R: 2018, 令和: 2018, H: 1988, 平成: 1988, S: 1925, 昭和: 1925 };

/** Days since 1899-12-30 (Excel's serial for dates after 1900-03-01). */
function serial(year: number, month: number, day: number): number | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const t = Date.UTC(year, month - 1, day);
  if (new Date(t).getUTCDate() !== day) return null;
  return Math.round((t - Date.UTC(1899, 11, 30)) / 86_400_000);
}

function dateOf(text: string, thisYear: number): number | null {
  let m = /^(\d{4})[/-](\d{1,2})[/-](\d{1,2})$/.exec(text) ?? /^(\d{4})年(\d{1,2})月(\d{1,2})日$/.exec(text);
  if (m) return serial(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(R|H|S|令和|平成|昭和)(\d{1,2})[./年](\d{1,2})[./月](\d{1,2})日?$/.exec(text);
  if (m) return serial(ERAS[m[1]] + Number(m[2]), Number(m[3]), Number(m[4]));
  m = /^(\d{1,2})[/-](\d{1,2})$/.exec(text) ?? /^(\d{1,2})月(\d{1,2})日$/.exec(text);
  if (m) return serial(thisYear, Number(m[1]), Number(m[2]));
  return null;
}

/** Excel's reading of `input` typed into a cell that is not formatted as text; null: stays text. */
export function excelReading(input: string, thisYear = 2026): Typed | null {
  const text = input.normalize("NFKC").trim();
  if (text === "") return null;
  if (/^(true|false)$/i.test(text)) return { value: text.toUpperCase() === "TRUE" };
  const plain = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i.exec(text);
  if (plain) return { value: Number(text) };
  const grouped = /^([+-]?)(\d{1,3}(,\d{3})+)(\.\d+)?$/.exec(text);
  if (grouped)
    return { value: Number(`${grouped[1]}${grouped[2].replace(/,/g, "")}${grouped[4] ?? ""}`), numberFormat: "#,##0" };
  const percent = /^([+-]?(\d+(\.\d*)?|\.\d+))\s*%$/.exec(text);
  if (percent) {
    const decimals = percent[1].includes(".") ? "0.00%" : "0%";
    return { value: Number(percent[1]) / 100, numberFormat: decimals };
  }
  const date = dateOf(text, thisYear);
  if (date !== null) return { value: date, numberFormat: "yyyy/m/d" };
  return null;
}
