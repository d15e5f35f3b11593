import * as Y from 'yjs';
import { pause } from '../core/mapLimit.ts';
import { withinMs } from '../core/withinMs.ts';
import type { RelayUnderTest } from '../servers/relays.ts';
import { WireClient } from './WireClient.ts';

/** How long one connection may take to open and sync, and the whole document to arrive. */
const CONNECT_MS = 20_000;
const DOCUMENT_MS = 180_000;

/**
 * Sends `updates` to `docId`, one frame each, and resolves once the relay holds all of
 * `expected` (a second client's first sync, served after the writer's frames, covers it).
 * A reader that gets no first sync in time is dropped and another tried; past the overall
 * deadline it fails, naming the relay, rather than hang the run.
 */
export async function sendDocument(
  relay: RelayUnderTest,
  docId: string,
  updates: readonly Uint8Array[],
  expected: Y.Doc,
): Promise<void> {
  const writer = await withinMs(WireClient.open(relay, docId), CONNECT_MS, `${relay.name} writer`);
  for (const update of updates) writer.sendUpdate(update);
  const target = Buffer.from(Y.encodeStateVector(expected));
  const deadline = performance.now() + DOCUMENT_MS;
  for (;;) {
    const opening = WireClient.open(relay, docId);
    try {
      const reader = await withinMs(opening, CONNECT_MS, `${relay.name} reader`);
      await withinMs(reader.close(), CONNECT_MS, `${relay.name} reader close`);
      if (Buffer.from(Y.encodeStateVectorFromUpdate(reader.firstSync)).equals(target)) break;
    } catch (error) {
      void opening.then((late) => late.close()).catch(() => undefined);
      if (performance.now() > deadline) throw error;
    }
    if (performance.now() > deadline) {
      throw new Error(`${relay.name} did not hold the whole document within ${DOCUMENT_MS} ms`);
    }
    await pause(50);
  }
  await withinMs(writer.close(), CONNECT_MS, `${relay.name} writer close`);
}
