import type { DocumentRow } from './DocumentRow.ts';
import type { ProtocolDatabase } from './ProtocolDatabase.ts';

/** The documents on this device that are not deleted, most recently edited first. */
export function listDocuments(db: ProtocolDatabase): Promise<DocumentRow[]> {
  return db.documents
    .orderBy('updatedAt')
    .reverse()
    .filter((row) => row.deletedAt === undefined)
    .toArray();
}
