import { gridFromRows } from "../../src/core/grid/grid";
import { checkWorkbook } from "../../src/core/engine";
import { readTables } from "../../src/core/rows/read";
import { CheckCancelled, checkAll, checkSheets, type CheckProgress } from "../../src/taskpane/checker";
import { workerChecker } from "../../src/taskpane/worker/worker-checker";
import { unpackGrid } from "../../src/taskpane/worker/grid-transfer";
import type { CheckRequest, WorkerReply } from "../../src/taskpane/worker/protocol";
import { consistentGrid } from "../fixtures/consistent-sheet";

// Counts the engine's table reads (today's pane read them twice per check: once itself, once in the engine).
jest.mock("../../src/core/rows/read", () => {
  const actual = jest.requireActual("../../src/core/rows/read");
  return { ...actual, readTables: jest.fn(actual.readTables) };
});

describe("checkAll (the engine as the worker runs it)", () => {
  test("the same report as checkWorkbook, each sheet's tables read once, progress per sheet", () => {
    const grids = [consistentGrid(), gridFromRows("表紙", [["令和7年度 KPI"]])];
    const progress: CheckProgress[] = [];
    (readTables as jest.Mock).mockClear();
    const result = checkAll(grids, [], (p) => progress.push(p));
    expect(readTables).toHaveBeenCalledTimes(2);
    expect(result.report).toEqual(checkWorkbook("", grids));
    expect(Object.keys(result.layouts)).toEqual([grids[0].name, "表紙"]);
    expect(result.layouts["表紙"]).toEqual([]);
    expect(result.layouts[grids[0].name][0].columns.indicator).toBeDefined();
    const rows = result.report.sheets[0].rows.length;
    expect(rows).toBeGreaterThan(0);
    // Every row with numbers has its trend, keyed like the preview.
    expect(Object.keys(result.trends).length).toBeGreaterThan(0);
    expect(Object.keys(result.trends).every((k) => k.startsWith(`${grids[0].name}!`))).toBe(true);
    expect(progress).toEqual([
      { sheet: 1, sheets: 2, rows },
      { sheet: 2, sheets: 2, rows },
    ]);
  });

  test("an aborted signal stops the in-thread checker before it starts", () => {
    const abort = new AbortController();
    abort.abort();
    expect(() => checkSheets([consistentGrid()], [], { signal: abort.signal })).toThrow(CheckCancelled);
  });
});

/** A stand-in Worker: answers each request with the real checkAll, after progress, when told to. */
class FakeWorker {
  listeners: Record<string, ((e: unknown) => void)[]> = {};
  requests: CheckRequest[] = [];
  terminated = false;
  addEventListener(type: string, fn: (e: unknown) => void) {
    (this.listeners[type] ??= []).push(fn);
  }
  removeEventListener(type: string, fn: (e: unknown) => void) {
    this.listeners[type] = (this.listeners[type] ?? []).filter((f) => f !== fn);
  }
  /** Like a real worker's, a copy (structured clone) of what the pane posts. */
  postMessage(request: CheckRequest) {
    this.requests.push(structuredClone(request));
  }
  terminate() {
    this.terminated = true;
  }
  emit(data: WorkerReply) {
    for (const fn of [...(this.listeners.message ?? [])]) fn({ data });
  }
  /** Runs the last request as the real worker would. */
  answer() {
    const { id, grids, mappings } = this.requests[this.requests.length - 1];
    const result = checkAll(grids.map(unpackGrid), mappings, (progress) =>
      this.emit({ id, kind: "progress", progress }),
    );
    this.emit({ id, kind: "done", result });
  }
}

describe("workerChecker", () => {
  function setup() {
    const workers: FakeWorker[] = [];
    const checker = workerChecker(() => {
      const w = new FakeWorker();
      workers.push(w);
      return w as unknown as Worker;
    });
    return { workers, checker };
  }

  test("the worker's report comes back with the pane's own grids, progress on the way; the worker is kept", async () => {
    const { workers, checker } = setup();
    // Started with the checker, before the first check.
    expect(workers).toHaveLength(1);
    const grids = [consistentGrid()];
    const progress: CheckProgress[] = [];
    const pending = checker(grids, [], { onProgress: (p) => progress.push(p) });
    workers[0].answer();
    const check = await pending;
    expect(check.grids).toBe(grids);
    expect(check.report).toEqual(checkWorkbook("", grids));
    expect(progress).toHaveLength(1);
    const again = checker(grids, []);
    workers[0].answer();
    await again;
    expect(workers).toHaveLength(1);
  });

  test("cancelling ends the worker and rejects with CheckCancelled; the next check starts a fresh worker", async () => {
    const { workers, checker } = setup();
    const abort = new AbortController();
    const pending = checker([consistentGrid()], [], { signal: abort.signal });
    abort.abort();
    await expect(pending).rejects.toBeInstanceOf(CheckCancelled);
    expect(workers[0].terminated).toBe(true);
    const next = checker([consistentGrid()], []);
    expect(workers).toHaveLength(2);
    workers[1].answer();
    await expect(next).resolves.toHaveProperty("report");
  });

  test("a failure in the worker is an error with its message; replies to another check are ignored", async () => {
    const { workers, checker } = setup();
    const pending = checker([consistentGrid()], []);
    const id = workers[0].requests[0].id;
    workers[0].emit({ id: id + 99, kind: "failed", message: "not mine" });
    workers[0].emit({ id, kind: "failed", message: "壊れたシート" });
    await expect(pending).rejects.toThrow("壊れたシート");
  });
});
