/**
 * The browser test's page: the production App over the REAL Office.js adapter (createExcelPort)
 * driving the in-memory Excel of tests/support/fake-excel.ts, built from sheets the test server
 * hands over as JSON (read from a sample .xlsx in Node). The test reads the workbook back through
 * window.__kpi after 適用 and 元に戻す.
 */
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { Grid } from "../../src/core/grid/grid";
import type { CellWrite, WorkbookPort } from "../../src/port/workbook-port";
import { createExcelPort } from "../../src/excel/excel-port";
import { App } from "../../src/taskpane/App";
import type { Checker } from "../../src/taskpane/check-types";
import { workerChecker } from "../../src/taskpane/worker/worker-checker";
import { spawnCheckWorker } from "../../src/taskpane/worker/spawn";
import { FakeExcel, fakeOfficeDeps } from "../support/fake-excel";

export interface HarnessHandle {
  /** What the pane asked the port to write, call by call. */
  writes: CellWrite[][];
  /** A cell's value as the in-memory workbook holds it now; null when empty. */
  cellValue(sheet: string, address: string): string | number | boolean | null;
  /** Every non-empty cell of the sample's own sheets, "sheet!A1" → value (to diff before/after). */
  values(): Record<string, string | number | boolean>;
  /** A setting as the workbook holds it (the saved column mapping). */
  setting(key: string): Promise<unknown>;
  /** Milliseconds of each workbook read and each check (worker round trip), for the bench's breakdown. */
  timings: { read: number[]; check: number[] };
}

declare global {
  interface Window {
    __kpi?: HarnessHandle;
  }
}

/** The adapter, with its writeValues calls recorded (the adapter still does the writing) and its reads timed. */
function recorded(port: WorkbookPort, writes: CellWrite[][], timings: HarnessHandle["timings"]): WorkbookPort {
  return {
    ...port,
    readWorkbook: async (settings) => {
      const t0 = performance.now();
      const contents = await port.readWorkbook(settings);
      timings.read.push(performance.now() - t0);
      return contents;
    },
    writeValues: (w, then) => {
      writes.push(w.map((x) => ({ ...x })));
      return port.writeValues(w, then);
    },
  };
}

async function main() {
  const grids = (await (await fetch("/e2e/grids.json")).json()) as Grid[];
  // ExcelApi 1.14: what Office LTSC 2021 on a municipal PC reaches (no notes, threaded comments).
  const excel = FakeExcel.fromGrids(grids, { apiVersion: "1.14" });
  const writes: CellWrite[][] = [];
  const timings: HarnessHandle["timings"] = { read: [], check: [] };
  const port = recorded(createExcelPort(fakeOfficeDeps(excel)), writes, timings);
  const inWorker = workerChecker(spawnCheckWorker);
  const checker: Checker = async (g, m, o) => {
    const t0 = performance.now();
    const check = await inWorker(g, m, o);
    timings.check.push(performance.now() - t0);
    return check;
  };
  window.__kpi = {
    writes,
    cellValue: (sheet, address) => {
      const v = excel.state.sheets.find((s) => s.name === sheet)?.cells[address]?.value;
      return v === undefined || v === "" ? null : v;
    },
    values: () => {
      const out: Record<string, string | number | boolean> = {};
      for (const sheet of excel.state.sheets.filter((s) => grids.some((g) => g.name === s.name))) {
        for (const [address, cell] of Object.entries(sheet.cells)) {
          if (cell.value !== "") out[`${sheet.name}!${address}`] = cell.value;
        }
      }
      return out;
    },
    setting: (key) => port.getSetting(key),
    timings,
  };
  createRoot(document.getElementById("root") as HTMLElement).render(
    <FluentProvider theme={webLightTheme}>
      <App port={port} checker={checker} />
    </FluentProvider>,
  );
}

void main();
