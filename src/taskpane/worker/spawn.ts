/**
 * The check worker's script, found by webpack from this `new URL(…, import.meta.url)` (it
 * becomes its own chunk beside the pane's bundle). Bundle-only: jest never imports this file.
 */
export function spawnCheckWorker(): Worker {
  return new Worker(/* webpackChunkName: "check-worker" */ new URL("./check.worker.ts", import.meta.url));
}
