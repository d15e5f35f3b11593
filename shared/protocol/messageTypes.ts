/**
 * Message types on the relay's WebSocket, the first varuint of every frame.
 * 0–3 are the y-websocket protocol, unchanged, so the official `WebsocketProvider`
 * works against our relay. Types from 100 up are ours and only flow on
 * connections that asked for them; a standard provider never sees one.
 */

/** y-protocols sync (step 1, step 2, update). */
export const messageSync = 0;
/** y-protocols awareness update. */
export const messageAwareness = 1;
/** y-protocols auth (permission denied). */
export const messageAuth = 2;
/** Ask the peer to send all awareness states it knows. */
export const messageQueryAwareness = 3;
/**
 * Durable-state query. Client → relay: `[100]`. Relay → client, once every update
 * received before the query is written to disk: `[100, stateVector]`. A client whose
 * own state vector is covered by the relay's knows all its changes are synced.
 */
export const messageDurableState = 100;

export type MessageType =
  | typeof messageSync
  | typeof messageAwareness
  | typeof messageAuth
  | typeof messageQueryAwareness
  | typeof messageDurableState;
