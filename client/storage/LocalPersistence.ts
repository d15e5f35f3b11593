import * as Y from 'yjs';
import { headerReviewDate } from '../../shared/blocks/documentHeader/headerReviewDate.ts';
import { titleText } from '../../shared/document/docFields.ts';
import { compactDoc } from './compactDoc.ts';
import { applyRows } from './mergeRows.ts';
import type { ProtocolDatabase } from './ProtocolDatabase.ts';
import { readDocRows } from './readDocRows.ts';
import { recordDocumentWrite } from './recordDocumentWrite.ts';

/** Options of {@link LocalPersistence}. */
export interface LocalPersistenceOptions {
  /**
   * Rows written since the last compaction before the log is merged into one row; on a
   * long document it also waits until those rows hold a quarter of its merged size.
   */
  compactAfter?: number;
  /**
   * Whether an update with this transaction origin is an edit made on this device; only
   * those move the document's `updatedAt`. Default: every origin. With a network provider
   * pass e.g. `(origin) => origin !== provider`.
   */
  isLocal?: (origin: unknown) => boolean;
  /** Called after each batch is committed; `local` tells whether it held a local edit. */
  onStored?: (local: boolean) => void;
  /**
   * When to start writing the updates seen since the last write. Default: at the end of
   * the current task. The editor passes "after the next paint", so a keystroke's write is
   * not part of the work between the key and its letter showing.
   */
  schedule?: (write: () => void) => void;
}

/**
 * Binds one Y.Doc to the device database. Every update not made by the persistence
 * itself is written promptly (updates of one tick share one transaction), loading never
 * writes unless there is more than one row to compact, and the log is compacted
 * atomically once it passes `compactAfter` rows and has grown by a quarter. Merging costs
 * the whole document (tens of milliseconds on a 100-page protocol, taken from whoever is
 * typing); waiting for proportional growth keeps that cost per byte written constant
 * instead of paying it every `compactAfter` keystrokes.
 */
export class LocalPersistence {
  /** Resolves once the stored updates are applied to the doc (origin: this instance). */
  readonly whenLoaded: Promise<void>;
  private readonly compactAfter: number;
  private readonly isLocal: (origin: unknown) => boolean;
  private readonly onStored: ((local: boolean) => void) | undefined;
  private readonly schedule: (write: () => void) => void;
  /** Every database operation runs on this chain, one after another. */
  private tail: Promise<unknown> = Promise.resolve();
  private pending: Uint8Array[] = [];
  private pendingLocal = false;
  private writeQueued = false;
  private rowCount = 0;
  /** Bytes of the merged row at the last compaction or load, and written since. */
  private baseBytes = 0;
  private writtenBytes = 0;
  private destroyed = false;

  constructor(
    readonly db: ProtocolDatabase,
    readonly docId: string,
    readonly doc: Y.Doc,
    {
      compactAfter = 64,
      isLocal = () => true,
      onStored,
      schedule = (write) => write(),
    }: LocalPersistenceOptions = {},
  ) {
    this.compactAfter = compactAfter;
    this.isLocal = isLocal;
    this.onStored = onStored;
    this.schedule = schedule;
    // Listen before loading so edits made meanwhile are queued, not lost.
    doc.on('update', this.handleUpdate);
    doc.on('destroy', this.handleDestroy);
    this.whenLoaded = this.enqueue(() => this.load());
  }

  /** Resolves when every update seen so far is committed to IndexedDB. */
  flushed(): Promise<void> {
    return this.enqueue(() => this.writePending());
  }

  /** Merges the document's rows into one, after the writes already queued. */
  compact(): Promise<void> {
    return this.enqueue(async () => {
      const { rows, bytes } = await compactDoc(this.db, this.docId);
      this.rowCount = rows;
      this.baseBytes = bytes;
      this.writtenBytes = 0;
    });
  }

  /** Stops listening to the doc and resolves once pending updates are stored. Keeps the data. */
  async destroy(): Promise<void> {
    if (!this.destroyed) {
      this.destroyed = true;
      this.doc.off('update', this.handleUpdate);
      this.doc.off('destroy', this.handleDestroy);
    }
    await this.flushed();
  }

  private enqueue<T>(op: () => Promise<T>): Promise<T> {
    const run = this.tail.then(op);
    this.tail = run.catch(() => undefined);
    return run;
  }

  private readonly handleUpdate = (update: Uint8Array, origin: unknown): void => {
    if (origin === this) return;
    this.pending.push(update);
    if (this.isLocal(origin)) this.pendingLocal = true;
    if (this.writeQueued) return;
    // The write runs after the current tick at the earliest, so one tick's updates share it.
    this.writeQueued = true;
    this.schedule(this.startWrite);
  };

  private readonly startWrite = (): void => {
    if (!this.writeQueued) return; // a flush took the batch meanwhile
    this.enqueue(() => this.writePending()).catch(reportError);
  };

  private readonly handleDestroy = (): void => {
    this.destroy().catch(reportError);
  };

  private async load(): Promise<void> {
    const { db, docId } = this;
    const rows = await db.transaction('r', db.updates, () => readDocRows(db, docId));
    if (rows.length > 0) applyRows(this.doc, rows, this);
    this.rowCount = rows.length;
    this.baseBytes = rows.reduce((sum, row) => sum + row.update.byteLength, 0);
    if (rows.length > 1) this.compact().catch(reportError);
  }

  private async writePending(): Promise<void> {
    this.writeQueued = false;
    if (this.pending.length === 0) return;
    const batch = this.pending;
    const local = this.pendingLocal;
    this.pending = [];
    this.pendingLocal = false;
    const { db, docId } = this;
    const update = batch.length === 1 && batch[0] ? batch[0] : Y.mergeUpdates(batch);
    const title = titleText(this.doc).toString();
    const reviewDate = headerReviewDate(this.doc);
    try {
      await db.transaction('rw', db.updates, db.documents, async () => {
        await db.updates.add({ docId, update });
        await recordDocumentWrite(db, docId, title, local, reviewDate);
      });
    } catch (error) {
      // Keep the batch so the next write or flush retries it.
      this.pending = [...batch, ...this.pending];
      this.pendingLocal ||= local;
      throw error;
    }
    this.rowCount++;
    this.writtenBytes += update.byteLength;
    this.onStored?.(local);
    if (this.rowCount > this.compactAfter && this.writtenBytes * 4 > this.baseBytes) {
      this.compact().catch(reportError);
    }
  }
}

function reportError(error: unknown): void {
  console.error('LocalPersistence:', error);
}
