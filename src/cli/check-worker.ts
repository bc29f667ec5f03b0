import { parentPort } from "worker_threads";
import { checkFile } from "./check-file";
import { reasonLine } from "./reason-line";
import type { BatchResult, WorkerJob } from "./batch";

/** A worker thread of a batch: checks the files it is sent, one at a time. */
parentPort?.on("message", (job: WorkerJob) => {
  checkFile(job.file, job.sheet, job.file).then(
    (report) => parentPort?.postMessage({ index: job.index, report } satisfies BatchResult),
    (err: unknown) =>
      parentPort?.postMessage({ index: job.index, error: reasonLine(err, job.lang) } satisfies BatchResult),
  );
});
