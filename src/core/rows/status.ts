import { normalize, withoutSpaces } from "../text/normalize";
import type { Status } from "./types";

const STATUSES: ReadonlySet<string> = new Set<Status>(["継続", "変更", "削除", "新規"]);

/**
 * The status as one of 継続/変更/削除/新規 (width and spaces ignored: 「継 続」 is 継続). A blank
 * status in the 「■新規指標」 block is 新規; anything else (「検討中」, 「継続(変更)」) is null,
 * and the written text is kept by the caller for STATUS_INVALID.
 */
export function normaliseStatus(text: string, block: "continuing" | "new"): Status | null {
  const t = withoutSpaces(normalize(text));
  if (t === "") return block === "new" ? "新規" : null;
  return STATUSES.has(t) ? (t as Status) : null;
}
