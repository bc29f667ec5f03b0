/**
 * The task pane's figures (Chromium, the real App over the in-memory Excel): filled by the pane
 * work of issue 13 point 4. Until it lands each is null — not measured, never a made-up number.
 */
export interface PaneResult {
  tickMs: { "1000": number | null };
  validateToListMs: { "10000": number | null };
  domNodes: { "10000": number | null };
}

export function measurePane(): Promise<PaneResult> {
  return Promise.resolve({
    tickMs: { "1000": null },
    validateToListMs: { "10000": null },
    domNodes: { "10000": null },
  });
}
