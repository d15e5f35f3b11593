/** What the probe has measured so far in the page. */
export interface TypingProbe {
  /** keydown (the event's timestamp) → the next frame done (painted and committed), per key, ms. */
  keys: number[];
  /** keydown → the first task of any kind after that frame, per key, ms (an upper bound). */
  keysAnyTask: number[];
  /** Per remote update: the socket message handler's own time, and message → next frame done. */
  remote: { apply: number; paint: number; paintAnyTask: number }[];
}

declare global {
  interface Window {
    typingProbe: TypingProbe;
  }
}

/**
 * Installed before the app loads (as an init script, so it must not refer to anything
 * outside itself). `requestAnimationFrame` runs at the start of the next frame, in the same
 * task that then lays out, paints and commits it; so the frame is done when the next task
 * starts. Two such tasks are queued from there:
 * - a user-blocking task (`scheduler.postTask`), which Chromium runs before other queued
 *   work: the frame's end, the number the target is judged on;
 * - a `setTimeout(0)`, which also waits for whatever else was queued meanwhile (a message
 *   from the relay, work deferred to after the paint): an upper bound, reported beside it.
 * The Event Timing API was not used: it rounds durations to 8 ms and reports none under
 * 16 ms, the very range the target is about. Remote updates are timed by wrapping the
 * handler the provider sets as `onmessage`.
 */
export function installTypingProbe(): void {
  const probe: TypingProbe = { keys: [], keysAnyTask: [], remote: [] };
  window.typingProbe = probe;
  type PostTask = (task: () => void, options: { priority: 'user-blocking' }) => Promise<void>;
  const postTask = (window as unknown as { scheduler?: { postTask?: PostTask } }).scheduler
    ?.postTask;
  if (!postTask) throw new Error('the typing probe needs scheduler.postTask (Chromium 94+)');
  /** Calls `record(frameDone, anyTask)`, both in ms since `since`, once both are known. */
  const afterNextFrame = (since: number, record: (frameDone: number, anyTask: number) => void) =>
    requestAnimationFrame(() => {
      let frameDone = NaN;
      let anyTask = NaN;
      const settle = () => {
        if (!Number.isNaN(frameDone) && !Number.isNaN(anyTask)) record(frameDone, anyTask);
      };
      void postTask.call(
        (window as unknown as { scheduler: unknown }).scheduler,
        () => {
          frameDone = performance.now() - since;
          settle();
        },
        { priority: 'user-blocking' },
      );
      setTimeout(() => {
        anyTask = performance.now() - since;
        settle();
      }, 0);
    });
  window.addEventListener(
    'keydown',
    (event) =>
      afterNextFrame(event.timeStamp, (frameDone, anyTask) => {
        probe.keysAnyTask.push(anyTask);
        probe.keys.push(frameDone);
      }),
    true,
  );
  const Native = window.WebSocket;
  const SYNC = 0;
  const UPDATE = 2;
  class TimedWebSocket extends Native {
    override set onmessage(handler: ((event: MessageEvent) => void) | null) {
      super.onmessage = handler
        ? (event: MessageEvent) => {
            const started = performance.now();
            handler.call(this, event);
            const apply = performance.now() - started;
            const bytes = event.data instanceof ArrayBuffer ? new Uint8Array(event.data) : null;
            if (bytes?.[0] === SYNC && bytes[1] === UPDATE) {
              afterNextFrame(started, (paint, paintAnyTask) =>
                probe.remote.push({ apply, paint, paintAnyTask }),
              );
            }
          }
        : null;
    }
    override get onmessage(): ((event: MessageEvent) => void) | null {
      return super.onmessage;
    }
  }
  window.WebSocket = TimedWebSocket;
}
