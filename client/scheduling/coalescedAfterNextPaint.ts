import { afterNextPaint } from './afterNextPaint.ts';

/**
 * A trigger for `task`: called any number of times before the next paint, it runs `task`
 * once, after that paint (see `afterNextPaint`). For work that reads the latest state,
 * where one run per frame covers every change since the last.
 */
export function coalescedAfterNextPaint(task: () => void): () => void {
  let queued = false;
  const run = () => {
    queued = false;
    task();
  };
  return () => {
    if (queued) return;
    queued = true;
    afterNextPaint(run);
  };
}
