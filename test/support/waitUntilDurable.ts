import * as Y from 'yjs';
import { RawRelayClient, coversDoc } from './RawRelayClient.ts';
import { waitFor } from './waitFor.ts';

/**
 * Resolves once the relay has durably stored everything `doc` holds. Opens a second
 * connection to the room, waits until the relay has sent it all of `doc`'s state (so the
 * relay has received it), then asks the durable-state query, which the relay only answers
 * after everything it had received is on disk. Use before killing a relay with SIGKILL.
 */
export async function waitUntilDurable(wsUrl: string, docId: string, doc: Y.Doc): Promise<void> {
  const probe = await RawRelayClient.connect(wsUrl, docId);
  try {
    await waitFor(() => coversDoc(Y.encodeStateVector(probe.doc), doc), {
      message: 'the relay to hold the document state',
    });
    const durable = await probe.durableState();
    if (!coversDoc(durable, doc)) throw new Error('durable state does not cover the document');
  } finally {
    await probe.close();
  }
}
