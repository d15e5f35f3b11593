import { liveQuery } from 'dexie';
import { useCallback, useEffect, useState } from 'react';
import { database } from '../session/database.ts';
import { listDocuments } from '../storage/documentIndex.ts';
import { pendingDeletes, retryPendingDeletes } from './deleteDocument.ts';
import {
  mergeDocumentLists,
  type DocumentRow,
  type LocalEntry,
  type RelayEntry,
} from './mergeDocumentLists.ts';
import { fetchRelayDocuments, type RelayList } from './relayApi.ts';

/** The merged document list, live from this device and refreshed from the relay. */
export function useDocumentList(): {
  rows: DocumentRow[] | undefined;
  relayStatus: RelayList['status'] | undefined;
  refresh: () => void;
} {
  const [local, setLocal] = useState<LocalEntry[] | undefined>();
  const [relay, setRelay] = useState<RelayEntry[] | undefined>();
  const [relayStatus, setRelayStatus] = useState<RelayList['status'] | undefined>();
  const [hidden, setHidden] = useState(pendingDeletes);

  const refresh = useCallback(() => {
    void (async () => {
      await retryPendingDeletes();
      setHidden(pendingDeletes());
      const list = await fetchRelayDocuments();
      setRelay(list.status === 'ok' ? list.documents : undefined);
      setRelayStatus(list.status);
    })();
  }, []);

  useEffect(() => {
    const subscription = liveQuery(() => listDocuments(database())).subscribe({
      next: (docs) => setLocal(docs),
      error: (error: unknown) => console.error('Could not read the device index', error),
    });
    refresh();
    window.addEventListener('online', refresh);
    return () => {
      subscription.unsubscribe();
      window.removeEventListener('online', refresh);
    };
  }, [refresh]);

  const rows = local === undefined ? undefined : mergeDocumentLists(local, relay, hidden);
  return { rows, relayStatus, refresh };
}
