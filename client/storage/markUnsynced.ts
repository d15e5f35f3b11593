import type { ProtocolDatabase } from './ProtocolDatabase.ts';

/** Flags a document as holding changes the relay has not confirmed yet. */
export async function markUnsynced(db: ProtocolDatabase, docId: string): Promise<void> {
  await db.documents.update(docId, { unsynced: 1 });
}
