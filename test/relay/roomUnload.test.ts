import { afterEach, describe, expect, it } from 'vitest';
import { DocStore } from '../../server/relay/DocStore.ts';
import { connectProvider, whenSynced } from '../support/connectProvider.ts';
import { RawRelayClient } from '../support/RawRelayClient.ts';
import { startTestServer, type TestServer } from '../support/startTestServer.ts';
import { waitFor } from '../support/waitFor.ts';

interface Health {
  documentsLoaded: number;
  connections: number;
}

const health = async (relay: TestServer) =>
  (await (await fetch(`${relay.url}/healthz`)).json()) as Health;

describe('room unload', () => {
  let relay: TestServer;
  afterEach(async () => {
    await relay.dispose();
  });

  it('drops the room when the last client leaves, compacts it, and serves it again', async () => {
    relay = await startTestServer();
    const writer = await RawRelayClient.connect(relay.wsUrl, 'unload-doc');
    // Each durable round trip is flushed on its own, so each becomes one row.
    for (const word of ['alpha ', 'beta ', 'gamma']) {
      writer.doc.getText('title').insert(writer.doc.getText('title').length, word);
      await writer.durableState();
    }
    expect(await relay.server.countUpdateRows('unload-doc')).toBe(3);
    expect(await health(relay)).toMatchObject({ documentsLoaded: 1, connections: 1 });

    await writer.close();
    await waitFor(async () => (await health(relay)).documentsLoaded === 0, {
      message: 'the room to leave memory',
    });
    expect(await relay.server.countUpdateRows('unload-doc')).toBe(1);

    const reader = connectProvider(relay.wsUrl, 'unload-doc');
    await whenSynced(reader.provider);
    expect(reader.doc.getText('title').toString()).toBe('alpha beta gamma');
    expect((await health(relay)).documentsLoaded).toBe(1);
    reader.destroy();
  });

  it('compacts a busy document past the row threshold while it stays loaded', async () => {
    relay = await startTestServer({ compactAfterRows: 5 });
    const writer = await RawRelayClient.connect(relay.wsUrl, 'busy-doc');
    for (let i = 0; i < 12; i++) {
      writer.doc.getText('title').insert(0, String(i % 10));
      await writer.durableState();
    }
    expect(await relay.server.countUpdateRows('busy-doc')).toBeLessThanOrEqual(5);
    await writer.close();
    await waitFor(async () => (await health(relay)).documentsLoaded === 0);

    // Reopen the store directly, after the relay is closed, to check what is on disk.
    await relay.server.close();
    const store = await DocStore.open(relay.dataDir);
    try {
      expect(await store.countUpdateRows('busy-doc')).toBe(1);
      const [entry] = await store.listMeta();
      expect(entry).toMatchObject({ id: 'busy-doc', meta: { title: '109876543210' } });
    } finally {
      await store.close();
    }
  });
});
