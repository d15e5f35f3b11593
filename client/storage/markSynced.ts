import type { ProtocolDatabase } from './ProtocolDatabase.ts';

/**
 * Clears a document's unsynced flag. Pass `confirmedAt` (when the relay's confirmation
 * was requested) to keep the flag if a local edit happened after it.
 */
export async function markSynced(
  db: ProtocolDatabase,
  docId: string,
  confirmedAt = Infinity,
): Promise<void> {
  await db.documents
    .where('id')
    .equals(docId)
    .and((row) => row.updatedAt <= confirmedAt)
    .modify({ unsynced: 0 });
}
