import { useCallback, useState } from "react";

export interface TaskState {
  busy: boolean;
  error: string | null;
  notice: string | null;
  /** Runs one user action: busy while it runs, its returned text as the notice, its failure as the error. */
  run(action: () => Promise<string | void>): Promise<void>;
}

export function useTask(): TaskState {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const run = useCallback(async (action: () => Promise<string | void>) => {
    setBusy(true);
    setError(null);
    setNotice(null);
    try {
      const text = await action();
      if (text) setNotice(text);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }, []);
  return { busy, error, notice, run };
}
