import { useCallback, useRef, useState } from "react";
import { CheckCancelled, type CheckOptions, type CheckProgress } from "../check-types";

export interface TaskState {
  busy: boolean;
  /** True while the running action can be stopped (a check that writes nothing). */
  cancellable: boolean;
  progress: CheckProgress | null;
  error: string | null;
  notice: string | null;
  /**
   * Runs one user action: busy while it runs, its returned text as the notice, its failure as
   * the error. A cancellable action receives the signal and progress callback for its check.
   */
  run(action: (check: CheckOptions) => Promise<string | void>, opts?: { cancellable?: boolean }): Promise<void>;
  /** Stops the running cancellable action; it ends with `cancelledNotice`. */
  cancel(): void;
}

export function useTask(cancelledNotice: string): TaskState {
  const [busy, setBusy] = useState(false);
  const [cancellable, setCancellable] = useState(false);
  const [progress, setProgress] = useState<CheckProgress | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const controller = useRef<AbortController | null>(null);
  const run = useCallback(
    async (action: (check: CheckOptions) => Promise<string | void>, opts: { cancellable?: boolean } = {}) => {
      const abort = new AbortController();
      controller.current = opts.cancellable ? abort : null;
      setBusy(true);
      setCancellable(Boolean(opts.cancellable));
      setProgress(null);
      setError(null);
      setNotice(null);
      try {
        const text = await action({ signal: abort.signal, onProgress: setProgress });
        if (text) setNotice(text);
      } catch (e) {
        if (e instanceof CheckCancelled) setNotice(cancelledNotice);
        else setError(e instanceof Error ? e.message : String(e));
      } finally {
        controller.current = null;
        setBusy(false);
        setCancellable(false);
        setProgress(null);
      }
    },
    [cancelledNotice],
  );
  const cancel = useCallback(() => controller.current?.abort(), []);
  return { busy, cancellable, progress, error, notice, run, cancel };
}
