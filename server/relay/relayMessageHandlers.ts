import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import {
  messageAuth,
  messageAwareness,
  messageDurableState,
  messageQueryAwareness,
  messageSync,
} from '../../shared/protocol/messageTypes.ts';
import { encodeFrame } from './encodeFrame.ts';
import type { Connection } from './Connection.ts';
import { assertWellFormedUpdate } from './limits/assertWellFormed.ts';
import type { Room } from './Room.ts';

/** A frame that could not be decoded or had an unknown type. */
export class MalformedMessageError extends Error {
  override name = 'MalformedMessageError';
}

type Handler = (room: Room, connection: Connection, decoder: decoding.Decoder) => void;

const handleSync: Handler = (room, connection, decoder) => {
  const syncType = decoding.readVarUint(decoder);
  switch (syncType) {
    case syncProtocol.messageYjsSyncStep1: {
      const stateVector = decoding.readVarUint8Array(decoder);
      connection.send(
        encodeFrame((encoder) => {
          encoding.writeVarUint(encoder, messageSync);
          syncProtocol.writeSyncStep2(encoder, room.doc, stateVector);
        }),
      );
      return;
    }
    case syncProtocol.messageYjsSyncStep2:
    case syncProtocol.messageYjsUpdate: {
      // Applied directly (not via readSyncMessage, which swallows errors) so a corrupt
      // update is reported as malformed; the connection is the origin, so no echo.
      const update = decoding.readVarUint8Array(decoder);
      assertWellFormedUpdate(update);
      Y.applyUpdate(room.doc, update, connection);
      room.signedRecords.afterClientUpdate();
      return;
    }
    default:
      throw new MalformedMessageError(`unknown sync message type ${syncType}`);
  }
};

const handleAwareness: Handler = (room, connection, decoder) => {
  room.applyAwareness(decoding.readVarUint8Array(decoder), connection);
};

const handleQueryAwareness: Handler = (room, connection) => {
  connection.send(room.awarenessFrame());
};

// Clients have nothing to say in the auth sub-protocol; the frame is read and ignored.
const handleAuth: Handler = (_room, _connection, decoder) => {
  decoding.readVarUint(decoder);
};

const handleDurableState: Handler = (room, connection) => {
  // Captured now: exactly the updates received before the query, all awaited below.
  const stateVector = Y.encodeStateVector(room.doc);
  room.persistence.whenDurable().then(
    () =>
      connection.send(
        encodeFrame((encoder) => {
          encoding.writeVarUint(encoder, messageDurableState);
          encoding.writeVarUint8Array(encoder, stateVector);
        }),
      ),
    () => undefined,
  );
};

const handlers = new Map<number, Handler>([
  [messageSync, handleSync],
  [messageAwareness, handleAwareness],
  [messageAuth, handleAuth],
  [messageQueryAwareness, handleQueryAwareness],
  [messageDurableState, handleDurableState],
]);

/**
 * Decodes one frame from `connection` and acts on it in `room`. Throws (a
 * `MalformedMessageError` or a decoding error) when the frame is not valid.
 */
export function handleRelayMessage(room: Room, connection: Connection, data: Uint8Array): void {
  const decoder = decoding.createDecoder(data);
  const messageType = decoding.readVarUint(decoder);
  const handler = handlers.get(messageType);
  if (!handler) throw new MalformedMessageError(`unknown message type ${messageType}`);
  handler(room, connection, decoder);
}
