import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { apiCall, apiError } from '../support/apiCall.ts';
import { connectProvider, whenSynced, type ConnectedPeer } from '../support/connectProvider.ts';
import { startTestServer, type TestServer } from '../support/startTestServer.ts';
import { waitFor } from '../support/waitFor.ts';

describe('relay with AUTH=off', () => {
  let relay: TestServer;
  const peers: ConnectedPeer[] = [];
  beforeEach(async () => {
    relay = await startTestServer();
  });
  afterEach(async () => {
    for (const p of peers.splice(0)) p.destroy();
    await relay.dispose();
  });

  it('opens every route without a token; links answer 409 auth-off', async () => {
    expect(await apiCall(relay.url, '/api/me')).toEqual({
      status: 200,
      body: { grant: null, auth: 'off' },
    });
    expect(await apiCall(relay.url, '/api/docs')).toEqual({ status: 200, body: { documents: [] } });
    expect(await apiCall(relay.url, '/api/docs/doc-alpha/access')).toEqual({
      status: 200,
      body: { grants: [], auth: 'off' },
    });
    const invite = { method: 'POST', body: { role: 'viewer', name: 'V' } };
    expect(await apiCall(relay.url, '/api/docs/doc-alpha/invites', invite)).toEqual(
      apiError(409, 'auth-off'),
    );
    expect(
      await apiCall(relay.url, '/api/docs/doc-alpha/invites/some-lid', { method: 'DELETE' }),
    ).toEqual(apiError(409, 'auth-off'));
    expect(
      await apiCall(relay.url, '/api/docs/doc-alpha/revoke-person', {
        method: 'POST',
        body: { name: 'V', organisation: '' },
      }),
    ).toEqual(apiError(409, 'auth-off'));
  });

  it('passes presence through unchanged and needs no token to sync', async () => {
    const a = connectProvider(relay.wsUrl, 'open-doc');
    const b = connectProvider(relay.wsUrl, 'open-doc');
    peers.push(a, b);
    await Promise.all([whenSynced(a.provider), whenSynced(b.provider)]);
    a.provider.awareness.setLocalStateField('user', { name: 'Anyone', color: '#123456' });
    await waitFor(() => b.provider.awareness.getStates().get(a.doc.clientID)?.user);
    expect(b.provider.awareness.getStates().get(a.doc.clientID)).toEqual({
      user: { name: 'Anyone', color: '#123456' },
    });
  });
});
