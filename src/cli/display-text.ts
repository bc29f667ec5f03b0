import { format } from "ssf";

/**
 * The text Excel shows for a number: the file holds raw values only, so the cell's number
 * format is applied here with SheetJS's format engine (`#,##0"人/年"` → "17,842人/年").
 * A format the engine rejects falls back to the plain number rather than failing the read.
 */
export function formatNumber(value: number, numberFormat: string | undefined): string {
  const fmt = numberFormat && numberFormat.trim() !== "" ? numberFormat : "General";
  try {
    return format(fmt, value);
  } catch {
    return format("General", value);
  }
}

/** A date as ISO text: date only at midnight, else date and time (UTC, as exceljs read it before). */
export function isoDateText(d: Date): string {
  const iso = d.toISOString();
  return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso.slice(0, 19);
}
