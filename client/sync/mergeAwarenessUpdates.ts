import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

/**
 * One awareness update that leaves every state as applying `updates` in order would: per
 * client, the entry with the highest clock, a later removal winning a tie (the rule
 * `applyAwarenessUpdate` follows). Applied once, it redraws the carets once.
 */
export function mergeAwarenessUpdates(updates: readonly Uint8Array[]): Uint8Array {
  if (updates.length === 1) return updates[0]!;
  const latest = new Map<number, { clock: number; state: string }>();
  for (const update of updates) {
    const decoder = decoding.createDecoder(update);
    const count = decoding.readVarUint(decoder);
    for (let i = 0; i < count; i++) {
      const client = decoding.readVarUint(decoder);
      const clock = decoding.readVarUint(decoder);
      const state = decoding.readVarString(decoder);
      const kept = latest.get(client);
      if (!kept || clock > kept.clock || (clock === kept.clock && state === 'null')) {
        latest.set(client, { clock, state });
      }
    }
  }
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, latest.size);
  for (const [client, { clock, state }] of latest) {
    encoding.writeVarUint(encoder, client);
    encoding.writeVarUint(encoder, clock);
    encoding.writeVarString(encoder, state);
  }
  return encoding.toUint8Array(encoder);
}
