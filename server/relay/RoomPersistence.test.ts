import * as Y from 'yjs';
import { describe, expect, it, vi } from 'vitest';
import { createDoc } from '../../shared/document/docFields.ts';
import type { DocAppend, DocStore } from './DocStore.ts';
import { GroupCommit } from './GroupCommit.ts';
import { PersistenceHealth } from './PersistenceHealth.ts';
import { RoomPersistence } from './RoomPersistence.ts';

/** A store whose first `failures` writes fail, recording the rows it accepted. */
function flakyStore(failures: number) {
  const rows: Uint8Array[] = [];
  let remaining = failures;
  const store = {
    async appendAll(appends: readonly DocAppend[]) {
      if (remaining-- > 0) throw new Error('disk full');
      for (const append of appends) rows.push(...append.updates);
    },
    async compact() {},
  };
  const typed = store as unknown as DocStore;
  return { store: typed, commits: new GroupCommit(typed), rows };
}

describe('RoomPersistence', () => {
  it('merges updates of one tick into one row', async () => {
    const { store, commits, rows } = flakyStore(0);
    const doc = createDoc();
    const health = new PersistenceHealth();
    const persistence = new RoomPersistence(
      'doc-one',
      doc,
      { meta: undefined, updates: [], lastSeq: -1 },
      { store, commits, health, compactAfterRows: 200 },
    );
    doc.on('update', (update: Uint8Array) => persistence.enqueue(update));
    doc.getText('title').insert(0, 'a');
    doc.getText('title').insert(1, 'b');
    await persistence.whenDurable();
    expect(rows).toHaveLength(1);
  });

  it('keeps failed updates, reports them in health, and retries until they are written', async () => {
    const { store, commits, rows } = flakyStore(2);
    const doc = createDoc();
    const health = new PersistenceHealth();
    const persistence = new RoomPersistence(
      'doc-two',
      doc,
      { meta: undefined, updates: [], lastSeq: -1 },
      { store, commits, health, compactAfterRows: 200 },
    );
    doc.on('update', (update: Uint8Array) => persistence.enqueue(update));
    doc.getText('title').insert(0, 'kept');
    const durable = persistence.whenDurable();

    await expect.poll(() => health.status()).toEqual({ ok: false, lastError: 'disk full' });
    await durable;
    expect(health.status()).toEqual({ ok: true });
    const restored = createDoc();
    for (const row of rows) Y.applyUpdate(restored, row);
    expect(restored.getText('title').toString()).toBe('kept');
  });

  it('writes the updates of several documents of one tick in one batch', async () => {
    const { store, commits, rows } = flakyStore(0);
    const health = new PersistenceHealth();
    const docs = ['doc-a', 'doc-b'].map((docId) => {
      const doc = createDoc();
      const persistence = new RoomPersistence(
        docId,
        doc,
        { meta: undefined, updates: [], lastSeq: -1 },
        { store, commits, health, compactAfterRows: 200 },
      );
      doc.on('update', (update: Uint8Array) => persistence.enqueue(update));
      return { doc, persistence };
    });
    const appendAll = vi.spyOn(store, 'appendAll');
    for (const { doc } of docs) doc.getText('title').insert(0, 'x');
    await Promise.all(docs.map(({ persistence }) => persistence.whenDurable()));
    expect(appendAll).toHaveBeenCalledTimes(1);
    expect(rows).toHaveLength(2);
  });
});
