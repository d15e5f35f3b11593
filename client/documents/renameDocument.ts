import { titleText } from '../../shared/document/docFields.ts';
import { setText } from '../../shared/document/setText.ts';
import { grantFor } from '../auth/grantStore.ts';
import { DocumentSession } from '../session/DocumentSession.ts';
import { relayUrl } from '../session/relayUrl.ts';
import type { ProtocolDatabase } from '../storage/ProtocolDatabase.ts';

const RELAY_WAIT_MS = 8000;

function whenRelaySynced(session: DocumentSession, timeoutMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    if (session.tracker.state === 'synced') return resolve(true);
    const timer = setTimeout(() => {
      unsubscribe();
      resolve(false);
    }, timeoutMs);
    const unsubscribe = session.tracker.subscribe((state) => {
      if (state !== 'synced') return;
      clearTimeout(timer);
      unsubscribe();
      resolve(true);
    });
  });
}

/**
 * Renames a document from the list, without opening it in an editor. A document on this
 * device is renamed at once (synced when the relay is reachable); a relay-only document
 * is fetched first, so the new title replaces the old instead of merging into it.
 */
export async function renameDocument(
  db: ProtocolDatabase,
  docId: string,
  title: string,
  onDevice: boolean,
): Promise<'synced' | 'saved-on-device'> {
  const session = new DocumentSession(db, docId, relayUrl(), grantFor(docId)?.token);
  try {
    await session.whenLoaded;
    if (!onDevice && !(await whenRelaySynced(session, RELAY_WAIT_MS))) {
      throw new Error('The relay cannot be reached, and this document is not on this device yet.');
    }
    setText(titleText(session.doc), title);
    await session.persistence.flushed();
    return (await whenRelaySynced(session, 3000)) ? 'synced' : 'saved-on-device';
  } finally {
    await session.destroy();
  }
}
