import { WebsocketProvider } from 'y-websocket';
import type * as Y from 'yjs';
import { TOKEN_PARAM } from '../../shared/auth/accessToken.ts';
import { createDoc } from '../../shared/document/docFields.ts';
import { LocalPersistence } from '../storage/LocalPersistence.ts';
import { markSynced, markUnsynced } from '../storage/documentIndex.ts';
import type { ProtocolDatabase } from '../storage/ProtocolDatabase.ts';
import { RemoteChangeQueue } from '../sync/RemoteChangeQueue.ts';
import { SyncTracker } from '../sync/SyncTracker.ts';
import { afterNextPaint } from '../scheduling/afterNextPaint.ts';

/** Why the relay closed for good, when it did (e.g. the document was deleted). */
export interface TerminalClose {
  code: number;
  reason: string;
}

/**
 * One open document on this device: the Y.Doc, its copy in IndexedDB, its connection to
 * the relay and the sync state. The local copy loads first; only then does the relay
 * connect, so a document opens instantly from the device and syncs after.
 */
export class DocumentSession {
  readonly doc: Y.Doc = createDoc();
  readonly persistence: LocalPersistence;
  readonly provider: WebsocketProvider;
  readonly remoteChanges: RemoteChangeQueue;
  readonly tracker: SyncTracker;
  readonly whenLoaded: Promise<void>;
  terminalClose: TerminalClose | undefined;
  private destroyed = false;
  private flaggedUnsynced = false;

  constructor(
    private readonly db: ProtocolDatabase,
    readonly docId: string,
    serverUrl: string,
    /** Access token sent to the relay (checked there on every connect), if any. */
    token?: string,
  ) {
    this.persistence = new LocalPersistence(db, docId, this.doc, {
      isLocal: (origin) => this.isLocal(origin),
      schedule: afterNextPaint,
    });
    // Edits wait for the next frame before they are written; a closing page cannot.
    addEventListener('pagehide', this.flush);
    this.provider = new WebsocketProvider(serverUrl, docId, this.doc, {
      connect: false,
      maxBackoffTime: 2500,
      params: token ? { [TOKEN_PARAM]: token } : {},
    });
    this.remoteChanges = new RemoteChangeQueue(this.provider, this.doc, (origin) =>
      this.isLocal(origin),
    );
    this.tracker = new SyncTracker(this.provider, this.doc, (origin) => this.isLocal(origin));
    this.tracker.subscribe((state) => {
      if (state === 'synced' && !this.destroyed) {
        this.flaggedUnsynced = false;
        void markSynced(db, docId);
      }
    });
    this.doc.on('update', this.onUpdate);
    this.provider.on('closed', (close) => {
      this.terminalClose = close;
    });
    this.whenLoaded = this.persistence.whenLoaded.then(() => {
      if (!this.destroyed) this.provider.connect();
    });
  }

  /** Closes the connection and stops listening; the device copy stays. */
  async destroy(): Promise<void> {
    if (this.destroyed) return;
    this.destroyed = true;
    removeEventListener('pagehide', this.flush);
    this.doc.off('update', this.onUpdate);
    this.remoteChanges.destroy();
    this.tracker.destroy();
    this.provider.destroy();
    await this.persistence.destroy();
    this.doc.destroy();
  }

  private isLocal(origin: unknown): boolean {
    return origin !== this.provider && origin !== this.persistence;
  }

  private readonly flush = () => {
    this.remoteChanges.flush();
    this.persistence.flushed().catch((error: unknown) => console.error('LocalPersistence:', error));
  };

  private readonly onUpdate = (_update: Uint8Array, origin: unknown) => {
    if (!this.isLocal(origin) || this.flaggedUnsynced) return;
    this.flaggedUnsynced = true;
    // The first key after a pause: the document list learns of it after the paint, unless
    // the relay has confirmed the edit by then.
    afterNextPaint(() => {
      if (this.flaggedUnsynced) void markUnsynced(this.db, this.docId);
    });
  };
}
