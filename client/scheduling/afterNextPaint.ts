/**
 * Runs `task` just after the next frame is painted: in a task queued from the next
 * animation frame, so the work a keystroke set off in the background never delays its
 * letter showing. A hidden page paints no frames, so `task` also runs after `latestMs`.
 */
export function afterNextPaint(task: () => void, latestMs = 100): void {
  let ran = false;
  const run = () => {
    if (ran) return;
    ran = true;
    clearTimeout(fallback);
    task();
  };
  const fallback = setTimeout(run, latestMs);
  if (typeof requestAnimationFrame === 'function') {
    requestAnimationFrame(() => setTimeout(run, 0));
  }
}
