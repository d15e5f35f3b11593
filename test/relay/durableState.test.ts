import * as Y from 'yjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RawRelayClient, coversDoc } from '../support/RawRelayClient.ts';
import { startTestServer, type TestServer } from '../support/startTestServer.ts';

describe('messageDurableState', () => {
  let relay: TestServer;
  beforeEach(async () => {
    relay = await startTestServer();
  });
  afterEach(async () => {
    await relay.dispose();
  });

  it('replies with a state vector covering an update sent just before the query', async () => {
    const client = await RawRelayClient.connect(relay.wsUrl, 'durable-doc');
    client.doc.getText('title').insert(0, 'Mental health crisis pathway');
    const stateVector = await client.durableState();

    expect(coversDoc(stateVector, client.doc)).toBe(true);
    expect(Y.decodeStateVector(stateVector).get(client.doc.clientID)).toBe(
      'Mental health crisis pathway'.length,
    );

    // …and the update really is on disk: a restarted relay still has it.
    await client.close();
    await relay.restart();
    const reader = await RawRelayClient.connect(relay.wsUrl, 'durable-doc');
    await expect
      .poll(() => reader.doc.getText('title').toString())
      .toBe('Mental health crisis pathway');
    await reader.close();
  });

  it('answers each query in order, every reply covering the updates before it', async () => {
    const client = await RawRelayClient.connect(relay.wsUrl, 'durable-doc-2');
    const replies: Array<Promise<Uint8Array>> = [];
    const expected: Uint8Array[] = [];
    for (const word of ['a', 'b', 'c']) {
      client.doc.getText('title').insert(0, word);
      expected.push(Y.encodeStateVector(client.doc));
      replies.push(client.durableState());
    }
    const received = await Promise.all(replies);
    received.forEach((stateVector, i) => {
      const want = Y.decodeStateVector(expected[i] ?? new Uint8Array());
      expect(Y.decodeStateVector(stateVector).get(client.doc.clientID)).toBeGreaterThanOrEqual(
        want.get(client.doc.clientID) ?? Infinity,
      );
    });
    await client.close();
  });
});
