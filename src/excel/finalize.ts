import type { FinalizeResult } from "../port/workbook-port";
import { clearMarks, type MarkOptions } from "./marks";
import { probeSnapshot, queueDropRecord } from "./snapshot-store";

/**
 * 「確定」, before the workbook is submitted: the marks come off and the hidden undo record is
 * deleted, so nothing of the add-in's is left in the file. A mark that could not be taken off (its
 * sheet protected) keeps the record, which is then not dropped. Six syncs at most.
 */
export async function finalize(context: Excel.RequestContext, options: MarkOptions): Promise<FinalizeResult> {
  const cleared = await clearMarks(context, options);
  if (cleared.kept.some((k) => k.reason === "protected")) return { ...cleared, dropped: false };
  const probe = probeSnapshot(context);
  await context.sync();
  const dropped = queueDropRecord(probe);
  if (dropped) await context.sync();
  return { ...cleared, dropped };
}
