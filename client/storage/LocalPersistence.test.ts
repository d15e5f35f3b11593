import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { bodyFragment, createDoc, titleText } from '../../shared/document/docFields.ts';
import { LocalPersistence, type LocalPersistenceOptions } from './LocalPersistence.ts';
import { openTestDatabase } from './openTestDatabase.ts';
import type { ProtocolDatabase } from './ProtocolDatabase.ts';

const docId = 'doc-1';
const databases: ProtocolDatabase[] = [];
const open: LocalPersistence[] = [];

function database(): ProtocolDatabase {
  const db = openTestDatabase();
  databases.push(db);
  return db;
}

function persist(db: ProtocolDatabase, doc: Y.Doc, options?: LocalPersistenceOptions) {
  const persistence = new LocalPersistence(db, docId, doc, options);
  open.push(persistence);
  return persistence;
}

/** Opens the document in a fresh Y.Doc, reads it, and closes it again. */
async function reopen(db: ProtocolDatabase, options?: LocalPersistenceOptions): Promise<Y.Doc> {
  const doc = createDoc();
  const persistence = persist(db, doc, options);
  await persistence.whenLoaded;
  await persistence.destroy();
  return doc;
}

function rows(db: ProtocolDatabase) {
  return db.updates.where('docId').equals(docId).sortBy('seq');
}

function body(doc: Y.Doc): Y.Text {
  return doc.getText('notes');
}

afterEach(async () => {
  await Promise.all(open.splice(0).map((persistence) => persistence.destroy()));
  for (const db of databases.splice(0)) db.close();
});

describe('LocalPersistence', () => {
  it('starts writing when its scheduler says so, and a flush does not wait for it', async () => {
    const db = database();
    const doc = createDoc();
    const scheduled: (() => void)[] = [];
    let firstStored!: () => void;
    const storedOnce = new Promise<void>((resolve) => (firstStored = resolve));
    const persistence = persist(db, doc, {
      schedule: (write) => scheduled.push(write),
      onStored: () => firstStored(),
    });
    await persistence.whenLoaded;

    body(doc).insert(0, 'Lead: SAB');
    body(doc).insert(9, '.');
    await db.transaction('r', db.updates, () => undefined); // a round trip to the database
    expect(scheduled).toHaveLength(1);
    expect(await rows(db)).toHaveLength(0);

    scheduled[0]!();
    await storedOnce;
    expect(await rows(db)).toHaveLength(1);

    body(doc).insert(0, 'Joint ');
    await persistence.flushed();
    expect(await rows(db)).toHaveLength(2);
    expect(scheduled).toHaveLength(2);
    scheduled[1]!(); // the flush took the batch: nothing is left to write
    await persistence.flushed();
    expect(await rows(db)).toHaveLength(2);
    expect(body(await reopen(db)).toString()).toBe('Joint Lead: SAB.');
  });

  it('stores an edit that a new doc loads', async () => {
    const db = database();
    const doc = createDoc();
    const persistence = persist(db, doc);
    await persistence.whenLoaded;
    titleText(doc).insert(0, 'Joint protocol');
    bodyFragment(doc).insert(0, [new Y.XmlText('first step')]);
    await persistence.flushed();

    const loaded = await reopen(db);
    expect(titleText(loaded).toString()).toBe('Joint protocol');
    expect(bodyFragment(loaded).toString()).toBe(bodyFragment(doc).toString());
  });

  it('coalesces the updates of one tick into one row', async () => {
    const db = database();
    const doc = createDoc();
    const persistence = persist(db, doc);
    await persistence.whenLoaded;
    for (const word of ['a', 'b', 'c', 'd']) body(doc).insert(0, word);
    await persistence.flushed();
    expect(await rows(db)).toHaveLength(1);
  });

  it('does not grow the store when a document is reopened', async () => {
    const db = database();
    const doc = createDoc();
    const persistence = persist(db, doc);
    for (const word of ['one ', 'two ', 'three ']) {
      body(doc).insert(body(doc).length, word);
      await persistence.flushed();
    }
    await persistence.destroy();
    expect(await rows(db)).toHaveLength(3);
    await reopen(db); // merges the three rows into one
    const stored = await rows(db);
    const index = await db.documents.toArray();
    expect(stored).toHaveLength(1);

    for (let i = 0; i < 20; i++) {
      const loaded = await reopen(db);
      expect(body(loaded).toString()).toBe('one two three ');
    }
    const after = await rows(db);
    expect(after).toHaveLength(1);
    expect(after).toEqual(stored);
    expect(after[0]?.update.byteLength).toBe(stored[0]?.update.byteLength);
    expect(await db.documents.toArray()).toEqual(index);
  });

  it('compacts the log once it passes compactAfter rows', async () => {
    const db = database();
    const doc = createDoc();
    const persistence = persist(db, doc, { compactAfter: 8 });
    await persistence.whenLoaded;
    for (let i = 0; i < 20; i++) {
      body(doc).insert(body(doc).length, `${i},`);
      await persistence.flushed();
      expect((await rows(db)).length).toBeLessThanOrEqual(9);
    }
    await persistence.flushed();
    // Compacted after edits 9 and 17, then three more rows.
    expect((await rows(db)).length).toBeLessThanOrEqual(4);
    const loaded = await reopen(db);
    expect(body(loaded).toString()).toBe(body(doc).toString());
  });

  it('on a long document, waits until the log has grown by a quarter before merging it', async () => {
    const db = database();
    const doc = createDoc();
    const persistence = persist(db, doc, { compactAfter: 8 });
    body(doc).insert(0, 'Each board reports to the others twice a year. '.repeat(400));
    await persistence.flushed();
    await persistence.compact();
    const base = (await rows(db))[0]!.update.byteLength;
    let written = 0;
    for (let i = 0; written * 4 <= base; i++) {
      body(doc).insert(body(doc).length, 'x');
      await persistence.flushed();
      const log = await rows(db);
      written += log.at(-1)!.update.byteLength;
      // Keystrokes past compactAfter stay separate rows while they are small beside it.
      if (written * 4 <= base) expect(log).toHaveLength(i + 2);
    }
    await persistence.flushed();
    expect(await rows(db)).toHaveLength(1);
    const loaded = await reopen(db);
    expect(body(loaded).toString()).toBe(body(doc).toString());
  });

  it('keeps writes that land while a compaction is queued', async () => {
    const db = database();
    const doc = createDoc();
    const persistence = persist(db, doc);
    for (let i = 0; i < 5; i++) {
      body(doc).insert(body(doc).length, `${i}`);
      await persistence.flushed();
    }
    const otherTab = createDoc();
    const compaction = persistence.compact();
    body(doc).insert(0, 'edit ');
    const direct = [0, 1, 2, 3, 4].map(async (delay) => {
      for (let i = 0; i < delay; i++) await Promise.resolve();
      const before = Y.encodeStateVector(otherTab);
      otherTab.getText('other').insert(0, `${delay}`);
      await db.updates.add({ docId, update: Y.encodeStateAsUpdate(otherTab, before) });
    });
    await Promise.all([compaction, ...direct, persistence.flushed()]);

    const loaded = await reopen(db);
    expect(body(loaded).toString()).toBe('edit 01234');
    expect(loaded.getText('other').toString()).toBe(otherTab.getText('other').toString());
    expect(loaded.getText('other').length).toBe(5);
  });

  it('loses no edit when two tabs write and compact the same document', async () => {
    const db = database();
    const tabA = createDoc();
    const tabB = createDoc();
    const a = persist(db, tabA, { compactAfter: 3 });
    const b = persist(db, tabB, { compactAfter: 2 });
    await Promise.all([a.whenLoaded, b.whenLoaded]);
    const writes: Promise<void>[] = [];
    for (let i = 0; i < 25; i++) {
      tabA.getText('a').insert(0, 'a');
      tabB.getText('b').insert(0, 'b');
      writes.push(a.flushed(), b.flushed());
      if (i % 3 === 0) await Promise.resolve();
    }
    await Promise.all(writes);
    await Promise.all([a.destroy(), b.destroy()]);

    const loaded = await reopen(db);
    expect(loaded.getText('a').length).toBe(25);
    expect(loaded.getText('b').length).toBe(25);
    expect((await rows(db)).length).toBe(1);
  });

  it('keeps updates made before whenLoaded resolves', async () => {
    const db = database();
    const first = createDoc();
    const firstPersistence = persist(db, first);
    body(first).insert(0, 'stored');
    await firstPersistence.destroy();

    const doc = createDoc();
    const persistence = persist(db, doc);
    doc.getText('early').insert(0, 'typed during load');
    await persistence.whenLoaded;
    expect(body(doc).toString()).toBe('stored');
    await persistence.destroy();

    const loaded = await reopen(db);
    expect(body(loaded).toString()).toBe('stored');
    expect(loaded.getText('early').toString()).toBe('typed during load');
  });

  it('does not write back updates whose origin is the persistence', async () => {
    const db = database();
    const doc = createDoc();
    const persistence = persist(db, doc);
    await persistence.whenLoaded;
    body(doc).insert(0, 'x');
    await persistence.flushed();
    const before = await rows(db);

    const other = createDoc();
    body(other).insert(0, 'from elsewhere');
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other), persistence);
    doc.transact(() => body(doc).insert(0, 'y'), persistence);
    await persistence.flushed();
    expect(await rows(db)).toEqual(before);
  });

  it('converges two offline devices that exchange updates', async () => {
    const remote = 'network';
    const options = { isLocal: (origin: unknown) => origin !== remote };
    const dbA = database();
    const dbB = database();
    const docA = createDoc();
    const docB = createDoc();
    const a = persist(dbA, docA, options);
    const b = persist(dbB, docB, options);
    await Promise.all([a.whenLoaded, b.whenLoaded]);
    body(docA).insert(0, 'from A');
    titleText(docA).insert(0, 'Shared');
    await a.flushed();
    body(docB).insert(0, 'from B');
    await b.flushed();

    const toB = Y.encodeStateAsUpdate(docA, Y.encodeStateVector(docB));
    const toA = Y.encodeStateAsUpdate(docB, Y.encodeStateVector(docA));
    Y.applyUpdate(docB, toB, remote);
    Y.applyUpdate(docA, toA, remote);
    await Promise.all([a.destroy(), b.destroy()]);

    const reloadedA = await reopen(dbA, options);
    const reloadedB = await reopen(dbB, options);
    const text = body(reloadedA).toString();
    expect(text).toContain('from A');
    expect(text).toContain('from B');
    expect(body(reloadedB).toString()).toBe(text);
    expect(titleText(reloadedB).toString()).toBe('Shared');
    // Device B learned the title from the network: indexed, but not B's own edit.
    const rowB = await dbB.documents.get(docId);
    expect(rowB?.title).toBe('Shared');
  });

  it('keeps the index row: title, updatedAt only for local edits, unsynced on creation', async () => {
    const remote = 'network';
    const db = database();
    const doc = createDoc();
    const persistence = persist(db, doc, { isLocal: (origin) => origin !== remote });
    await persistence.whenLoaded;
    const peer = createDoc();
    titleText(peer).insert(0, 'From a peer');
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(peer), remote);
    await persistence.flushed();
    const created = await db.documents.get(docId);
    expect(created).toMatchObject({ title: 'From a peer', unsynced: 0 });

    const sv = Y.encodeStateVector(peer);
    titleText(peer).insert(0, 'Renamed ');
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(peer, sv), remote);
    await persistence.flushed();
    const renamed = await db.documents.get(docId);
    expect(renamed?.title).toBe('Renamed From a peer');
    expect(renamed?.updatedAt).toBe(created?.updatedAt);

    await new Promise((resolve) => setTimeout(resolve, 5));
    body(doc).insert(0, 'local');
    await persistence.flushed();
    const edited = await db.documents.get(docId);
    expect(edited?.updatedAt).toBeGreaterThan(created?.updatedAt ?? Infinity);
    expect(edited?.createdAt).toBe(created?.createdAt);
  });

  it('writes nothing when an empty document is opened and closed', async () => {
    const db = database();
    await reopen(db);
    expect(await db.updates.count()).toBe(0);
    expect(await db.documents.count()).toBe(0);
  });
});
