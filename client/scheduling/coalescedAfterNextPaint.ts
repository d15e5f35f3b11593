import { afterNextPaint } from './afterNextPaint.ts';

/**
 * A trigger for `task`: called any number of times before the next paint, it runs `task`
 * once, after that paint (see `afterNextPaint`). For work that reads the latest state,
 * where one run per frame covers every change since the last.
 */
export function coalescedAfterNextPaint(
  task: () => void,
  /** What runs a task after the next paint; tests pass their own. */
  schedule: (task: () => void) => void = afterNextPaint,
): () => void {
  let queued = false;
  const run = () => {
    queued = false;
    task();
  };
  return () => {
    if (queued) return;
    queued = true;
    schedule(run);
  };
}
