import * as decoding from 'lib0/decoding';

/**
 * Awareness client ids one connection may speak for. A y-websocket provider speaks for
 * exactly one (its document's client id); the margin covers a reloaded editor.
 */
export const MAX_AWARENESS_CLIENTS_PER_CONNECTION = 16;

/**
 * The client ids of an awareness update, decoded completely; throws when it is malformed.
 * y-protocols stores each client's state as it reads it and reports the change only at
 * the end, so a truncated update applied directly would leave a state no connection owns:
 * a ghost presence sent to every later joiner and never removed.
 */
export function awarenessClients(update: Uint8Array): number[] {
  const decoder = decoding.createDecoder(update);
  const clients: number[] = [];
  for (let count = decoding.readVarUint(decoder); count > 0; count--) {
    clients.push(decoding.readVarUint(decoder));
    decoding.readVarUint(decoder);
    JSON.parse(decoding.readVarString(decoder));
  }
  return clients;
}

/**
 * Throws when `clients` would make a connection that already speaks for `owned` speak for
 * more than `MAX_AWARENESS_CLIENTS_PER_CONNECTION` ids: every id costs the room memory for
 * as long as the connection stays.
 */
export function assertAwarenessAllowance(owned: ReadonlySet<number>, clients: number[]): void {
  const after = new Set([...owned, ...clients]);
  if (after.size > MAX_AWARENESS_CLIENTS_PER_CONNECTION) {
    throw new Error(
      `awareness for more than ${MAX_AWARENESS_CLIENTS_PER_CONNECTION} clients on one connection`,
    );
  }
}
