import type { Lang } from "../core/messages/lang";
import { UsageError } from "./args";
import { WorkbookError } from "./errors";
import { terminalSafe } from "./terminal-text";

/** The one line printed on stderr for an input that cannot be checked (never a stack trace). */
export function reasonLine(err: unknown, lang: Lang): string {
  return terminalSafe(reasonText(err, lang));
}

function reasonText(err: unknown, lang: Lang): string {
  if (err instanceof WorkbookError) return err.line();
  if (err instanceof UsageError) return `kpi-check: ${err.reasonJa} / ${err.reasonEn}`;
  const msg = err instanceof Error ? err.message.split("\n")[0] : String(err);
  return lang === "ja"
    ? `kpi-check: 予期しないエラー / unexpected error: ${msg}`
    : `kpi-check: unexpected error: ${msg}`;
}
