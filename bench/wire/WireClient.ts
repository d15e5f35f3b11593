import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { WebSocket } from 'ws';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { messageAuth, messageSync } from '../../shared/protocol/messageTypes.ts';
import type { RelayUnderTest } from '../servers/relays.ts';

/** Hocuspocus answers a sync step 1 as "sync reply" (4), the same payload as sync (0). */
const HOCUSPOCUS_SYNC_REPLY = 4;
/** Hocuspocus's auth sub-message carrying a token, the first thing its clients send. */
const HOCUSPOCUS_TOKEN = 0;

/**
 * A lean client that speaks each relay's dialect on the wire, so a benchmark can run a
 * thousand of them in one process: it syncs from an empty state (keeping the relay's
 * answer as `firstSync` and nothing else), sends updates as given, and hands every update
 * it receives to `onUpdate` without applying it.
 */
export class WireClient {
  /** The relay's sync step 2: the whole document as one update. */
  firstSync: Uint8Array = new Uint8Array();
  private readonly empty = new Y.Doc();

  private constructor(
    private readonly socket: WebSocket,
    private readonly relay: RelayUnderTest,
    private readonly docId: string,
    /** Called with each update the relay forwards, from the moment the socket opens. */
    public onUpdate: (update: Uint8Array) => void,
  ) {}

  /**
   * Connects to `docId` and resolves once the first sync is complete (for the raw ws
   * ceiling, which has no sync, once the socket is open).
   */
  static open(
    relay: RelayUnderTest,
    docId: string,
    onUpdate: (update: Uint8Array) => void = () => undefined,
  ): Promise<WireClient> {
    const socket = new WebSocket(relay.socketUrl(docId));
    socket.binaryType = 'nodebuffer';
    const client = new WireClient(socket, relay, docId, onUpdate);
    return new Promise((resolve, reject) => {
      socket.once('error', reject);
      socket.once('close', (code) => reject(new Error(`${relay.name} closed ${code}`)));
      socket.once('open', () => {
        if (relay.kind === 'raw-ws') return resolve(client);
        if (relay.dialect === 'hocuspocus') {
          client.send((e) => {
            encoding.writeVarUint(e, messageAuth);
            encoding.writeVarUint(e, HOCUSPOCUS_TOKEN);
            encoding.writeVarString(e, '');
          });
        }
        client.send((e) => {
          encoding.writeVarUint(e, messageSync);
          syncProtocol.writeSyncStep1(e, client.empty);
        });
      });
      socket.on('message', (data: Buffer) => {
        if (client.receive(new Uint8Array(data.buffer, data.byteOffset, data.byteLength))) {
          resolve(client);
        }
      });
    });
  }

  /** Sends one document update. */
  sendUpdate(update: Uint8Array): void {
    this.send((e) => {
      encoding.writeVarUint(e, messageSync);
      syncProtocol.writeUpdate(e, update);
    });
  }

  /** Closes the socket and resolves once it is closed. */
  close(): Promise<void> {
    if (this.socket.readyState === WebSocket.CLOSED) return Promise.resolve();
    // Drop the listener that rejects `open` on an early close, then wait for this one.
    this.socket.removeAllListeners('close');
    const closed = new Promise<void>((resolve) => this.socket.once('close', () => resolve()));
    this.socket.close();
    return closed;
  }

  private send(write: (encoder: encoding.Encoder) => void): void {
    const encoder = encoding.createEncoder();
    if (this.relay.dialect === 'hocuspocus') encoding.writeVarString(encoder, this.docId);
    write(encoder);
    if (this.socket.readyState === WebSocket.OPEN) this.socket.send(encoding.toUint8Array(encoder));
  }

  /** Handles one frame; true when it completed the first sync. */
  private receive(frame: Uint8Array): boolean {
    const decoder = decoding.createDecoder(frame);
    if (this.relay.dialect === 'hocuspocus') decoding.readVarString(decoder);
    const type = decoding.readVarUint(decoder);
    if (
      type !== messageSync &&
      !(this.relay.dialect === 'hocuspocus' && type === HOCUSPOCUS_SYNC_REPLY)
    ) {
      return false;
    }
    // The raw ceiling forwards a writer's frames unread: they are plain sync updates too.
    const syncType = decoding.readVarUint(decoder);
    const payload = decoding.readVarUint8Array(decoder);
    if (syncType === syncProtocol.messageYjsSyncStep1) {
      this.send((e) => {
        encoding.writeVarUint(e, messageSync);
        encoding.writeVarUint(e, syncProtocol.messageYjsSyncStep2);
        encoding.writeVarUint8Array(e, Y.encodeStateAsUpdate(this.empty, payload));
      });
      return false;
    }
    if (syncType === syncProtocol.messageYjsSyncStep2) {
      this.firstSync = payload;
      return true;
    }
    this.onUpdate(payload);
    return false;
  }
}

/** `client:clock` of an update's first struct: which update it is, read without decoding it. */
export function updateId(update: Uint8Array): string {
  const decoder = decoding.createDecoder(update);
  decoding.readVarUint(decoder); // clients in the update
  decoding.readVarUint(decoder); // structs of the first client
  const client = decoding.readVarUint(decoder);
  const clock = decoding.readVarUint(decoder);
  return `${client}:${clock}`;
}
