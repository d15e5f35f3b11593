import * as Y from 'yjs';
import { createDoc, titleText } from '../../shared/document/docFields.ts';
import { setText } from '../../shared/document/setText.ts';
import { mergeRows } from './mergeRows.ts';
import type { ProtocolDatabase } from './ProtocolDatabase.ts';
import { readDocRows } from './readDocRows.ts';
import { recordDocumentWrite } from './recordDocumentWrite.ts';

/**
 * Renames a document that is not open: applies the minimal title edit to its stored
 * state and stores that edit as a new row, so it syncs the next time the document is
 * opened. Marks the document unsynced. Rejects for a document this device does not hold.
 * For an open document, edit its title text instead; its persistence stores the change.
 */
export async function renameDocument(
  db: ProtocolDatabase,
  docId: string,
  title: string,
): Promise<void> {
  await db.transaction('rw', db.updates, db.documents, async () => {
    const rows = await readDocRows(db, docId);
    const indexed = await db.documents.get(docId);
    if (rows.length === 0 && !indexed) throw new Error(`Unknown document ${docId}`);
    const doc = createDoc();
    if (rows.length > 0) Y.applyUpdate(doc, mergeRows(rows));
    const unchanged = titleText(doc).toString() === title;
    const before = Y.encodeStateVector(doc);
    setText(titleText(doc), title);
    const update = Y.encodeStateAsUpdate(doc, before);
    doc.destroy();
    if (!unchanged) await db.updates.add({ docId, update });
    await recordDocumentWrite(db, docId, title, !unchanged);
    if (!unchanged) await db.documents.update(docId, { unsynced: 1 });
  });
}
