import { ClassicLevel } from 'classic-level';

/** What the store knows about a document besides its updates. */
export interface DocMeta {
  title: string;
  /** The header's review date (YYYY-MM-DD), when the document has one. */
  reviewDate?: string;
  /** ISO 8601 time of the first stored update. */
  createdAt: string;
  /** ISO 8601 time of the last stored update. */
  updatedAt: string;
  /** Set once the document was deleted; its update rows are gone. */
  deleted?: boolean;
}

/** Rows to append to one document, with its new meta. */
export interface DocAppend {
  docId: string;
  /** Sequence number of the first row; the rows take `firstSeq, firstSeq + 1, …`. */
  firstSeq: number;
  updates: Uint8Array[];
  meta: DocMeta;
}

/** A document as read from disk. */
export interface StoredDoc {
  meta: DocMeta | undefined;
  updates: Uint8Array[];
  /** Sequence number of the last update row, -1 when there are none. */
  lastSeq: number;
}

const SEQ_DIGITS = 16;
const encoder = new TextEncoder();
const decoder = new TextDecoder();

const metaKey = (docId: string) => `m!${docId}`;
const updatePrefix = (docId: string) => `u!${docId}!`;
const updateKey = (docId: string, seq: number) =>
  updatePrefix(docId) + String(seq).padStart(SEQ_DIGITS, '0');
// Ids never contain '!' or '\uffff', so these bounds hold exactly one document's rows.
const rowRange = (docId: string) => ({
  gte: updatePrefix(docId),
  lt: `${updatePrefix(docId)}\uffff`,
});

/**
 * The relay's embedded on-disk store (LevelDB via classic-level). Each Yjs update is one row
 * `u!<docId>!<seq>`; `m!<docId>` holds JSON meta. Operations on one document run one at a
 * time (a write of several documents waits for each of them), so a deletion never
 * interleaves with a write or a compaction of the same document.
 */
export class DocStore {
  private readonly locks = new Map<string, Promise<unknown>>();

  private constructor(private readonly db: ClassicLevel<string, Uint8Array>) {}

  /** Opens (creating if needed) the store in `dir`. */
  static async open(dir: string): Promise<DocStore> {
    const db = new ClassicLevel<string, Uint8Array>(dir, { valueEncoding: 'view' });
    await db.open();
    return new DocStore(db);
  }

  /** Reads a document's meta and every update row, in order. */
  load(docId: string): Promise<StoredDoc> {
    return this.exclusive(docId, async () => {
      const updates: Uint8Array[] = [];
      let lastSeq = -1;
      for await (const [key, value] of this.db.iterator(rowRange(docId))) {
        updates.push(value);
        lastSeq = Number(key.slice(updatePrefix(docId).length));
      }
      return { meta: await this.metaOf(docId), updates, lastSeq };
    });
  }

  /** Reads a document's meta, or `undefined` when it was never stored. */
  readMeta(docId: string): Promise<DocMeta | undefined> {
    return this.exclusive(docId, () => this.metaOf(docId));
  }

  /**
   * Appends `updates` as rows `firstSeq, firstSeq + 1, …` and replaces the meta, in one
   * synced batch: when it resolves, the updates survive a crash of the relay.
   */
  append(docId: string, firstSeq: number, updates: Uint8Array[], meta: DocMeta): Promise<void> {
    return this.appendAll([{ docId, firstSeq, updates, meta }]);
  }

  /**
   * `append` for several documents (each at most once) in one synced batch: one disk sync
   * for all of them, and either every row is written or none is.
   */
  appendAll(appends: readonly DocAppend[]): Promise<void> {
    return this.exclusiveAll(
      appends.map((append) => append.docId),
      async () => {
        const batch = this.db.batch();
        for (const { docId, firstSeq, updates, meta } of appends) {
          updates.forEach((update, i) => batch.put(updateKey(docId, firstSeq + i), update));
          batch.put(metaKey(docId), encoder.encode(JSON.stringify(meta)));
        }
        await batch.write({ sync: true });
      },
    );
  }

  /** Writes `merged` as row `seq` and deletes every older row of the document, atomically. */
  compact(docId: string, seq: number, merged: Uint8Array): Promise<void> {
    return this.exclusive(docId, async () => {
      const batch = this.db.batch();
      for await (const key of this.db.keys({ ...rowRange(docId), lt: updateKey(docId, seq) })) {
        batch.del(key);
      }
      batch.put(updateKey(docId, seq), merged);
      await batch.write({ sync: true });
    });
  }

  /** Marks a document deleted and removes its update rows. Rows appended later are kept. */
  tombstone(docId: string, now: Date): Promise<void> {
    return this.exclusive(docId, async () => {
      const previous = await this.metaOf(docId);
      const at = now.toISOString();
      const meta: DocMeta = {
        title: previous?.title ?? '',
        createdAt: previous?.createdAt ?? at,
        updatedAt: at,
        deleted: true,
      };
      const batch = this.db.batch();
      for await (const key of this.db.keys(rowRange(docId))) batch.del(key);
      batch.put(metaKey(docId), encoder.encode(JSON.stringify(meta)));
      await batch.write({ sync: true });
    });
  }

  /** Meta of every stored document, deleted ones included, ordered by id. */
  async listMeta(): Promise<Array<{ id: string; meta: DocMeta }>> {
    const result: Array<{ id: string; meta: DocMeta }> = [];
    for await (const [key, value] of this.db.iterator({ gte: 'm!', lt: 'm!\uffff' })) {
      result.push({ id: key.slice(2), meta: parseMeta(value) });
    }
    return result;
  }

  /** Number of update rows stored for a document (for tests and diagnostics). */
  countUpdateRows(docId: string): Promise<number> {
    return this.exclusive(docId, async () => (await this.db.keys(rowRange(docId)).all()).length);
  }

  /**
   * The underlying database, for stores that keep their own key prefixes beside `u!` and
   * `m!` (`GrantStore`: `g!`, `r!`), so the directory is opened once per process.
   */
  get database(): ClassicLevel<string, Uint8Array> {
    return this.db;
  }

  /** Closes the database; pending operations finish first. */
  async close(): Promise<void> {
    await Promise.allSettled([...this.locks.values()]);
    await this.db.close();
  }

  private async metaOf(docId: string): Promise<DocMeta | undefined> {
    const value = await this.db.get(metaKey(docId));
    return value === undefined ? undefined : parseMeta(value);
  }

  private exclusive<T>(docId: string, task: () => Promise<T>): Promise<T> {
    return this.exclusiveAll([docId], task);
  }

  /** Runs `task` after every earlier operation on any of `docIds`, and before later ones. */
  private exclusiveAll<T>(docIds: readonly string[], task: () => Promise<T>): Promise<T> {
    const previous = docIds.flatMap((docId) => this.locks.get(docId) ?? []);
    const next = Promise.all(previous).then(task);
    const settled = next.catch(() => undefined);
    for (const docId of docIds) this.locks.set(docId, settled);
    void settled.then(() => {
      for (const docId of docIds) {
        if (this.locks.get(docId) === settled) this.locks.delete(docId);
      }
    });
    return next;
  }
}

function parseMeta(value: Uint8Array): DocMeta {
  return JSON.parse(decoder.decode(value)) as DocMeta;
}
