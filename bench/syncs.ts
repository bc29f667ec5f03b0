import { createExcelPort } from "../src/excel/excel-port";
import type { WorkbookPort } from "../src/port/workbook-port";
import { checkSheets } from "../src/taskpane/checker";
import { MAPPING_SETTING, RESULT_SHEET } from "../src/taskpane/hooks/useWorkbookCheck";
import { parseSavedMappings } from "../src/taskpane/model/mapping";
import { previewRows, writesFor } from "../src/taskpane/model/preview";
import { FakeExcel, fakeOfficeDeps } from "../tests/support/fake-excel";
import { sheetGrid, syntheticSheet } from "./synthetic";

/**
 * The port calls of 検証 and 適用, in the task pane's order (src/taskpane/hooks/useWorkbookCheck.ts
 * `run`, src/taskpane/App.tsx `apply`). The hook's logic lives inside React callbacks, so the
 * calls are repeated here; keep them in step with the hook.
 */
async function validate(port: WorkbookPort) {
  const saved = parseSavedMappings(await port.getSetting(MAPPING_SETTING));
  const names = (await port.listSheets()).filter((n) => n !== RESULT_SHEET);
  const grids = [];
  for (const name of names) grids.push(await port.readSheet(name));
  return checkSheets(grids, saved);
}

async function apply(port: WorkbookPort, writes: Parameters<WorkbookPort["writeValues"]>[0]) {
  await port.writeValues(writes);
  await port.canRevert();
  await validate(port);
}

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
    const check = await validate(port);
    result.validate[size] = host.syncCount;

    const rows = previewRows(check.report);
    // Every row with a computed target ticked: the most 適用 can write at this size.
    const writes = writesFor(rows, new Set(rows.filter((r) => r.fill).map((r) => r.key)));
    host.syncCount = 0;
    await apply(port, writes);
    result.apply[size] = host.syncCount;
    result.applyWrites[size] = writes.length;
    log(`syncs ${size} rows: validate ${result.validate[size]}, apply ${result.apply[size]} (${writes.length} cells)`);
  }
  return result;
}
