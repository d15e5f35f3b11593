import * as encoding from 'lib0/encoding';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { MAX_AWARENESS_CLIENTS_PER_CONNECTION } from '../../server/relay/limits/awarenessClients.ts';
import { createDoc } from '../../shared/document/docFields.ts';
import { CloseCodes } from '../../shared/protocol/closeCodes.ts';
import { messageAwareness, messageSync } from '../../shared/protocol/messageTypes.ts';
import { bystanderPair, type BystanderPair } from '../support/bystanderPair.ts';
import { captureLogs } from '../support/captureLogs.ts';
import { connectProvider, whenSynced, type ConnectedPeer } from '../support/connectProvider.ts';
import { rejectedCount } from '../support/metricsText.ts';
import { RawRelayClient } from '../support/RawRelayClient.ts';
import { startTestServer, type TestServer } from '../support/startTestServer.ts';
import { waitFor } from '../support/waitFor.ts';

const INJECTED = 'INJECTED';
const EVIL_CLIENT = 424242;

const frame = (write: (encoder: encoding.Encoder) => void) => {
  const encoder = encoding.createEncoder();
  write(encoder);
  return encoding.toUint8Array(encoder);
};

/** A valid update that inserts INJECTED into the title and deletes part of it again. */
function injectingUpdate(): Uint8Array {
  const doc = createDoc();
  doc.getText('title').insert(0, `${INJECTED}!!`);
  doc.getText('title').delete(INJECTED.length, 2);
  return Y.encodeStateAsUpdate(doc);
}

/** A valid sync step 1 whose client id takes a multi-byte varint. */
function syncStep1(): Uint8Array {
  const doc = createDoc();
  doc.clientID = 2 ** 31 - 1;
  doc.getText('title').insert(0, 'x');
  return frame((e) => {
    encoding.writeVarUint(e, messageSync);
    syncProtocol.writeSyncStep1(e, doc);
  });
}

/**
 * An awareness frame with `count` states, EVIL_CLIENT's first, and `cut` bytes cut off the
 * end of the update.
 */
function awarenessFrame(count: number, cut = 0): Uint8Array {
  const update = frame((e) => {
    encoding.writeVarUint(e, count);
    for (let i = 0; i < count; i++) {
      encoding.writeVarUint(e, EVIL_CLIENT + i);
      encoding.writeVarUint(e, 1);
      encoding.writeVarString(e, JSON.stringify({ user: { name: `evil ${i}` } }));
    }
  });
  return frame((e) => {
    encoding.writeVarUint(e, messageAwareness);
    encoding.writeVarUint8Array(e, update.slice(0, update.length - cut));
  });
}

const update = injectingUpdate();

const MALFORMED: Array<[string, Uint8Array | string]> = [
  // Fixed bytes from a random source, so a failure replays exactly.
  ['random bytes', Uint8Array.from(Buffer.from('9c2f7be1043da85e6f19c27b40e3d15a88', 'hex'))],
  ['a sync step 1 cut mid-varint', syncStep1().slice(0, 6)],
  [
    'an update cut inside its delete set (its structs are whole)',
    frame((e) => {
      encoding.writeVarUint(e, messageSync);
      syncProtocol.writeUpdate(e, update.slice(0, update.length - 2));
    }),
  ],
  ['an unknown message type', Uint8Array.of(77, 0, 1)],
  ['an empty frame', new Uint8Array(0)],
  ['a text frame', '{"type":"sync"}'],
  [
    'a huge declared length inside a small frame',
    Uint8Array.of(messageSync, 2, 0xff, 0xff, 0xff, 0xff, 0x0f, 1, 2, 3),
  ],
  ['an awareness update cut inside its second state', awarenessFrame(2, 3)],
  [
    `awareness for more than ${MAX_AWARENESS_CLIENTS_PER_CONNECTION} clients`,
    awarenessFrame(MAX_AWARENESS_CLIENTS_PER_CONNECTION + 1),
  ],
];

describe('malformed frames leave the room untouched', () => {
  let relay: TestServer;
  let pair: BystanderPair;
  let writer: RawRelayClient;
  let watcher: ConnectedPeer;

  beforeEach(async () => {
    relay = await startTestServer();
    pair = await bystanderPair(relay.wsUrl, 'bystander-doc');
    writer = await RawRelayClient.connect(relay.wsUrl, 'target-doc');
    writer.doc.getText('title').insert(0, 'original');
    await writer.durableState();
    watcher = connectProvider(relay.wsUrl, 'target-doc');
    await whenSynced(watcher.provider);
  });
  afterEach(async () => {
    pair.destroy();
    watcher.destroy();
    await writer.close();
    await relay.dispose();
  });

  it.each(MALFORMED)('%s: closes only the sender, logged and counted', async (_name, bad) => {
    const counted = await rejectedCount(relay.url, 'malformed');
    const seenClients = new Set<number>();
    watcher.provider.awareness.on('change', ({ added }: { added: number[] }) => {
      for (const id of added) seenClients.add(id);
    });
    const offender = await RawRelayClient.connect(relay.wsUrl, 'target-doc');
    const logs = captureLogs();

    offender.socket.send(bad);

    expect(await offender.closed).toEqual(CloseCodes.malformedMessage);
    logs.stop();
    // Anything the bad frame had applied would reach the watcher before this edit.
    writer.doc.getText('title').insert(8, ' then more');
    await waitFor(() => watcher.doc.getText('title').toString() === 'original then more');
    expect(seenClients.has(EVIL_CLIENT)).toBe(false);
    // A late joiner is sent every awareness state the room holds, before its sync completes.
    const reader = connectProvider(relay.wsUrl, 'target-doc');
    await whenSynced(reader.provider);
    expect(reader.provider.awareness.getStates().has(EVIL_CLIENT)).toBe(false);
    expect(Y.encodeStateVector(reader.doc)).toEqual(Y.encodeStateVector(writer.doc));
    reader.destroy();

    await pair.expectStillSyncing();
    expect(await rejectedCount(relay.url, 'malformed')).toBe(counted + 1);
    const rejections = logs.lines.filter((line) => line.event === 'connection-rejected');
    expect(rejections).toEqual([
      expect.objectContaining({
        reason: 'malformed',
        docId: 'target-doc',
        connectionId: expect.any(Number),
      }),
    ]);
  });

  it('applies the same update, and awareness up to the limit, when they arrive whole', async () => {
    const sender = await RawRelayClient.connect(relay.wsUrl, 'target-doc');
    sender.send(
      frame((e) => {
        encoding.writeVarUint(e, messageSync);
        syncProtocol.writeUpdate(e, update);
      }),
    );
    await waitFor(() => watcher.doc.getText('title').toString().includes(INJECTED));
    sender.send(awarenessFrame(MAX_AWARENESS_CLIENTS_PER_CONNECTION));
    const evil = () =>
      [...watcher.provider.awareness.getStates().keys()].filter(
        (id) => id >= EVIL_CLIENT && id < EVIL_CLIENT + MAX_AWARENESS_CLIENTS_PER_CONNECTION,
      );
    await waitFor(() => evil().length === MAX_AWARENESS_CLIENTS_PER_CONNECTION);
    await sender.close();
    await waitFor(() => evil().length === 0, { message: "the sender's states to be removed" });
  });
});
