import { deleteLocalDocument } from '../storage/documentIndex.ts';
import type { ProtocolDatabase } from '../storage/ProtocolDatabase.ts';
import { deleteOnRelay } from './relayApi.ts';

const PENDING_KEY = 'protocol-editor.pendingDeletes';

/** Ids deleted on this device whose deletion has not reached the relay yet. */
export function pendingDeletes(): Set<string> {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(PENDING_KEY) ?? '[]');
    return new Set(Array.isArray(parsed) ? parsed.filter((x) => typeof x === 'string') : []);
  } catch {
    return new Set();
  }
}

function savePending(ids: Set<string>): void {
  localStorage.setItem(PENDING_KEY, JSON.stringify([...ids]));
}

/**
 * Deletes a document on this device at once and on the relay as soon as it can be
 * reached; returns whether the relay has already confirmed.
 */
export async function deleteDocument(db: ProtocolDatabase, docId: string): Promise<boolean> {
  const pending = pendingDeletes();
  pending.add(docId);
  savePending(pending);
  await deleteLocalDocument(db, docId);
  return retryPendingDeletes();
}

/** Sends deletions made offline; true when none are left waiting. */
export async function retryPendingDeletes(): Promise<boolean> {
  const pending = pendingDeletes();
  for (const id of [...pending]) {
    if (await deleteOnRelay(id)) pending.delete(id);
  }
  savePending(pending);
  return pending.size === 0;
}
