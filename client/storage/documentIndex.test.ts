import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createDoc, titleText } from '../../shared/document/docFields.ts';
import {
  deleteLocalDocument,
  listDocuments,
  loadDocState,
  markSynced,
  markUnsynced,
  renameDocument,
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

describe('renameDocument', () => {
  it('renames a closed document so opening it shows the new title', async () => {
    const db = database();
    await withDoc(db, 'p', (doc) => {
      titleText(doc).insert(0, 'Protocol A');
      doc.getText('notes').insert(0, 'body');
    });
    await markSynced(db, 'p');

    await renameDocument(db, 'p', 'Protocol B');

    const opened = await withDoc(db, 'p');
    expect(titleText(opened).toString()).toBe('Protocol B');
    expect(opened.getText('notes').toString()).toBe('body');
    expect(await db.documents.get('p')).toMatchObject({ title: 'Protocol B', unsynced: 1 });
  });

  it('merges with a concurrent rename made elsewhere', async () => {
    const db = database();
    const original = await withDoc(db, 'p', (doc) => titleText(doc).insert(0, 'Protocol'));
    const peer = createDoc();
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(original));
    const sv = Y.encodeStateVector(peer);
    titleText(peer).insert(0, 'Joint ');

    await renameDocument(db, 'p', 'Protocol 2026');
    const state = await loadDocState(db, 'p');
    if (!state) throw new Error('state missing');
    Y.applyUpdate(peer, state);
    expect(titleText(peer).toString()).toBe('Joint Protocol 2026');
    // The stored rename is the minimal edit, applicable on top of the peer's own.
    expect(Y.encodeStateAsUpdate(peer, sv).byteLength).toBeLessThan(state.byteLength);
  });

  it('writes nothing when the title is unchanged, and rejects unknown documents', async () => {
    const db = database();
    await withDoc(db, 'p', (doc) => titleText(doc).insert(0, 'Same'));
    await markSynced(db, 'p');
    await renameDocument(db, 'p', 'Same');
    expect(await db.updates.count()).toBe(1);
    expect((await db.documents.get('p'))?.unsynced).toBe(0);
    await expect(renameDocument(db, 'missing', 'x')).rejects.toThrow('Unknown document');
  });
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
    expect(await loadDocState(db, 'gone')).toBeNull();
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

describe('loadDocState', () => {
  it('returns the merged stored state, or null', async () => {
    const db = database();
    expect(await loadDocState(db, 'none')).toBeNull();
    await withDoc(db, 'p', (doc) => titleText(doc).insert(0, 'One'));
    await withDoc(db, 'p', (doc) => titleText(doc).insert(3, ' two'));
    const doc = createDoc();
    const state = await loadDocState(db, 'p');
    if (!state) throw new Error('state missing');
    Y.applyUpdate(doc, state);
    expect(titleText(doc).toString()).toBe('One two');
  });
});
