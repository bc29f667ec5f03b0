/**
 * Workbook text made safe to print on a terminal. A cell can hold ESC (`_x001B_` in shared
 * strings), other control characters or bidi overrides; printed raw they would move the cursor,
 * recolour or retitle the user's terminal, or reorder what a line appears to say. Each such
 * character is shown as a visible \u{…} escape instead. Tabs stay (they only align columns).
 */
// C0 controls except tab, DEL and C1 controls; bidi marks, embeddings, overrides and isolates;
// line and paragraph separators (a terminal may break the line there).
// eslint-disable-next-line no-control-regex -- control characters are what this escapes
const UNSAFE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, (c) => `\\u{${c.charCodeAt(0).toString(16).toUpperCase()}}`);
}
