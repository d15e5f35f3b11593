import type { SyncState } from '../sync/SyncTracker.ts';

const TEXT: Record<SyncState, string> = {
  offline: 'Offline — changes saved on this device',
  syncing: 'Syncing…',
  synced: 'All changes synced',
};

/** The always-visible sync state and head count, announced politely to screen readers. */
export function SyncStatus({ state, peopleHere }: { state: SyncState; peopleHere: number }) {
  return (
    <div className="sync-status" role="status" aria-live="polite">
      <span className={`sync-status__state sync-status__state--${state}`} data-sync-state={state}>
        <span className="sync-status__dot" aria-hidden="true" />
        {TEXT[state]}
      </span>
      <span className="sync-status__people" data-people-here={peopleHere}>
        {peopleHere === 1 ? 'Only you here' : `${peopleHere} people here`}
      </span>
    </div>
  );
}
