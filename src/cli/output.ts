import { terminalSafe } from "./terminal-text";

/**
 * Printing a report: text goes out in chunks as it is produced (a 100,000-row sheet gives some
 * 300,000 lines; one string or one spread of them would not fit), each line escaped for the
 * terminal, waiting for the pipe to drain; a reader that goes away (`| head`) ends it quietly.
 */

export interface OutStream {
  write(s: string): unknown;
  once?(event: "drain", listener: () => void): unknown;
  on?(event: "error", listener: (err: NodeJS.ErrnoException) => void): unknown;
}

const CHUNK_CHARS = 64 * 1024;

/** Watches a stream for its reader closing; the returned function says whether it has. */
export function watchClosedPipe(out: OutStream): () => boolean {
  let closed = false;
  // EPIPE (reader gone) or any other failure of stdout: nothing more can be shown there.
  out.on?.("error", () => {
    closed = true;
  });
  return () => closed;
}

/** Writes lines (without their line breaks) to `out`, escaped for a terminal. */
export async function writeLines(
  out: OutStream,
  lines: Iterable<string>,
  closed: () => boolean = () => false,
): Promise<void> {
  let chunk = "";
  const flush = async () => {
    const ok = out.write(chunk);
    chunk = "";
    if (ok === false && out.once && !closed()) await new Promise<void>((resolve) => out.once!("drain", resolve));
  };
  for (const line of lines) {
    if (closed()) return;
    chunk += `${terminalSafe(line)}\n`;
    if (chunk.length >= CHUNK_CHARS) await flush();
  }
  if (chunk !== "" && !closed()) await flush();
}
