// The page the client-persistence benchmark drives: our LocalPersistence (Dexie) and
// y-indexeddb side by side, on the same Y.Doc type, through `window.persistenceBench`.
import { IndexeddbPersistence } from 'y-indexeddb';
import type * as Y from 'yjs';
import { bodyFragment, createDoc, titleText } from '../../../shared/document/docFields.ts';
import { LocalPersistence } from '../../../client/storage/LocalPersistence.ts';
import { ProtocolDatabase } from '../../../client/storage/ProtocolDatabase.ts';
import { whenNextWriteCommits } from './idbCommits.ts';

/** Which store: ours or the anchor. */
export type StoreKind = 'ours' | 'y-indexeddb';

/** A store bound to a doc, whatever its library. */
interface Opened {
  doc: Y.Doc;
  /** Stops the binding once the library's own after-load work is done. */
  close(): Promise<void>;
}

const OURS_DB = 'protocol-editor';

async function open(kind: StoreKind, docId: string): Promise<Opened> {
  const doc = createDoc();
  if (kind === 'ours') {
    const db = new ProtocolDatabase(OURS_DB);
    const persistence = new LocalPersistence(db, docId, doc);
    await persistence.whenLoaded;
    return {
      doc,
      close: async () => {
        await persistence.destroy();
        db.close();
      },
    };
  }
  const persistence = new IndexeddbPersistence(docId, doc);
  await persistence.whenSynced;
  return { doc, close: () => persistence.destroy() };
}

/** Rows of `docId` in a store: how many and their total bytes. */
async function size(kind: StoreKind, docId: string): Promise<{ rows: number; bytes: number }> {
  const updates =
    kind === 'ours'
      ? (await readOurs(docId)).map((row) => row.update)
      : await readAll(docId, 'updates');
  return { rows: updates.length, bytes: updates.reduce((sum, u) => sum + u.byteLength, 0) };
}

async function readOurs(docId: string) {
  const db = new ProtocolDatabase(OURS_DB);
  const rows = await db.updates.where('docId').equals(docId).toArray();
  db.close();
  return rows;
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

async function readAll(dbName: string, store: string): Promise<Uint8Array[]> {
  const db = await request(indexedDB.open(dbName));
  const rows = await request(db.transaction(store).objectStore(store).getAll());
  db.close();
  return rows as Uint8Array[];
}

const api = {
  /** Deletes both stores. */
  async clear(docId: string): Promise<void> {
    await request(indexedDB.deleteDatabase(OURS_DB));
    await request(indexedDB.deleteDatabase(docId));
  },

  /** Writes `updates` as rows, one per update, in each library's own layout. */
  async seed(kind: StoreKind, docId: string, updates: number[][]): Promise<void> {
    const rows = updates.map((u) => Uint8Array.from(u));
    if (kind === 'ours') {
      const db = new ProtocolDatabase(OURS_DB);
      await db.updates.bulkAdd(rows.map((update) => ({ docId, update })));
      db.close();
      return;
    }
    // Let y-indexeddb create its database, then add the rows to its `updates` store.
    const { close } = await open(kind, docId);
    await close();
    const db = await request(indexedDB.open(docId));
    const tx = db.transaction('updates', 'readwrite');
    for (const row of rows) tx.objectStore('updates').add(row);
    await new Promise((resolve) => (tx.oncomplete = resolve));
    db.close();
  },

  /** Opens the document from the store; resolves with the time until its content is loaded. */
  async open(kind: StoreKind, docId: string): Promise<{ ms: number; bodyLength: number }> {
    const started = performance.now();
    const opened = await open(kind, docId);
    const ms = performance.now() - started;
    const bodyLength = bodyFragment(opened.doc).length;
    await opened.close();
    return { ms, bodyLength };
  },

  /** Times `edits` title edits, each from the change until the IndexedDB write holding it commits. */
  async editToDurable(kind: StoreKind, docId: string, edits: number): Promise<number[]> {
    const opened = await open(kind, docId);
    const title = titleText(opened.doc);
    const times: number[] = [];
    for (let i = 0; i < edits; i++) {
      const started = performance.now();
      const committed = whenNextWriteCommits();
      title.insert(title.length, 'x');
      times.push((await committed) - started);
    }
    await opened.close();
    return times;
  },

  size,
};

declare global {
  interface Window {
    persistenceBench: typeof api;
  }
}
window.persistenceBench = api;
