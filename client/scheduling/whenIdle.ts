/**
 * Runs `task` when the page is idle (no input waiting, no frame due), or after `timeout`
 * ms at the latest. Returns a function that cancels it.
 */
export function whenIdle(task: () => void, timeout: number): () => void {
  if (typeof requestIdleCallback !== 'function') {
    const timer = setTimeout(task, 0);
    return () => clearTimeout(timer);
  }
  const handle = requestIdleCallback(task, { timeout });
  return () => cancelIdleCallback(handle);
}
