import type { ManualMapping } from "../../core/layout/types";
import type { CheckProgress, CheckResult } from "../check-types";
import type { PackedGrid } from "./grid-transfer";

/** What the pane posts to the check worker, and what the worker posts back (one check at a time). */
export interface CheckRequest {
  id: number;
  grids: PackedGrid[];
  mappings: ManualMapping[];
}

export type WorkerReply =
  | { id: number; kind: "progress"; progress: CheckProgress }
  | { id: number; kind: "done"; result: CheckResult }
  | { id: number; kind: "failed"; message: string };
