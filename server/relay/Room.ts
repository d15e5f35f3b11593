import * as encoding from 'lib0/encoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { createDoc } from '../../shared/document/docFields.ts';
import type { CloseCodeName } from '../../shared/protocol/closeCodes.ts';
import type { PublicKeyJwk } from '../../shared/versions/signoff/signoffRecord.ts';
import { messageAwareness, messageSync } from '../../shared/protocol/messageTypes.ts';
import { Connection } from './Connection.ts';
import type { StoredDoc } from './DocStore.ts';
import { encodeFrame } from './encodeFrame.ts';
import { assertAwarenessAllowance, awarenessClients } from './limits/awarenessClients.ts';
import { RoomPersistence, type RoomPersistenceOptions } from './RoomPersistence.ts';
import { SignedRecordKeeper } from './SignedRecordKeeper.ts';

const LOAD_ORIGIN = Symbol('load');

interface AwarenessChange {
  added: number[];
  updated: number[];
  removed: number[];
}

/**
 * One open document: its Y.Doc (history kept, gc off), awareness and connections.
 * Updates from a connection are persisted and broadcast to the others; awareness
 * changes are broadcast to everyone and tracked per connection.
 */
export class Room {
  readonly doc: Y.Doc = createDoc();
  readonly awareness: awarenessProtocol.Awareness;
  readonly connections = new Set<Connection>();
  readonly persistence: RoomPersistence;
  /** Writes back sign-off records and signed versions a client removed or changed. */
  readonly signedRecords: SignedRecordKeeper;
  /** Work in progress on the room outside any connection (an API call): keeps it loaded. */
  pins = 0;
  /** Set once the room is deleted or shut down; connections arriving late get this code. */
  retiredWith: CloseCodeName | undefined;

  constructor(
    readonly docId: string,
    stored: StoredDoc,
    options: RoomPersistenceOptions & { relayKeys: ReadonlyMap<string, PublicKeyJwk> },
  ) {
    if (stored.updates.length > 0) {
      Y.applyUpdate(this.doc, Y.mergeUpdates(stored.updates), LOAD_ORIGIN);
    }
    this.persistence = new RoomPersistence(docId, this.doc, stored, options);
    this.signedRecords = new SignedRecordKeeper(this.doc, docId, options.relayKeys);
    this.awareness = new awarenessProtocol.Awareness(this.doc);
    // The relay is not a participant: it has no awareness state of its own.
    this.awareness.setLocalState(null);
    this.doc.on('update', this.onUpdate);
    this.awareness.on('update', this.onAwareness);
  }

  /** Joins a connection: sends sync step 1 and the current awareness states. */
  add(connection: Connection): void {
    this.connections.add(connection);
    connection.send(
      encodeFrame((encoder) => {
        encoding.writeVarUint(encoder, messageSync);
        syncProtocol.writeSyncStep1(encoder, this.doc);
      }),
    );
    if (this.awareness.getStates().size > 0) connection.send(this.awarenessFrame());
  }

  /** Removes a connection and the awareness states it controlled. */
  remove(connection: Connection): void {
    if (!this.connections.delete(connection)) return;
    const ids = [...connection.awarenessIds];
    if (ids.length > 0) awarenessProtocol.removeAwarenessStates(this.awareness, ids, null);
    this.forgetAbsentClients(ids);
  }

  /**
   * Applies an awareness update from `connection`: decoded whole first (throws when
   * malformed or when it would speak for too many clients), then applied and broadcast.
   */
  applyAwareness(update: Uint8Array, connection: Connection): void {
    const clients = awarenessClients(update);
    assertAwarenessAllowance(connection.awarenessIds, clients);
    awarenessProtocol.applyAwarenessUpdate(this.awareness, update, connection);
    this.forgetAbsentClients(clients);
  }

  /** An awareness frame carrying every known state. */
  awarenessFrame(): Uint8Array {
    const ids = [...this.awareness.getStates().keys()];
    return encodeFrame((encoder) => {
      encoding.writeVarUint(encoder, messageAwareness);
      encoding.writeVarUint8Array(
        encoder,
        awarenessProtocol.encodeAwarenessUpdate(this.awareness, ids),
      );
    });
  }

  /** Retires the room and closes every connection with `reason`. */
  closeAll(reason: CloseCodeName): void {
    this.retiredWith = reason;
    for (const connection of [...this.connections]) connection.close(reason);
  }

  /**
   * Drops the clock y-protocols keeps for every client it ever saw, once the client has no
   * state: in a room that stays loaded, departed (or invented) ids would otherwise pile up.
   * Only after the broadcast, which still reads the clock.
   */
  private forgetAbsentClients(clients: Iterable<number>): void {
    for (const id of clients) {
      if (id !== this.awareness.clientID && !this.awareness.states.has(id)) {
        this.awareness.meta.delete(id);
      }
    }
  }

  /** Frees the document and awareness; the room must not be used afterwards. */
  destroy(): void {
    this.signedRecords.destroy();
    this.doc.off('update', this.onUpdate);
    this.awareness.off('update', this.onAwareness);
    this.awareness.destroy();
    this.doc.destroy();
  }

  private readonly onUpdate = (update: Uint8Array, origin: unknown): void => {
    if (origin === LOAD_ORIGIN) return;
    this.persistence.enqueue(update);
    const message = encodeFrame((encoder) => {
      encoding.writeVarUint(encoder, messageSync);
      syncProtocol.writeUpdate(encoder, update);
    });
    for (const connection of this.connections) {
      if (connection !== origin) connection.send(message);
    }
  };

  private readonly onAwareness = (change: AwarenessChange, origin: unknown): void => {
    if (origin instanceof Connection) {
      for (const id of change.added) origin.awarenessIds.add(id);
      for (const id of change.removed) origin.awarenessIds.delete(id);
    }
    const changed = [...change.added, ...change.updated, ...change.removed];
    const message = encodeFrame((encoder) => {
      encoding.writeVarUint(encoder, messageAwareness);
      encoding.writeVarUint8Array(
        encoder,
        awarenessProtocol.encodeAwarenessUpdate(this.awareness, changed),
      );
    });
    for (const connection of this.connections) connection.send(message);
  };
}
