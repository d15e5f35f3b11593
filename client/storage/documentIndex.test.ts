import { afterEach, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { createDoc, titleText } from '../../shared/document/docFields.ts';
import {
  deleteLocalDocument,
  listDocuments,
  markSynced,
  markUnsynced,
  type DocumentRow,
} from './documentIndex.ts';
import { LocalPersistence } from './LocalPersistence.ts';
import { openTestDatabase } from './openTestDatabase.ts';
import type { ProtocolDatabase } from './ProtocolDatabase.ts';

const databases: ProtocolDatabase[] = [];

function database(): ProtocolDatabase {
  const db = openTestDatabase();
  databases.push(db);
  return db;
}

/** Opens `docId`, lets `edit` change it, and closes it again. */
async function withDoc(
  db: ProtocolDatabase,
  docId: string,
  edit: (doc: Y.Doc) => void = () => {},
): Promise<Y.Doc> {
  const doc = createDoc();
  const persistence = new LocalPersistence(db, docId, doc);
  await persistence.whenLoaded;
  edit(doc);
  await persistence.destroy();
  return doc;
}

function row(id: string, updatedAt: number, extra: Partial<DocumentRow> = {}): DocumentRow {
  return { id, title: id, createdAt: 0, updatedAt, unsynced: 0, ...extra };
}

afterEach(() => {
  for (const db of databases.splice(0)) db.close();
});

describe('deleteLocalDocument', () => {
  it('removes the rows and the index entry of one document only', async () => {
    const db = database();
    for (const id of ['gone', 'kept']) {
      for (const word of ['a', 'b']) await withDoc(db, id, (doc) => titleText(doc).insert(0, word));
    }
    await deleteLocalDocument(db, 'gone');
    expect(await db.updates.where('docId').equals('gone').count()).toBe(0);
    expect(await db.documents.get('gone')).toBeUndefined();
    expect(await db.updates.where('docId').equals('kept').count()).toBeGreaterThan(0);
    expect((await listDocuments(db)).map((d) => d.id)).toEqual(['kept']);
  });
});

describe('listDocuments and the unsynced flag', () => {
  it('lists documents newest first, without deleted ones', async () => {
    const db = database();
    await db.documents.bulkAdd([
      row('old', 1),
      row('newest', 3, { unsynced: 1 }),
      row('deleted', 4, { deletedAt: 5 }),
      row('middle', 2),
    ]);
    const listed = await listDocuments(db);
    expect(listed.map((d) => d.id)).toEqual(['newest', 'middle', 'old']);
    expect(listed.map((d) => d.unsynced)).toEqual([1, 0, 0]);
  });

  it('orders by the last local edit', async () => {
    const db = database();
    await withDoc(db, 'first', (doc) => titleText(doc).insert(0, 'First'));
    await new Promise((resolve) => setTimeout(resolve, 5));
    await withDoc(db, 'second', (doc) => titleText(doc).insert(0, 'Second'));
    expect((await listDocuments(db)).map((d) => d.title)).toEqual(['Second', 'First']);
    await new Promise((resolve) => setTimeout(resolve, 5));
    await withDoc(db, 'first', (doc) => titleText(doc).insert(5, '!'));
    expect((await listDocuments(db)).map((d) => d.title)).toEqual(['First!', 'Second']);
  });

  it('marks documents synced and unsynced', async () => {
    const db = database();
    await withDoc(db, 'p', (doc) => titleText(doc).insert(0, 'P'));
    expect((await db.documents.get('p'))?.unsynced).toBe(1);
    await markSynced(db, 'p');
    expect((await db.documents.get('p'))?.unsynced).toBe(0);
    await markUnsynced(db, 'p');
    expect((await db.documents.get('p'))?.unsynced).toBe(1);

    // A confirmation older than the last local edit leaves the flag set.
    const updatedAt = (await db.documents.get('p'))?.updatedAt ?? 0;
    await markSynced(db, 'p', updatedAt - 1);
    expect((await db.documents.get('p'))?.unsynced).toBe(1);
    await markSynced(db, 'p', updatedAt);
    expect((await db.documents.get('p'))?.unsynced).toBe(0);
  });
});
