import { existsSync } from "fs";
import * as os from "os";
import * as path from "path";
import { Worker } from "worker_threads";
import type { Report } from "../core/report/schema";
import type { Lang } from "../core/messages/lang";
import { checkFile } from "./check-file";
import { reasonLine } from "./reason-line";

export interface BatchJob {
  index: number;
  file: string;
  sheet: string | null;
}

export type WorkerJob = BatchJob & { lang: Lang };

/** A checked file: its report, or the one line (starting with its path) saying why it could not be. */
export type BatchResult = { index: number; report: Report } | { index: number; error: string };

/** The compiled worker; absent when the CLI runs from TypeScript sources (tests), which check in-thread. */
const WORKER_FILE = path.join(__dirname, "check-worker.js");

function threadCount(files: number): number {
  return Math.max(1, Math.min(files, os.availableParallelism()));
}

/**
 * Checks many files on worker threads, one per core: each worker loads the engine once and
 * takes the next file as soon as it is done. `onResult` gets the results in input order.
 */
export async function checkMany(
  files: string[],
  sheet: string | null,
  lang: Lang,
  onResult: (result: BatchResult) => void,
): Promise<void> {
  const ready = new Map<number, BatchResult>();
  let next = 0;
  const deliver = (result: BatchResult) => {
    ready.set(result.index, result);
    while (ready.has(next)) {
      onResult(ready.get(next)!);
      ready.delete(next++);
    }
  };

  if (!existsSync(WORKER_FILE) || threadCount(files.length) === 1) {
    for (const [index, file] of files.entries()) {
      await checkFile(file, sheet, file).then(
        (report) => deliver({ index, report }),
        (err: unknown) => deliver({ index, error: reasonLine(err, lang) }),
      );
    }
    return;
  }

  let queued = 0;
  /** One worker taking files off the queue; if it dies, its file gets the reason and a new worker goes on. */
  const slot = (): Promise<void> =>
    new Promise((resolve) => {
      const worker = new Worker(WORKER_FILE);
      let current = -1;
      const send = () => {
        if (queued >= files.length) {
          current = -1;
          void worker.terminate().then(() => resolve());
          return;
        }
        current = queued++;
        worker.postMessage({ index: current, file: files[current], sheet, lang } satisfies WorkerJob);
      };
      worker.on("message", (result: BatchResult) => {
        deliver(result);
        send();
      });
      worker.on("error", (err) => {
        if (current >= 0) deliver({ index: current, error: `${files[current]}: ${reasonLine(err, lang)}` });
        current = -1;
        void worker.terminate();
        resolve(slot());
      });
      send();
    });
  await Promise.all(Array.from({ length: threadCount(files.length) }, slot));
}
