import { mergeRows } from './mergeRows.ts';
import type { ProtocolDatabase } from './ProtocolDatabase.ts';
import { readDocRows } from './readDocRows.ts';

/** The merged stored state of a document as one Yjs update, or null if nothing is stored. */
export async function loadDocState(
  db: ProtocolDatabase,
  docId: string,
): Promise<Uint8Array | null> {
  const rows = await db.transaction('r', db.updates, () => readDocRows(db, docId));
  return rows.length === 0 ? null : mergeRows(rows);
}
