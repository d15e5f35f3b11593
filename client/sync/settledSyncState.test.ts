import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { settledSyncState } from './settledSyncState.ts';
import type { SyncState } from './SyncTracker.ts';

/** A tracker whose state the test sets. */
function fakeTracker(initial: SyncState) {
  const listeners = new Set<(state: SyncState) => void>();
  return {
    state: initial,
    subscribe(listener: (state: SyncState) => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    set(state: SyncState) {
      this.state = state;
      for (const listener of listeners) listener(state);
    },
  };
}

describe('settledSyncState', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('shows syncing at once and synced only once it has held', () => {
    const tracker = fakeTracker('synced');
    const shown: SyncState[] = [];
    const settled = settledSyncState(tracker, (s) => shown.push(s), 700);
    tracker.set('syncing');
    expect(settled.state).toBe('syncing');
    tracker.set('synced');
    vi.advanceTimersByTime(699);
    expect(settled.state).toBe('syncing');
    vi.advanceTimersByTime(1);
    expect(settled.state).toBe('synced');
    expect(shown).toEqual(['syncing', 'synced']);
  });

  it('stays on syncing while every key is confirmed a moment later', () => {
    const tracker = fakeTracker('synced');
    const shown: SyncState[] = [];
    settledSyncState(tracker, (s) => shown.push(s), 700);
    for (let key = 0; key < 20; key++) {
      tracker.set('syncing');
      vi.advanceTimersByTime(5);
      tracker.set('synced');
      vi.advanceTimersByTime(100);
    }
    expect(shown).toEqual(['syncing']);
    vi.advanceTimersByTime(700);
    expect(shown).toEqual(['syncing', 'synced']);
  });

  it('shows offline at once, even while synced is settling', () => {
    const tracker = fakeTracker('syncing');
    const shown: SyncState[] = [];
    const settled = settledSyncState(tracker, (s) => shown.push(s), 700);
    tracker.set('synced');
    tracker.set('offline');
    vi.advanceTimersByTime(1000);
    expect(shown).toEqual(['offline']);
    settled.destroy();
    tracker.set('syncing');
    expect(shown).toEqual(['offline']);
  });
});
