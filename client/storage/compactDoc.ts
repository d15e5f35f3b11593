import { mergeRows } from './mergeRows.ts';
import type { ProtocolDatabase } from './ProtocolDatabase.ts';
import { readDocRows } from './readDocRows.ts';

/**
 * Replaces a document's rows with one merged row, in one transaction: a crash leaves
 * either the old rows or the new one. Rows are read inside that transaction and only
 * those are deleted, so a write from another tab or instance is never dropped.
 * Returns the rows left (0 or 1) and their size in bytes.
 */
export function compactDoc(
  db: ProtocolDatabase,
  docId: string,
): Promise<{ rows: number; bytes: number }> {
  return db.transaction('rw', db.updates, async () => {
    const rows = await readDocRows(db, docId);
    if (rows.length <= 1) return { rows: rows.length, bytes: rows[0]?.update.byteLength ?? 0 };
    const merged = mergeRows(rows);
    await db.updates.bulkDelete(rows.map((row) => row.seq as number));
    await db.updates.add({ docId, update: merged });
    return { rows: 1, bytes: merged.byteLength };
  });
}
