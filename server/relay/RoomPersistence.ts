import * as Y from 'yjs';
import { headerReviewDate } from '../../shared/blocks/documentHeader/headerReviewDate.ts';
import { titleText } from '../../shared/document/docFields.ts';
import { errorMessage, log } from '../log.ts';
import { countPersistenceError } from '../metrics/relayMetrics.ts';
import type { DocAppend, DocMeta, DocStore, StoredDoc } from './DocStore.ts';
import type { CommitSource, GroupCommit } from './GroupCommit.ts';
import type { PersistenceHealth } from './PersistenceHealth.ts';

const FIRST_RETRY_MS = 500;
const MAX_RETRY_MS = 30_000;

interface Waiter {
  target: number;
  resolve: () => void;
  reject: (error: Error) => void;
}

/** Settings of a room's persistence. */
export interface RoomPersistenceOptions {
  store: DocStore;
  /** Writes the pending updates of every room together. */
  commits: GroupCommit;
  health: PersistenceHealth;
  /** Update rows above which the document is compacted into one. */
  compactAfterRows: number;
}

/**
 * Writes one loaded document's updates to the store through the relay's group commit:
 * updates queued until the next batch are merged into one row. A failed write keeps the
 * updates in memory, is logged and retried with backoff; `whenDurable` lets callers wait
 * until what they have seen is on disk.
 */
export class RoomPersistence implements CommitSource {
  private pending: Uint8Array[] = [];
  /** Updates of the append in flight, and the meta it writes. */
  private inFlight: { updates: Uint8Array[]; meta: DocMeta } | undefined;
  private enqueued = 0;
  private written = 0;
  private nextSeq: number;
  private rows: number;
  private meta: DocMeta | undefined;
  private waiters: Waiter[] = [];
  private compacting = false;
  private retryMs = FIRST_RETRY_MS;
  private retryTimer: NodeJS.Timeout | undefined;
  private discarded = false;

  constructor(
    private readonly docId: string,
    private readonly doc: Y.Doc,
    stored: StoredDoc,
    private readonly options: RoomPersistenceOptions,
  ) {
    this.nextSeq = stored.lastSeq + 1;
    this.rows = stored.updates.length;
    this.meta = stored.meta;
  }

  /** Queues an update for the group commit's next batch. */
  enqueue(update: Uint8Array): void {
    if (this.discarded) return;
    this.pending.push(update);
    this.enqueued++;
    this.requestWrite();
  }

  /** Resolves once every update queued before this call is on disk (waiting through retries). */
  whenDurable(): Promise<void> {
    if (this.written >= this.enqueued) return Promise.resolve();
    return new Promise((resolve, reject) => {
      this.waiters.push({ target: this.enqueued, resolve, reject });
    });
  }

  /** Merges all rows of the document into one, if there is more than one. */
  async compact(): Promise<void> {
    if (this.rows <= 1 || this.discarded || this.compacting) return;
    // Takes the next row number, so rows appended later stay after the merged one.
    const seq = this.nextSeq++;
    const merged = Y.encodeStateAsUpdate(this.doc);
    this.compacting = true;
    try {
      await this.options.store.compact(this.docId, seq, merged);
      this.rows = 1;
    } catch (error) {
      // The uncompacted rows are still complete; compaction is retried next time.
      countPersistenceError();
      log('warn', 'compaction-failed', { docId: this.docId, error: errorMessage(error) });
    } finally {
      this.compacting = false;
      this.requestWrite();
    }
  }

  /** Stops writing (the document was deleted); waiters are rejected. */
  discard(): void {
    this.discarded = true;
    this.pending = [];
    clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
    this.options.health.succeeded(this.docId);
    for (const waiter of this.waiters) waiter.reject(new Error('persistence stopped'));
    this.waiters = [];
  }

  /** Everything pending as one row, unless a write or compaction of this document is under way. */
  take(): DocAppend | undefined {
    if (!this.writable) return undefined;
    const updates = this.pending;
    this.pending = [];
    const now = new Date().toISOString();
    const meta: DocMeta = {
      title: titleText(this.doc).toString(),
      reviewDate: headerReviewDate(this.doc) || undefined,
      createdAt: this.meta?.createdAt ?? now,
      updatedAt: now,
    };
    this.inFlight = { updates, meta };
    const row = updates.length === 1 ? updates[0]! : Y.mergeUpdates(updates);
    return { docId: this.docId, firstSeq: this.nextSeq++, updates: [row], meta };
  }

  /** The row taken last is on disk: what it held is durable. */
  committed(): void {
    const done = this.inFlight;
    this.inFlight = undefined;
    if (!done || this.discarded) return;
    this.meta = done.meta;
    this.rows++;
    this.written += done.updates.length;
    this.retryMs = FIRST_RETRY_MS;
    this.options.health.succeeded(this.docId);
    this.resolveWaiters();
    if (this.rows > this.options.compactAfterRows) void this.compact();
    else this.requestWrite();
  }

  /** The row taken last was not written: its updates wait for a retry with backoff. */
  failed(error: unknown): void {
    const lost = this.inFlight;
    this.inFlight = undefined;
    if (!lost || this.discarded) return;
    this.pending = lost.updates.concat(this.pending);
    this.options.health.failed(this.docId, errorMessage(error));
    log('error', 'persistence-write-failed', {
      docId: this.docId,
      updates: this.pending.length,
      retryInMs: this.retryMs,
      error: errorMessage(error),
    });
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      this.requestWrite();
    }, this.retryMs);
    this.retryTimer.unref();
    this.retryMs = Math.min(this.retryMs * 2, MAX_RETRY_MS);
  }

  /** True when there is something to write and no write, compaction or retry wait is under way. */
  private get writable(): boolean {
    if (this.discarded || this.inFlight || this.compacting || this.retryTimer) return false;
    return this.pending.length > 0;
  }

  /** Asks the group commit for a write when there is something it could take now. */
  private requestWrite(): void {
    if (this.writable) this.options.commits.request(this);
  }

  private resolveWaiters(): void {
    const done = this.waiters.filter((w) => w.target <= this.written);
    this.waiters = this.waiters.filter((w) => w.target > this.written);
    for (const waiter of done) waiter.resolve();
  }
}
