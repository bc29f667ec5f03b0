/**
 * The engine off the pane's thread: src/core is pure TypeScript, so the same checkAll runs here
 * while the pane keeps answering clicks (and can stop the check by ending this worker).
 */
import { checkAll } from "../checker";
import { unpackGrid } from "./grid-transfer";
import type { CheckRequest, WorkerReply } from "./protocol";

/** The worker's global scope, typed by hand: the project compiles against the DOM library, not "webworker". */
interface WorkerScope {
  onmessage: ((event: MessageEvent<CheckRequest>) => void) | null;
  postMessage(message: WorkerReply): void;
}
const scope = self as unknown as WorkerScope;
const reply = (message: WorkerReply) => scope.postMessage(message);

scope.onmessage = (event) => {
  const { id, grids, mappings } = event.data;
  try {
    const result = checkAll(grids.map(unpackGrid), mappings, (progress) => reply({ id, kind: "progress", progress }));
    reply({ id, kind: "done", result });
  } catch (e) {
    reply({ id, kind: "failed", message: e instanceof Error ? e.message : String(e) });
  }
};
