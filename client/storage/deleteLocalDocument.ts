import type { ProtocolDatabase } from './ProtocolDatabase.ts';

/** Removes a document's stored updates and its index row from this device, atomically. */
export async function deleteLocalDocument(db: ProtocolDatabase, docId: string): Promise<void> {
  await db.transaction('rw', db.updates, db.documents, async () => {
    await db.updates.where('docId').equals(docId).delete();
    await db.documents.delete(docId);
  });
}
