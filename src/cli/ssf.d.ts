/** Types for SheetJS's number-format engine (the npm package ships none). */
declare module "ssf" {
  /** Formats a value with an Excel number-format code, as Excel displays it. */
  export function format(fmt: string | number, value: unknown, opts?: Record<string, unknown>): string;
  export function is_date(fmt: string): boolean;
}
