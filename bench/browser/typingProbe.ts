/** What the probe has measured so far in the page. */
export interface TypingProbe {
  /** keydown (the event's timestamp) → the next frame done (painted and committed), per key, ms. */
  keys: number[];
  /** keydown → the first task of any kind after that frame, per key, ms (an upper bound). */
  keysAnyTask: number[];
  /**
   * Per remote update: the socket message handler's own time (the whole apply when the app
   * applies the update as it arrives, only the queueing when it holds it while this person
   * types), message → its change in the document's DOM, and message → the next frame done
   * after that.
   */
  remote: RemoteUpdateTiming[];
}

export interface RemoteUpdateTiming {
  apply: number;
  shown: number;
  paint: number;
  paintAnyTask: number;
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
 * handler the provider sets as `onmessage`; one is shown when the document's DOM (under
 * `bodySelector`) next changes outside the block holding this person's caret.
 */
export function installTypingProbe(bodySelector: string): void {
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
  /** Remote updates received and not yet seen in the DOM. */
  const unseen: { started: number; apply: number }[] = [];
  /**
   * The block of the document that holds `node` (a child of one of the editor's sections,
   * or of the body); the body itself for the body, a section for a change to its list.
   */
  const blockOf = (node: Node | null | undefined, body: Element): Node | null => {
    if (node === body) return body;
    const isBlock = (candidate: Node) => {
      const parent = candidate.parentNode;
      if (parent === body) return true;
      return (
        parent instanceof Element && parent.parentNode === body && parent.matches('.doc-section')
      );
    };
    let current = node;
    while (current && !isBlock(current)) current = current.parentNode;
    return current ?? null;
  };
  new MutationObserver((records) => {
    const body = document.querySelector(bodySelector);
    if (unseen.length === 0 || !body) return;
    const caretBlock = blockOf(getSelection()?.anchorNode, body);
    const remote = records.some((record) => {
      const block = blockOf(record.target, body);
      return block !== null && block !== caretBlock;
    });
    if (!remote) return;
    const now = performance.now();
    for (const { started, apply } of unseen.splice(0)) {
      const shown = now - started;
      afterNextFrame(started, (paint, paintAnyTask) =>
        probe.remote.push({ apply, shown, paint, paintAnyTask }),
      );
    }
  }).observe(document, { subtree: true, childList: true, characterData: true });
  const Native = window.WebSocket;
  const SYNC = 0;
  const UPDATE = 2;
  class TimedWebSocket extends Native {
    override set onmessage(handler: ((event: MessageEvent) => void) | null) {
      super.onmessage = handler
        ? (event: MessageEvent) => {
            const bytes = event.data instanceof ArrayBuffer ? new Uint8Array(event.data) : null;
            const timed = bytes?.[0] === SYNC && bytes[1] === UPDATE;
            const started = performance.now();
            // Queued before the handler runs: an update applied as it comes changes the DOM
            // inside it, and the observer's callback runs right after.
            const entry = { started, apply: NaN };
            if (timed) unseen.push(entry);
            handler.call(this, event);
            entry.apply = performance.now() - started;
          }
        : null;
    }
    override get onmessage(): ((event: MessageEvent) => void) | null {
      return super.onmessage;
    }
  }
  window.WebSocket = TimedWebSocket;
}
