import { createExcelPort } from "../src/excel/excel-port";
import { checkSheets } from "../src/taskpane/checker";
import { applyTargets, validateWorkbook } from "../src/taskpane/flows";
import { previewRows, writesFor } from "../src/taskpane/model/preview";
import { FakeExcel, fakeOfficeDeps } from "../tests/support/fake-excel";
import { sheetGrid, syntheticSheet } from "./synthetic";

/*
 * 検証 and 適用 are the task pane's own functions (src/taskpane/flows.ts, which the hooks call):
 * the bench counts the syncs of exactly what the buttons run.
 */

export interface SyncResult {
  validate: Record<string, number>;
  apply: Record<string, number>;
  /** Cells 適用 wrote at each size (every row with a computed target ticked). */
  applyWrites: Record<string, number>;
}

/** context.sync() calls of the real Excel adapter over the in-memory Excel, one 共生ビジョン sheet of N rows. */
export async function measureSyncs(sizes: number[], log: (s: string) => void): Promise<SyncResult> {
  const result: SyncResult = { validate: {}, apply: {}, applyWrites: {} };
  for (const size of sizes) {
    const grid = sheetGrid(syntheticSheet("kyosei-vision", size));
    const host = FakeExcel.fromGrids([grid]);
    const port = createExcelPort(fakeOfficeDeps(host));

    host.syncCount = 0;
    const { check } = await validateWorkbook(port, checkSheets);
    result.validate[size] = host.syncCount;

    const rows = previewRows(check.report);
    // Every row with a computed target ticked: the most 適用 can write at this size.
    const writes = writesFor(rows, new Set(rows.filter((r) => r.fill).map((r) => r.key)));
    host.syncCount = 0;
    await applyTargets(port, checkSheets, writes);
    result.apply[size] = host.syncCount;
    result.applyWrites[size] = writes.length;
    log(`syncs ${size} rows: validate ${result.validate[size]}, apply ${result.apply[size]} (${writes.length} cells)`);
  }
  return result;
}
