import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { createDoc } from '../../shared/document/docFields.ts';
import type { DocMeta, DocStore } from './DocStore.ts';
import { PersistenceHealth } from './PersistenceHealth.ts';
import { RoomPersistence } from './RoomPersistence.ts';

/** A store whose first `failures` appends fail, recording the rows it accepted. */
function flakyStore(failures: number) {
  const rows: Uint8Array[] = [];
  let remaining = failures;
  const store = {
    async append(_docId: string, _seq: number, updates: Uint8Array[], _meta: DocMeta) {
      if (remaining-- > 0) throw new Error('disk full');
      rows.push(...updates);
    },
    async compact() {},
  };
  return { store: store as unknown as DocStore, rows };
}

describe('RoomPersistence', () => {
  it('merges updates of one tick into one row', async () => {
    const { store, rows } = flakyStore(0);
    const doc = createDoc();
    const health = new PersistenceHealth();
    const persistence = new RoomPersistence(
      'doc-one',
      doc,
      { meta: undefined, updates: [], lastSeq: -1 },
      { store, health, compactAfterRows: 200 },
    );
    doc.on('update', (update: Uint8Array) => persistence.enqueue(update));
    doc.getText('title').insert(0, 'a');
    doc.getText('title').insert(1, 'b');
    await persistence.whenDurable();
    expect(rows).toHaveLength(1);
  });

  it('keeps failed updates, reports them in health, and retries until they are written', async () => {
    const { store, rows } = flakyStore(2);
    const doc = createDoc();
    const health = new PersistenceHealth();
    const persistence = new RoomPersistence(
      'doc-two',
      doc,
      { meta: undefined, updates: [], lastSeq: -1 },
      { store, health, compactAfterRows: 200 },
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
});
