import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import type { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { messageDurableState, messageSync } from '../../shared/protocol/messageTypes.ts';

/** What the status bar tells the user. */
export type SyncState = 'offline' | 'syncing' | 'synced';

type MessageHandler = WebsocketProvider['messageHandlers'][number];

/**
 * Knows whether the relay has durably stored every change this device made.
 *
 * y-websocket has no acknowledgements, so after local changes the tracker sends a
 * durable-state query; the relay answers once everything it received before the query
 * is on disk. Frames on one socket are ordered, so an answer to a query sent after the
 * last local change proves that change is stored.
 */
export class SyncTracker {
  state: SyncState = 'offline';
  private localSeq = 0;
  private readonly inFlight: number[] = [];
  private ackedSeq = 0;
  private queryTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly listeners = new Set<(state: SyncState) => void>();
  private relayVector = new Map<number, number>();
  private confirmedThisConnection = false;

  constructor(
    private readonly provider: WebsocketProvider,
    private readonly doc: Y.Doc,
    private readonly isLocalOrigin: (origin: unknown) => boolean,
  ) {
    const originalSync = provider.messageHandlers[messageSync];
    provider.messageHandlers[messageSync] = (encoder, decoder, p, emitSynced, type) => {
      originalSync?.(encoder, decoder, p, emitSynced, type);
      // A reply (our step 2) goes out after this handler; query after it.
      if (encoding.length(encoder) > 1) this.scheduleQuery(0);
    };
    provider.messageHandlers[messageDurableState] = this.onDurableState;
    provider.on('status', this.onStatus);
    provider.on('sync', this.onSync);
    doc.on('update', this.onUpdate);
    this.recompute();
  }

  /** Subscribes to state changes; returns the unsubscribe function. */
  subscribe(listener: (state: SyncState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** True when this device has changes the relay has not confirmed. */
  get hasUnconfirmedChanges(): boolean {
    return this.ackedSeq < this.localSeq;
  }

  destroy(): void {
    clearTimeout(this.queryTimer);
    this.provider.off('status', this.onStatus);
    this.provider.off('sync', this.onSync);
    this.doc.off('update', this.onUpdate);
    this.listeners.clear();
  }

  private readonly onDurableState: MessageHandler = (_encoder, decoder) => {
    this.relayVector = Y.decodeStateVector(decoding.readVarUint8Array(decoder));
    const seq = this.inFlight.shift();
    if (seq !== undefined) this.ackedSeq = Math.max(this.ackedSeq, seq);
    this.confirmedThisConnection = true;
    this.recompute();
  };

  private readonly onStatus = ({ status }: { status: string }) => {
    if (status !== 'connected') {
      // Queries in flight died with the socket; what they would have confirmed is re-asked.
      this.inFlight.length = 0;
      this.confirmedThisConnection = false;
    }
    this.recompute();
  };

  private readonly onSync = (synced: boolean) => {
    if (synced) this.scheduleQuery(0);
    this.recompute();
  };

  private readonly onUpdate = (_update: Uint8Array, origin: unknown) => {
    if (this.isLocalOrigin(origin)) this.localSeq++;
    else if (this.relayCoversDoc()) return;
    // A local change, or a remote one newer than the relay's last answer: ask again.
    this.recompute();
    this.scheduleQuery(150);
  };

  private scheduleQuery(delayMs: number): void {
    clearTimeout(this.queryTimer);
    this.queryTimer = setTimeout(() => this.sendQuery(), delayMs);
  }

  private sendQuery(): void {
    const ws = this.provider.ws;
    if (!this.provider.wsconnected || !ws || ws.readyState !== ws.OPEN) return;
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, messageDurableState);
    this.inFlight.push(this.localSeq);
    ws.send(encoding.toUint8Array(encoder));
  }

  /** True when the relay's last reported state vector covers everything this doc holds. */
  private relayCoversDoc(): boolean {
    for (const [client, clock] of Y.decodeStateVector(Y.encodeStateVector(this.doc))) {
      if ((this.relayVector.get(client) ?? 0) < clock) return false;
    }
    return true;
  }

  private recompute(): void {
    let next: SyncState;
    if (!this.provider.wsconnected) next = 'offline';
    else if (
      this.provider.synced &&
      this.confirmedThisConnection &&
      this.inFlight.length === 0 &&
      !this.hasUnconfirmedChanges &&
      this.relayCoversDoc()
    )
      next = 'synced';
    else next = 'syncing';
    if (next === this.state) return;
    this.state = next;
    for (const listener of this.listeners) listener(next);
  }
}
