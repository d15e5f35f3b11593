import { countPersistenceError, observePersistenceWrite } from '../metrics/relayMetrics.ts';
import type { DocAppend, DocStore } from './DocStore.ts';

/** A document with updates to write: a room's persistence. */
export interface CommitSource {
  /**
   * Hands over everything it has pending as one append (its rows now in flight), or
   * `undefined` when it has nothing to write right now.
   */
  take(): DocAppend | undefined;
  /** The append taken last is on disk. */
  committed(): void;
  /** The append taken last was not written; its updates are the source's again. */
  failed(error: unknown): void;
}

/**
 * The relay's group commit: every document with pending updates is written in one synced
 * batch at the end of the tick in which they arrived, with at most one batch in flight.
 * Updates arriving while a batch is being written go into the next one, so under load
 * batches grow instead of disk syncs, thread-pool hand-offs and their completions piling
 * up per document. Nothing is reported durable before its batch is on disk.
 */
export class GroupCommit {
  private readonly waiting = new Set<CommitSource>();
  private writing = false;
  private scheduled = false;

  constructor(private readonly store: DocStore) {}

  /** Includes `source` in the next batch. */
  request(source: CommitSource): void {
    this.waiting.add(source);
    this.schedule();
  }

  private schedule(): void {
    if (this.writing || this.scheduled || this.waiting.size === 0) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      void this.flush();
    });
  }

  private async flush(): Promise<void> {
    const sources: CommitSource[] = [];
    const appends: DocAppend[] = [];
    for (const source of this.waiting) {
      const append = source.take();
      if (!append) continue;
      sources.push(source);
      appends.push(append);
    }
    this.waiting.clear();
    if (appends.length === 0) return;
    this.writing = true;
    const started = performance.now();
    try {
      await this.store.appendAll(appends);
    } catch (error) {
      countPersistenceError();
      for (const source of sources) source.failed(error);
      return;
    } finally {
      this.writing = false;
      this.schedule();
    }
    observePersistenceWrite((performance.now() - started) / 1000);
    for (const source of sources) source.committed();
  }
}
