import type { SyncState } from './SyncTracker.ts';

/** How long the relay must have confirmed everything before the status says so. */
export const SYNCED_SETTLE_MS = 700;

/** A sync state as the page shows it: offline and syncing at once, synced once it holds. */
export interface SettledSyncState {
  readonly state: SyncState;
  destroy(): void;
}

/**
 * Follows a tracker for display. While someone types, every key makes the tracker go
 * syncing and, a few milliseconds later, synced; shown as is, the status (a polite live
 * region) would flicker and be announced on every key, and each change would re-render
 * the page while the keystroke is being painted. So "synced" is shown only once it has
 * held for `settleMs`; "offline" and "syncing" are shown at once, so the page never claims
 * more than the relay has confirmed.
 */
export function settledSyncState(
  tracker: { state: SyncState; subscribe(listener: (state: SyncState) => void): () => void },
  onChange: (state: SyncState) => void,
  settleMs = SYNCED_SETTLE_MS,
): SettledSyncState {
  let shown = tracker.state;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const show = (state: SyncState) => {
    if (state === shown) return;
    shown = state;
    onChange(state);
  };
  const unsubscribe = tracker.subscribe((state) => {
    clearTimeout(timer);
    if (state === 'synced') timer = setTimeout(() => show('synced'), settleMs);
    else show(state);
  });
  return {
    get state() {
      return shown;
    },
    destroy() {
      clearTimeout(timer);
      unsubscribe();
    },
  };
}
