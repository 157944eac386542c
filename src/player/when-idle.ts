/**
 * Runs `work` when the page's window is next idle, at the latest after `timeoutMs`; after `fallbackMs`
 * where there is no requestIdleCallback (Safari, happy-dom). Nothing runs if `signal` ended by then.
 */
export function whenIdle(
  doc: Document,
  work: () => void,
  { timeoutMs, fallbackMs, signal }: { timeoutMs: number; fallbackMs: number; signal: AbortSignal },
): void {
  const win = doc.defaultView as (Window & { requestIdleCallback?: (cb: () => void, o?: object) => number }) | null;
  const run = () => {
    if (!signal.aborted) work();
  };
  if (win?.requestIdleCallback) win.requestIdleCallback(run, { timeout: timeoutMs });
  else win?.setTimeout(run, fallbackMs);
}
