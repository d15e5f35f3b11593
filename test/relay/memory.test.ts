import * as encoding from 'lib0/encoding';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import { encodeFrame } from '../../server/relay/encodeFrame.ts';
import { messageAwareness } from '../../shared/protocol/messageTypes.ts';
import { heapCensus, settledHeapUsed, type HeapCensus } from '../support/heapCensus.ts';
import { connectProvider, whenSynced } from '../support/connectProvider.ts';
import { readMetrics } from '../support/metricsText.ts';
import { RawRelayClient } from '../support/RawRelayClient.ts';
import { startTestServer, type TestServer } from '../support/startTestServer.ts';
import { waitFor } from '../support/waitFor.ts';

const DOCUMENTS = 1_000;
const WARM_UP = 50;
const CONCURRENCY = 10;
const MiB = 1024 * 1024;
const DEPARTED = 777_777;
/** What a relay (and its test client) allocates per document and connection. */
const PER_DOCUMENT = [
  'Room',
  'RoomPersistence',
  'Awareness',
  'Doc',
  'Connection',
  'RateLimiter',
  'WebSocket',
];

const perDocumentCounts = (census: HeapCensus) =>
  Object.fromEntries(PER_DOCUMENT.map((name) => [name, census.objects.get(name) ?? 0]));

/** Timers and intervals keeping the process alive. */
const activeTimers = () => process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length;

interface Health {
  documentsLoaded: number;
  connections: number;
}

describe('memory stays bounded', () => {
  let relay: TestServer;
  beforeAll(async () => {
    relay = await startTestServer();
  });
  afterAll(async () => {
    await relay.dispose();
  });

  const health = async () => (await (await fetch(`${relay.url}/healthz`)).json()) as Health;

  /** An awareness frame announcing `client` at `clock`. */
  const awarenessFrame = (client: number, clock: number) =>
    encodeFrame((encoder) => {
      encoding.writeVarUint(encoder, messageAwareness);
      encoding.writeVarUint8Array(
        encoder,
        encodeFrame((inner) => {
          encoding.writeVarUint(inner, 1);
          encoding.writeVarUint(inner, client);
          encoding.writeVarUint(inner, clock);
          encoding.writeVarString(inner, JSON.stringify({ user: { name: 'Departed' } }));
        }),
      );
    });

  /**
   * Opens a document, announces a presence, writes a small update, waits until it is on
   * disk, disconnects.
   */
  async function openWriteClose(docId: string): Promise<void> {
    const client = await RawRelayClient.connect(relay.wsUrl, docId);
    const awareness = new Awareness(client.doc);
    awareness.setLocalStateField('user', { name: docId });
    client.send(
      encodeFrame((encoder) => {
        encoding.writeVarUint(encoder, messageAwareness);
        encoding.writeVarUint8Array(
          encoder,
          encodeAwarenessUpdate(awareness, [client.doc.clientID]),
        );
      }),
    );
    awareness.destroy();
    client.doc.getText('title').insert(0, `Protocol ${docId}`);
    await client.durableState();
    await client.close();
    client.doc.destroy();
  }

  /** Opens and closes documents `from`…`to - 1`, `CONCURRENCY` at a time, until unloaded. */
  async function cycle(from: number, to: number): Promise<void> {
    for (let start = from; start < to; start += CONCURRENCY) {
      const batch = Array.from({ length: Math.min(CONCURRENCY, to - start) }, (_, i) =>
        openWriteClose(`memory-doc-${start + i}`),
      );
      await Promise.all(batch);
      await waitFor(async () => (await health()).documentsLoaded === 0, {
        intervalMs: 5,
        message: 'every room to be unloaded',
      });
    }
  }

  it(`returns to its baseline after opening and closing ${DOCUMENTS} documents`, async () => {
    await cycle(0, WARM_UP);
    const baseline = settledHeapUsed();
    const timersBefore = activeTimers();
    const countsBefore = perDocumentCounts(await heapCensus());
    const started = performance.now();

    await cycle(WARM_UP, WARM_UP + DOCUMENTS);

    const seconds = (performance.now() - started) / 1000;
    const after = settledHeapUsed();
    const growth = after - baseline;
    console.log(
      `memory: heapUsed ${(baseline / MiB).toFixed(1)} MiB → ${(after / MiB).toFixed(1)} MiB ` +
        `(${(growth / MiB).toFixed(2)} MiB) after ${DOCUMENTS} documents in ${seconds.toFixed(1)} s`,
    );
    expect(growth).toBeLessThan(15 * MiB);
    expect(await health()).toMatchObject({ documentsLoaded: 0, connections: 0 });
    const metrics = await readMetrics(relay.url);
    expect(metrics.get('relay_connections')).toBe(0);
    expect(metrics.get('relay_documents_loaded')).toBe(0);
    // An awareness left undestroyed would keep its 30 s check interval running.
    expect(activeTimers()).toBe(timersBefore);

    const census = await heapCensus();
    expect(perDocumentCounts(census)).toEqual(countsBefore);
    expect(countsBefore).toMatchObject({ Room: 0, Awareness: 0, Connection: 0 });
    // A map keyed by document id would keep its ids alive.
    expect(census.strings.filter((s) => /memory-doc-\d/.test(s))).toEqual([]);
  }, 180_000);

  it('forgets departed awareness clients in a room that stays loaded', async () => {
    const keeper = await RawRelayClient.connect(relay.wsUrl, 'long-lived-doc');
    const announce = async (clock: number) => {
      const client = await RawRelayClient.connect(relay.wsUrl, 'long-lived-doc');
      client.send(awarenessFrame(DEPARTED, clock));
      await client.durableState();
      return client;
    };
    // A joiner is sent every state the room holds before its own sync completes.
    const joinerSees = async () => {
      const joiner = connectProvider(relay.wsUrl, 'long-lived-doc');
      await whenSynced(joiner.provider);
      const seen = joiner.provider.awareness.getStates().has(DEPARTED);
      joiner.destroy();
      return seen;
    };

    const first = await announce(5);
    expect(await joinerSees()).toBe(true);
    await first.close();
    await waitFor(async () => !(await joinerSees()));
    // Had the room kept the departed client's clock (5), it would ignore clock 1 as stale.
    const second = await announce(1);
    expect(await joinerSees()).toBe(true);
    await second.close();
    await keeper.close();
  });
});
