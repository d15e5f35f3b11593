/** What the probe has measured so far in the page. */
export interface TypingProbe {
  /** keydown (the event's timestamp) → the first task after the next frame, per key, ms. */
  keys: number[];
  /** Per remote update: the socket message handler's own time, and message → after next frame. */
  remote: { apply: number; paint: number }[];
}

declare global {
  interface Window {
    typingProbe: TypingProbe;
  }
}

/**
 * Installed before the app loads (as an init script, so it must not refer to anything
 * outside itself). Next paint is taken as the first task after the next animation frame:
 * `requestAnimationFrame` runs right before the frame is produced and a `setTimeout(0)`
 * queued there runs right after it. The Event Timing API was not used: it rounds durations
 * to 8 ms and reports none under 16 ms, the very range the target is about.
 * Remote updates are timed by wrapping the handler the provider sets as `onmessage`.
 */
export function installTypingProbe(): void {
  const probe: TypingProbe = { keys: [], remote: [] };
  window.typingProbe = probe;
  const afterNextFrame = (since: number, record: (ms: number) => void) =>
    requestAnimationFrame(() => setTimeout(() => record(performance.now() - since), 0));
  window.addEventListener(
    'keydown',
    (event) => afterNextFrame(event.timeStamp, (ms) => probe.keys.push(ms)),
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
              afterNextFrame(started, (paint) => probe.remote.push({ apply, paint }));
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
