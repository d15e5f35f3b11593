import { useEffect, useState } from 'react';
import { grantFor } from '../auth/grantStore.ts';
import { database } from './database.ts';
import type { SyncState } from '../sync/SyncTracker.ts';
import { DocumentSession, type TerminalClose } from './DocumentSession.ts';
import { relayUrl } from './relayUrl.ts';

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
    const refresh = () =>
      setView((prev) => ({
        ...prev,
        session,
        syncState: session.tracker.state,
        peopleHere: countPeople(),
        terminalClose: session.terminalClose,
      }));
    refresh();
    const unsubscribe = session.tracker.subscribe(refresh);
    awareness.on('change', refresh);
    session.provider.on('closed', refresh);
    void session.whenLoaded.then(() => setView((prev) => ({ ...prev, loaded: true })));
    return () => {
      unsubscribe();
      awareness.off('change', refresh);
      session.provider.off('closed', refresh);
      void session.destroy();
      setView((prev) => ({ ...prev, session: undefined, loaded: false }));
    };
  }, [docId]);

  return view;
}
