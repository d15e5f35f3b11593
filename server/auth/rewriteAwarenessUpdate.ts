import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

/** Who a connection is, as its grant says: the label its presence must carry. */
export interface PresenceIdentity {
  name: string;
  organisation: string;
}

type JsonObject = Record<string, unknown>;

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Rewrites an awareness update (varuint count, then per entry varuint clientID, varuint
 * clock, varstring JSON state) so every state's `user.name` and `user.organisation` are
 * `identity`'s, keeping the client's other fields (colour, cursor…). A `null` state is a
 * removal and is kept as is. Throws on a truncated update or a state that is not JSON.
 */
export function rewriteAwarenessUpdate(update: Uint8Array, identity: PresenceIdentity): Uint8Array {
  const decoder = decoding.createDecoder(update);
  const encoder = encoding.createEncoder();
  const count = decoding.readVarUint(decoder);
  encoding.writeVarUint(encoder, count);
  for (let i = 0; i < count; i++) {
    encoding.writeVarUint(encoder, decoding.readVarUint(decoder));
    encoding.writeVarUint(encoder, decoding.readVarUint(decoder));
    const state: unknown = JSON.parse(decoding.readVarString(decoder));
    encoding.writeVarString(encoder, JSON.stringify(labelled(state, identity)));
  }
  return encoding.toUint8Array(encoder);
}

function labelled(state: unknown, identity: PresenceIdentity): unknown {
  if (state === null) return null;
  const fields = isObject(state) ? state : {};
  const user = isObject(fields.user) ? fields.user : {};
  return { ...fields, user: { ...user, name: identity.name, organisation: identity.organisation } };
}
