import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { connectProvider, whenSynced, type ConnectedPeer } from '../support/connectProvider.ts';
import { startTestServer, type TestServer } from '../support/startTestServer.ts';
import { waitFor } from '../support/waitFor.ts';

describe('relay sync with the official WebsocketProvider', () => {
  let relay: TestServer;
  const peers: ConnectedPeer[] = [];
  const peer = (docId: string) => {
    const connected = connectProvider(relay.wsUrl, docId);
    peers.push(connected);
    return connected;
  };

  beforeEach(async () => {
    relay = await startTestServer();
  });
  afterEach(async () => {
    for (const p of peers.splice(0)) p.destroy();
    await relay.dispose();
  });

  it('syncs text typed on one doc to the other, both ways', async () => {
    const a = peer('sync-doc-1');
    const b = peer('sync-doc-1');
    await Promise.all([whenSynced(a.provider), whenSynced(b.provider)]);

    a.doc.getText('title').insert(0, 'Joint working protocol');
    await waitFor(() => b.doc.getText('title').toString() === 'Joint working protocol');

    b.doc.getText('title').insert(0, 'Draft: ');
    await waitFor(() => a.doc.getText('title').toString() === 'Draft: Joint working protocol');
  });

  it('propagates awareness states and removes them when a peer disconnects', async () => {
    const a = peer('sync-doc-2');
    const b = peer('sync-doc-2');
    await Promise.all([whenSynced(a.provider), whenSynced(b.provider)]);

    a.provider.awareness.setLocalStateField('user', { name: 'Alice' });
    await waitFor(() => b.provider.awareness.getStates().get(a.doc.clientID)?.user, {
      message: "Alice's awareness at B",
    });
    expect(b.provider.awareness.getStates().get(a.doc.clientID)).toEqual({
      user: { name: 'Alice' },
    });

    // A late joiner is sent the states already known to the relay.
    const c = peer('sync-doc-2');
    await waitFor(() => c.provider.awareness.getStates().has(a.doc.clientID));

    // disconnect() closes the socket without A announcing its own removal,
    // so the relay must remove A's state when the connection closes.
    a.provider.disconnect();
    await waitFor(() => !b.provider.awareness.getStates().has(a.doc.clientID), {
      message: "A's awareness to be removed at B",
    });
    await waitFor(() => !c.provider.awareness.getStates().has(a.doc.clientID));
  });
});
