/** The longest a task waits when no frame comes: a hidden page paints none. */
const LATEST_MS = 100;

/** Tasks waiting for the next paint, run together; undefined when none are. */
let waiting: (() => void)[] | undefined;

/**
 * Runs `task` just after the next frame is painted: in a task queued from the next
 * animation frame, so the work a keystroke set off in the background never delays its
 * letter showing. Every task queued before that frame runs in the same task, in order;
 * one that throws does not stop the others. A hidden page paints no frames, so the tasks
 * also run after `LATEST_MS`.
 */
export function afterNextPaint(task: () => void): void {
  if (waiting) {
    waiting.push(task);
    return;
  }
  const tasks = [task];
  waiting = tasks;
  let ran = false;
  const run = () => {
    if (ran) return;
    ran = true;
    clearTimeout(fallback);
    if (waiting === tasks) waiting = undefined;
    for (const queued of tasks) {
      try {
        queued();
      } catch (error) {
        setTimeout(() => {
          throw error;
        });
      }
    }
  };
  const fallback = setTimeout(run, LATEST_MS);
  if (typeof requestAnimationFrame === 'function') {
    requestAnimationFrame(() => setTimeout(run, 0));
  }
}
