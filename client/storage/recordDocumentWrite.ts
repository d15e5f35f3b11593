import type { DocumentRow } from './DocumentRow.ts';
import type { ProtocolDatabase } from './ProtocolDatabase.ts';

/**
 * Keeps a document's index row current after an update was stored: creates it on the
 * first write, refreshes the title, and moves `updatedAt` only for edits made on this
 * device. A new row starts unsynced when its first write was local. Call it inside a
 * rw transaction that covers `db.documents`.
 */
export async function recordDocumentWrite(
  db: ProtocolDatabase,
  docId: string,
  title: string,
  local: boolean,
  reviewDate = '',
): Promise<void> {
  const now = Date.now();
  const row = await db.documents.get(docId);
  if (!row) {
    const unsynced = local ? 1 : 0;
    await db.documents.add({
      id: docId,
      title,
      reviewDate,
      createdAt: now,
      updatedAt: now,
      unsynced,
    });
    return;
  }
  const changes: Partial<DocumentRow> = {};
  if (row.title !== title) changes.title = title;
  if ((row.reviewDate ?? '') !== reviewDate) changes.reviewDate = reviewDate;
  if (local) changes.updatedAt = now;
  if (Object.keys(changes).length > 0) await db.documents.update(docId, changes);
}
