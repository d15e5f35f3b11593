import * as awarenessProtocol from 'y-protocols/awareness';
import * as decoding from 'lib0/decoding';
import { messageYjsUpdate } from 'y-protocols/sync';
import type { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { messageAwareness, messageSync } from '../../shared/protocol/messageTypes.ts';
import { coalescedAfterNextPaint } from '../scheduling/coalescedAfterNextPaint.ts';
import { mergeAwarenessUpdates } from './mergeAwarenessUpdates.ts';

type MessageHandler = WebsocketProvider['messageHandlers'][number];

/** How long after a local edit this person counts as typing. */
export const TYPING_MS = 1000;
/** The longest a held change waits when no keystroke comes to carry it. */
export const HOLD_MAX_MS = 150;

export interface RemoteChangeQueueOptions {
  /** Runs a task after the frame the keystroke is drawn in (default: `afterNextPaint`). */
  schedule?: (task: () => void) => void;
  /** The longest a held change waits for a keystroke's paint (default `HOLD_MAX_MS`). */
  holdMaxMs?: number;
}

/**
 * While this person types, changes and carets arriving from the relay wait, and are applied
 * together just after their keystroke has been painted, in the gap before the next one.
 * Applied as they came, a remote keystroke's work (ProseMirror update, layout and paint,
 * several milliseconds on a long protocol) lands at random times and a local key pressed
 * meanwhile waits behind it. Nothing is dropped: the held changes are applied in order in
 * one transaction, then the carets (merged into one update, as they point into that text),
 * before any other message from the relay, when the connection closes, when the page is
 * hidden, and at the latest `HOLD_MAX_MS` after the first came. Yjs merges concurrent edits
 * whatever the order of application, so local keystrokes made meanwhile are unaffected.
 */
export class RemoteChangeQueue {
  private updates: Uint8Array[] = [];
  private awareness: Uint8Array[] = [];
  private lastLocalEdit = -Infinity;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Flushes after the paint of the keystroke that asked, once however many asked. */
  private readonly flushAfterPaint: () => void;
  private readonly holdMaxMs: number;
  private readonly originalSync: MessageHandler | undefined;
  private readonly originalAwareness: MessageHandler | undefined;

  constructor(
    private readonly provider: WebsocketProvider,
    private readonly doc: Y.Doc,
    private readonly isLocalOrigin: (origin: unknown) => boolean,
    options: RemoteChangeQueueOptions = {},
  ) {
    this.flushAfterPaint = coalescedAfterNextPaint(this.flush, options.schedule);
    this.holdMaxMs = options.holdMaxMs ?? HOLD_MAX_MS;
    this.originalSync = provider.messageHandlers[messageSync];
    this.originalAwareness = provider.messageHandlers[messageAwareness];
    provider.messageHandlers[messageSync] = this.onSync;
    provider.messageHandlers[messageAwareness] = this.onAwareness;
    provider.on('status', this.onStatus);
    doc.on('update', this.onUpdate);
  }

  /** Changes received but not yet applied. */
  get held(): number {
    return this.updates.length + this.awareness.length;
  }

  /** Applies everything held now. */
  flush = (): void => {
    clearTimeout(this.timer);
    this.timer = undefined;
    const updates = this.updates;
    const awareness = this.awareness;
    if (updates.length === 0 && awareness.length === 0) return;
    this.updates = [];
    this.awareness = [];
    if (updates.length > 0) {
      // One transaction: the editor updates once for all of them.
      this.doc.transact(() => {
        for (const update of updates) {
          try {
            Y.applyUpdate(this.doc, update, this.provider);
          } catch (error) {
            // As y-websocket does for an update it cannot read: the others still apply.
            console.error('Caught error while handling a Yjs update', error);
          }
        }
      }, this.provider);
    }
    if (awareness.length > 0) {
      // Once for all of them: every change redraws the remote carets.
      const merged = mergeAwarenessUpdates(awareness);
      awarenessProtocol.applyAwarenessUpdate(this.provider.awareness, merged, this.provider);
    }
  };

  destroy(): void {
    this.flush();
    this.provider.off('status', this.onStatus);
    this.doc.off('update', this.onUpdate);
    this.provider.messageHandlers[messageSync] = this.originalSync!;
    this.provider.messageHandlers[messageAwareness] = this.originalAwareness!;
  }

  private holding(): boolean {
    return this.provider.synced && performance.now() - this.lastLocalEdit < TYPING_MS;
  }

  private hold(list: Uint8Array[], message: Uint8Array): void {
    list.push(message);
    this.timer ??= setTimeout(this.flush, this.holdMaxMs);
  }

  private readonly onSync: MessageHandler = (encoder, decoder, provider, emitSynced, type) => {
    if (this.holding() && decoding.peekVarUint(decoder) === messageYjsUpdate) {
      decoding.readVarUint(decoder);
      this.hold(this.updates, decoding.readVarUint8Array(decoder));
      return;
    }
    this.flush();
    this.originalSync?.(encoder, decoder, provider, emitSynced, type);
  };

  private readonly onAwareness: MessageHandler = (encoder, decoder, provider, emitSynced, type) => {
    if (this.held > 0 || this.holding()) {
      this.hold(this.awareness, decoding.readVarUint8Array(decoder));
      return;
    }
    this.originalAwareness?.(encoder, decoder, provider, emitSynced, type);
  };

  private readonly onStatus = () => this.flush();

  private readonly onUpdate = (_update: Uint8Array, origin: unknown) => {
    if (!this.isLocalOrigin(origin)) return;
    this.lastLocalEdit = performance.now();
    this.flushAfterPaint();
  };
}
