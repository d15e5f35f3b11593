import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import type { Grant } from '../../shared/auth/grant.ts';
import { can } from '../../shared/auth/roles.ts';
import type { CloseCodeName } from '../../shared/protocol/closeCodes.ts';
import { messageAwareness, messageSync } from '../../shared/protocol/messageTypes.ts';
import { rewriteAwarenessUpdate } from './rewriteAwarenessUpdate.ts';

/**
 * Applies a grant to one frame a client sent to the room holding `doc`: awareness is
 * relabelled with the grant's name and organisation; for a role that may not edit, a sync
 * step 2 or update carrying anything `doc` does not already have is refused (`readOnly`).
 * Everything else passes unchanged. Throws when the frame cannot be decoded.
 */
export function screenFrame(
  doc: Y.Doc,
  grant: Grant,
  frame: Uint8Array,
): Uint8Array | CloseCodeName {
  const decoder = decoding.createDecoder(frame);
  const type = decoding.readVarUint(decoder);
  if (type === messageAwareness) {
    const update = rewriteAwarenessUpdate(decoding.readVarUint8Array(decoder), grant);
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, messageAwareness);
    encoding.writeVarUint8Array(encoder, update);
    return encoding.toUint8Array(encoder);
  }
  if (type !== messageSync || can(grant.role, 'edit')) return frame;
  const syncType = decoding.readVarUint(decoder);
  if (syncType !== syncProtocol.messageYjsSyncStep2 && syncType !== syncProtocol.messageYjsUpdate) {
    return frame;
  }
  // A viewer's normal step 2 still carries the whole delete set: only news is refused.
  const update = decoding.readVarUint8Array(decoder);
  return Y.snapshotContainsUpdate(Y.snapshot(doc), update) ? frame : 'readOnly';
}
