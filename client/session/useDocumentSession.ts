import { useEffect, useState } from 'react';
import { grantFor } from '../auth/grantStore.ts';
import { coalescedAfterNextPaint } from '../scheduling/coalescedAfterNextPaint.ts';
import { database } from './database.ts';
import type { SyncState } from '../sync/SyncTracker.ts';
import { DocumentSession, type TerminalClose } from './DocumentSession.ts';
import { relayUrl } from './relayUrl.ts';
import { settledSyncState } from '../sync/settledSyncState.ts';

/** What the editor page needs to know about its open document. */
export interface SessionView {
  session: DocumentSession | undefined;
  loaded: boolean;
  syncState: SyncState;
  peopleHere: number;
  terminalClose: TerminalClose | undefined;
}

/** Opens a document session for as long as the component is mounted. */
export function useDocumentSession(docId: string): SessionView {
  const [view, setView] = useState<SessionView>({
    session: undefined,
    loaded: false,
    syncState: 'offline',
    peopleHere: 1,
    terminalClose: undefined,
  });

  useEffect(() => {
    const session = new DocumentSession(database(), docId, relayUrl(), grantFor(docId)?.token);
    const { awareness } = session.provider;
    const countPeople = () => {
      let count = 0;
      for (const state of awareness.getStates().values()) if (state.user) count++;
      return Math.max(1, count);
    };
    // Awareness changes with every caret move: the page re-renders only when what it
    // shows changes.
    const refresh = () =>
      setView((prev) => {
        const next = {
          ...prev,
          session,
          syncState: syncState.state,
          peopleHere: countPeople(),
          terminalClose: session.terminalClose,
        };
        return sameView(prev, next) ? prev : next;
      });
    // A keystroke after a pause turns "synced" into "syncing"; rendered inside the key's
    // task, that commit (React also measures the caret in the focused editor, reading the
    // whole document's text) delayed the letter. The status follows after the paint.
    const syncState = settledSyncState(session.tracker, coalescedAfterNextPaint(refresh));
    refresh();
    awareness.on('change', refresh);
    session.provider.on('closed', refresh);
    void session.whenLoaded.then(() => setView((prev) => ({ ...prev, loaded: true })));
    return () => {
      syncState.destroy();
      awareness.off('change', refresh);
      session.provider.off('closed', refresh);
      void session.destroy();
      setView((prev) => ({ ...prev, session: undefined, loaded: false }));
    };
  }, [docId]);

  return view;
}

function sameView(a: SessionView, b: SessionView): boolean {
  return (
    a.session === b.session &&
    a.loaded === b.loaded &&
    a.syncState === b.syncState &&
    a.peopleHere === b.peopleHere &&
    a.terminalClose === b.terminalClose
  );
}
