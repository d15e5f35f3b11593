import * as Y from 'yjs';
import type { RelayUnderTest } from '../servers/relays.ts';
import { WireClient } from './WireClient.ts';

/**
 * Sends `updates` to `docId`, one frame each, and resolves once the relay holds all of
 * `expected` (a second client's first sync, served after the writer's frames, covers it).
 */
export async function sendDocument(
  relay: RelayUnderTest,
  docId: string,
  updates: readonly Uint8Array[],
  expected: Y.Doc,
): Promise<void> {
  const writer = await WireClient.open(relay, docId);
  for (const update of updates) writer.sendUpdate(update);
  const target = Buffer.from(Y.encodeStateVector(expected));
  for (;;) {
    const reader = await WireClient.open(relay, docId);
    await reader.close();
    if (Buffer.from(Y.encodeStateVectorFromUpdate(reader.firstSync)).equals(target)) break;
  }
  await writer.close();
}
