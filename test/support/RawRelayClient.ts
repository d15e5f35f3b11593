import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { WebSocket } from 'ws';
import { createDoc } from '../../shared/document/docFields.ts';
import { messageDurableState, messageSync } from '../../shared/protocol/messageTypes.ts';

const REMOTE = Symbol('remote');

/**
 * A minimal hand-written relay client for tests that need the wire: it syncs `doc`
 * with the room (answering sync step 1, applying step 2 and updates, sending local
 * updates), can send arbitrary bytes, and can ask the durable-state query.
 */
export class RawRelayClient {
  readonly doc: Y.Doc;
  /** Resolves with the close code and reason when the socket closes. */
  readonly closed: Promise<{ code: number; reason: string }>;
  private durableWaiters: Array<(stateVector: Uint8Array) => void> = [];

  private constructor(
    readonly socket: WebSocket,
    doc: Y.Doc,
  ) {
    this.doc = doc;
    this.closed = new Promise((resolve) => {
      socket.on('close', (code, reason) => resolve({ code, reason: reason.toString() }));
    });
    socket.on('message', (data: Buffer) => this.receive(new Uint8Array(data)));
    doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== REMOTE) this.send(syncFrame((e) => syncProtocol.writeUpdate(e, update)));
    });
  }

  /** Opens `${wsUrl}/${path}` (path may be any string, e.g. a malformed id) and waits for open. */
  static connect(wsUrl: string, path: string, doc: Y.Doc = createDoc()): Promise<RawRelayClient> {
    const socket = new WebSocket(`${wsUrl}/${path}`);
    const client = new RawRelayClient(socket, doc);
    return new Promise((resolve, reject) => {
      socket.once('open', () => {
        client.send(syncFrame((e) => syncProtocol.writeSyncStep1(e, doc)));
        resolve(client);
      });
      socket.once('error', reject);
    });
  }

  /** Sends raw bytes, valid or not. */
  send(bytes: Uint8Array): void {
    if (this.socket.readyState === WebSocket.OPEN) this.socket.send(bytes);
  }

  /** Sends `[messageDurableState]` and resolves with the relay's state vector reply. */
  durableState(): Promise<Uint8Array> {
    const reply = new Promise<Uint8Array>((resolve) => this.durableWaiters.push(resolve));
    this.send(Uint8Array.of(messageDurableState));
    return reply;
  }

  /** Closes the socket and waits for it to be closed. */
  async close(): Promise<void> {
    this.socket.close();
    await this.closed;
  }

  private receive(bytes: Uint8Array): void {
    const decoder = decoding.createDecoder(bytes);
    const type = decoding.readVarUint(decoder);
    if (type === messageSync) {
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, messageSync);
      syncProtocol.readSyncMessage(decoder, encoder, this.doc, REMOTE);
      if (encoding.length(encoder) > 1) this.send(encoding.toUint8Array(encoder));
    } else if (type === messageDurableState) {
      const stateVector = decoding.readVarUint8Array(decoder);
      this.durableWaiters.shift()?.(stateVector);
    }
  }
}

/** True when state vector `covering` has seen everything `doc` has. */
export function coversDoc(covering: Uint8Array, doc: Y.Doc): boolean {
  const remote = Y.decodeStateVector(covering);
  for (const [client, clock] of Y.decodeStateVector(Y.encodeStateVector(doc))) {
    if ((remote.get(client) ?? 0) < clock) return false;
  }
  return true;
}

function syncFrame(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, messageSync);
  write(encoder);
  return encoding.toUint8Array(encoder);
}
