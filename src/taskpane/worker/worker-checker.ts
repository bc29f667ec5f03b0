import { CheckCancelled, type Checker, type WorkbookCheck } from "../check-types";
import { packGrid } from "./grid-transfer";
import type { CheckRequest, WorkerReply } from "./protocol";

/**
 * A Checker that runs the engine in a Web Worker. The worker starts with the checker, so its
 * script is loaded and parsed while the user looks at the pane, not after the first 検証 has
 * read the workbook; it is kept between checks. Cancelling ends it, and the next check starts a
 * fresh one. `spawn` creates the worker (the bundler resolves its script; see index.tsx).
 */
export function workerChecker(spawn: () => Worker): Checker {
  let worker: Worker | null = spawn();
  let nextId = 1;
  return (grids, mappings, options = {}) =>
    new Promise<WorkbookCheck>((resolve, reject) => {
      const { signal, onProgress } = options;
      if (signal?.aborted) return reject(new CheckCancelled());
      const w = (worker ??= spawn());
      const id = nextId++;
      const done = () => {
        w.removeEventListener("message", onMessage);
        w.removeEventListener("error", onError);
        signal?.removeEventListener("abort", onAbort);
      };
      const onMessage = (event: MessageEvent<WorkerReply>) => {
        const m = event.data;
        if (m.id !== id) return;
        if (m.kind === "progress") return onProgress?.(m.progress);
        done();
        if (m.kind === "done") resolve({ ...m.result, grids });
        else reject(new Error(m.message));
      };
      const onError = (event: ErrorEvent) => {
        done();
        worker = null;
        w.terminate();
        reject(new Error(event.message || "the check worker failed"));
      };
      const onAbort = () => {
        done();
        worker = null;
        w.terminate();
        reject(new CheckCancelled());
      };
      w.addEventListener("message", onMessage);
      w.addEventListener("error", onError);
      signal?.addEventListener("abort", onAbort);
      w.postMessage({ id, grids: grids.map(packGrid), mappings } satisfies CheckRequest);
    });
}
