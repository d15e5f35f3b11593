import * as Y from 'yjs';
import { headerReviewDate } from '../../shared/blocks/documentHeader/headerReviewDate.ts';
import { titleText } from '../../shared/document/docFields.ts';
import { errorMessage, log } from '../log.ts';
import { countPersistenceError, observePersistenceWrite } from '../metrics/relayMetrics.ts';
import type { DocMeta, DocStore, StoredDoc } from './DocStore.ts';
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
  health: PersistenceHealth;
  /** Update rows above which the document is compacted into one. */
  compactAfterRows: number;
}

/**
 * Writes one loaded document's updates to the store. Updates queued in the same tick are
 * merged into one row. A failed write keeps the updates in memory, is logged and retried
 * with backoff; `whenDurable` lets callers wait until what they have seen is on disk.
 */
export class RoomPersistence {
  private pending: Uint8Array[] = [];
  private enqueued = 0;
  private written = 0;
  private nextSeq: number;
  private rows: number;
  private meta: DocMeta | undefined;
  private waiters: Waiter[] = [];
  private draining = false;
  private scheduled = false;
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

  /** Queues an update for writing at the end of this tick. */
  enqueue(update: Uint8Array): void {
    if (this.discarded) return;
    this.pending.push(update);
    this.enqueued++;
    if (this.scheduled || this.retryTimer) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      void this.drain();
    });
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
    if (this.rows <= 1 || this.discarded) return;
    const seq = this.nextSeq;
    const merged = Y.encodeStateAsUpdate(this.doc);
    try {
      await this.options.store.compact(this.docId, seq, merged);
      this.nextSeq = seq + 1;
      this.rows = 1;
    } catch (error) {
      // The uncompacted rows are still complete; compaction is retried next time.
      countPersistenceError();
      log('warn', 'compaction-failed', { docId: this.docId, error: errorMessage(error) });
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

  private async drain(): Promise<void> {
    if (this.draining) return;
    this.draining = true;
    try {
      while (this.pending.length > 0 && !this.discarded) {
        if (!(await this.writeBatch())) return;
        if (this.rows > this.options.compactAfterRows) await this.compact();
      }
    } finally {
      this.draining = false;
    }
  }

  /** Writes everything pending as one row; false (and a retry scheduled) on failure. */
  private async writeBatch(): Promise<boolean> {
    const batch = this.pending;
    this.pending = [];
    const now = new Date().toISOString();
    const meta: DocMeta = {
      title: titleText(this.doc).toString(),
      reviewDate: headerReviewDate(this.doc) || undefined,
      createdAt: this.meta?.createdAt ?? now,
      updatedAt: now,
    };
    const started = performance.now();
    try {
      await this.options.store.append(this.docId, this.nextSeq, [Y.mergeUpdates(batch)], meta);
    } catch (error) {
      countPersistenceError();
      if (this.discarded) return false;
      this.pending = batch.concat(this.pending);
      this.options.health.failed(this.docId, errorMessage(error));
      log('error', 'persistence-write-failed', {
        docId: this.docId,
        updates: this.pending.length,
        retryInMs: this.retryMs,
        error: errorMessage(error),
      });
      this.scheduleRetry();
      return false;
    }
    observePersistenceWrite((performance.now() - started) / 1000);
    this.meta = meta;
    this.nextSeq++;
    this.rows++;
    this.written += batch.length;
    this.retryMs = FIRST_RETRY_MS;
    this.options.health.succeeded(this.docId);
    this.resolveWaiters();
    return true;
  }

  private scheduleRetry(): void {
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      void this.drain();
    }, this.retryMs);
    this.retryTimer.unref();
    this.retryMs = Math.min(this.retryMs * 2, MAX_RETRY_MS);
  }

  private resolveWaiters(): void {
    const done = this.waiters.filter((w) => w.target <= this.written);
    this.waiters = this.waiters.filter((w) => w.target > this.written);
    for (const waiter of done) waiter.resolve();
  }
}
