import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nowSeconds } from '../../server/auth/mintGrant.ts';
import { CloseCodes } from '../../shared/protocol/closeCodes.ts';
import { apiCall } from '../support/apiCall.ts';
import { whenClosed, whenSynced, type ConnectedPeer } from '../support/connectProvider.ts';
import { connectWithToken, socketOutcome } from '../support/connectWithToken.ts';
import { startTestServer, type TestServer } from '../support/startTestServer.ts';
import { syncingPair, type SyncingPair } from '../support/syncingPair.ts';
import { mintTestToken, type TestGrantInit } from '../support/testAuth.ts';
import { tamperPayload, tamperSignature } from '../support/tamper.ts';
import { waitFor } from '../support/waitFor.ts';

describe('relay access with auth on', () => {
  let relay: TestServer;
  let healthy: SyncingPair;
  const peers: ConnectedPeer[] = [];
  const peer = (docId: string, init: Omit<TestGrantInit, 'doc'> & { doc?: string }) => {
    const connected = connectWithToken(relay.wsUrl, docId, relay.mint({ doc: docId, ...init }));
    peers.push(connected);
    return connected;
  };
  /** Opens a raw socket with `token`, expects it refused before any frame, returns the close. */
  const refusal = async (docId: string, token?: string) => {
    const query = token === undefined ? '' : `?token=${encodeURIComponent(token)}`;
    const { code, reason, frames } = await socketOutcome(`${relay.wsUrl}/${docId}${query}`);
    expect(frames).toBe(0);
    return { code, reason };
  };
  const documentsLoaded = async () =>
    ((await apiCall(relay.url, '/healthz')).body as { documentsLoaded: number }).documentsLoaded;

  beforeEach(async () => {
    relay = await startTestServer({ auth: true });
    healthy = await syncingPair(relay, 'healthy-doc');
  });
  afterEach(async () => {
    for (const p of peers.splice(0)) p.destroy();
    healthy.destroy();
    await relay.dispose();
  });

  it('refuses a connection without a token before loading the document', async () => {
    expect(await refusal('secret-doc')).toEqual(CloseCodes.unauthorized);
    expect(await refusal('secret-doc', '')).toEqual(CloseCodes.unauthorized);
    expect(await refusal('secret-doc', 'not-a-token')).toEqual(CloseCodes.unauthorized);
    expect(await documentsLoaded()).toBe(1);
    await healthy.expectStillSyncing();
  });

  it('refuses tampered tokens: one character of the payload or of the signature', async () => {
    const token = relay.mint({ doc: 'secret-doc', role: 'owner' });
    expect(await refusal('secret-doc', tamperPayload(token))).toEqual(CloseCodes.unauthorized);
    await healthy.expectStillSyncing();
    expect(await refusal('secret-doc', tamperSignature(token))).toEqual(CloseCodes.unauthorized);
    await healthy.expectStillSyncing();
    const otherSecret = mintTestToken({ doc: 'secret-doc', role: 'owner' }, 'x'.repeat(40));
    expect(await refusal('secret-doc', otherSecret)).toEqual(CloseCodes.unauthorized);
    expect(await documentsLoaded()).toBe(1);
  });

  it('refuses an expired token with tokenExpired', async () => {
    const expired = relay.mint({ doc: 'secret-doc', role: 'editor', exp: nowSeconds() - 1 });
    expect(await refusal('secret-doc', expired)).toEqual(CloseCodes.tokenExpired);
    await healthy.expectStillSyncing();
  });

  it('refuses a token for another document with wrongDocument', async () => {
    const other = relay.mint({ doc: 'other-doc', role: 'owner' });
    expect(await refusal('secret-doc', other)).toEqual(CloseCodes.wrongDocument);
    await healthy.expectStillSyncing();
  });

  it('lets a workspace owner (*) open any document', async () => {
    const owner = connectWithToken(
      relay.wsUrl,
      'healthy-doc',
      relay.mint({ doc: '*', role: 'owner' }),
    );
    peers.push(owner);
    await whenSynced(owner.provider);
    await healthy.expectStillSyncing();
    await waitFor(() => owner.doc.getText('title').toString().includes('still syncing'));
  });

  it('closes a live connection when its token expires', async () => {
    const expiring = peer('expiring-doc', { role: 'editor', exp: nowSeconds() + 2 });
    await whenSynced(expiring.provider);
    const closed = whenClosed(expiring.provider);
    expect(await closed).toEqual(CloseCodes.tokenExpired);
    await healthy.expectStillSyncing();
  });

  it('revoking a link closes its connections at once and refuses it from then on', async () => {
    const owner = relay.mint({ doc: '*', role: 'owner', name: 'Owner' });
    const created = await apiCall(relay.url, '/api/docs/revoke-doc/invites', {
      method: 'POST',
      token: owner,
      body: { role: 'editor', name: 'Jo Reid', organisation: 'Sandwell SSCB' },
    });
    const { lid, token } = created.body as { lid: string; token: string };
    const jo = connectWithToken(relay.wsUrl, 'revoke-doc', token);
    const joAgain = connectWithToken(relay.wsUrl, 'revoke-doc', token);
    peers.push(jo, joAgain);
    await Promise.all([whenSynced(jo.provider), whenSynced(joAgain.provider)]);
    const closed = [whenClosed(jo.provider), whenClosed(joAgain.provider)];

    const revoked = await apiCall(relay.url, `/api/docs/revoke-doc/invites/${lid}`, {
      method: 'DELETE',
      token: owner,
    });
    expect(revoked.status).toBe(204);
    expect(await Promise.all(closed)).toEqual([CloseCodes.accessRevoked, CloseCodes.accessRevoked]);
    await healthy.expectStillSyncing();

    expect(await refusal('revoke-doc', token)).toEqual(CloseCodes.accessRevoked);
    await healthy.expectStillSyncing();
  });

  it('keeps a revoked link revoked across a restart', async () => {
    const token = relay.mint({ doc: 'restart-doc', role: 'editor', lid: 'link-restart-1' });
    const owner = relay.mint({ doc: 'restart-doc', role: 'owner' });
    const jo = connectWithToken(relay.wsUrl, 'restart-doc', token);
    peers.push(jo);
    await whenSynced(jo.provider);
    // A link minted elsewhere (CLI, tests) is known to the relay once it was used.
    await waitFor(async () => {
      const { body } = await apiCall(relay.url, '/api/docs/restart-doc/access', { token: owner });
      return (body as { grants: Array<{ lid: string }> }).grants.some(
        (g) => g.lid === 'link-restart-1',
      );
    });
    const closed = whenClosed(jo.provider);
    const answer = await apiCall(relay.url, '/api/docs/restart-doc/invites/link-restart-1', {
      method: 'DELETE',
      token: owner,
    });
    expect(answer.status).toBe(204);
    expect(await closed).toEqual(CloseCodes.accessRevoked);

    healthy.destroy();
    await relay.restart();
    healthy = await syncingPair(relay, 'healthy-doc');
    expect(await refusal('restart-doc', token)).toEqual(CloseCodes.accessRevoked);
    await healthy.expectStillSyncing();
  });

  it('revoking a person closes all their links on the document and no one else', async () => {
    const owner = relay.mint({ doc: 'person-doc', role: 'owner', name: 'Owner' });
    const invite = async (body: Record<string, string>) =>
      (
        (
          await apiCall(relay.url, '/api/docs/person-doc/invites', {
            method: 'POST',
            token: owner,
            body,
          })
        ).body as { token: string }
      ).token;
    const jo1 = connectWithToken(
      relay.wsUrl,
      'person-doc',
      await invite({ role: 'editor', name: 'Jo Reid', organisation: 'Sandwell SSCB' }),
    );
    const jo2 = connectWithToken(
      relay.wsUrl,
      'person-doc',
      await invite({ role: 'viewer', name: 'Jo Reid', organisation: 'Sandwell SSCB' }),
    );
    const otherJo = connectWithToken(
      relay.wsUrl,
      'person-doc',
      await invite({ role: 'editor', name: 'Jo Reid', organisation: 'Barnsley SAB' }),
    );
    const ann = connectWithToken(
      relay.wsUrl,
      'person-doc',
      await invite({ role: 'editor', name: 'Ann Lee', organisation: 'Sandwell SSCB' }),
    );
    peers.push(jo1, jo2, otherJo, ann);
    await Promise.all([jo1, jo2, otherJo, ann].map((p) => whenSynced(p.provider)));
    const closed = [whenClosed(jo1.provider), whenClosed(jo2.provider)];

    const answer = await apiCall(relay.url, '/api/docs/person-doc/revoke-person', {
      method: 'POST',
      token: owner,
      body: { name: 'Jo Reid', organisation: 'Sandwell SSCB' },
    });
    expect(answer.status).toBe(200);
    expect((answer.body as { revoked: string[] }).revoked).toHaveLength(2);
    expect(await Promise.all(closed)).toEqual([CloseCodes.accessRevoked, CloseCodes.accessRevoked]);

    ann.doc.getText('title').insert(0, 'Ann still here');
    await waitFor(() => otherJo.doc.getText('title').toString() === 'Ann still here');
    await healthy.expectStillSyncing();
  });

  it('a viewer receives updates and syncs normally, but a change closes it with readOnly', async () => {
    const editor = peer('viewer-doc', { role: 'editor', name: 'Ed' });
    await whenSynced(editor.provider);
    editor.doc.getText('title').insert(0, 'Draft protocol');
    editor.doc.getText('title').delete(0, 6);

    const viewer = peer('viewer-doc', { role: 'viewer', name: 'Vi' });
    let viewerClosed: unknown;
    viewer.provider.on('closed', (event) => (viewerClosed = event));
    await whenSynced(viewer.provider);
    await waitFor(() => viewer.doc.getText('title').toString() === 'protocol');
    editor.doc.getText('title').insert(8, ' v2');
    await waitFor(() => viewer.doc.getText('title').toString() === 'protocol v2');

    // Reconnecting, the viewer's sync step 2 carries the delete set the relay already has.
    viewer.provider.disconnect();
    viewer.provider.connect();
    await whenSynced(viewer.provider);
    editor.doc.getText('title').insert(11, ' final');
    await waitFor(() => viewer.doc.getText('title').toString() === 'protocol v2 final');
    expect(viewerClosed).toBeUndefined();

    const closed = whenClosed(viewer.provider);
    viewer.doc.getText('title').insert(0, 'HACKED ');
    expect(await closed).toEqual(CloseCodes.readOnly);

    editor.doc.getText('title').insert(0, 'barrier ');
    const reader = peer('viewer-doc', { role: 'viewer', name: 'Reader' });
    await waitFor(() => reader.doc.getText('title').toString().startsWith('barrier '));
    expect(reader.doc.getText('title').toString()).toBe('barrier protocol v2 final');
    expect(editor.doc.getText('title').toString()).toBe('barrier protocol v2 final');
    await healthy.expectStillSyncing();
  });

  it('labels presence with the name and organisation from the token', async () => {
    const jo = peer('presence-doc', {
      role: 'chair',
      partnership: 'SAB',
      name: 'Jo Reid',
      organisation: 'Sandwell SSCB',
    });
    const observer = peer('presence-doc', { role: 'viewer', name: 'Observer' });
    await Promise.all([whenSynced(jo.provider), whenSynced(observer.provider)]);

    jo.provider.awareness.setLocalStateField('user', {
      name: 'Mallory',
      organisation: 'Somewhere else',
      color: '#ff0000',
    });
    const seen = await waitFor(() => {
      const user = observer.provider.awareness.getStates().get(jo.doc.clientID)?.user as
        Record<string, unknown> | undefined;
      return user?.color === '#ff0000' ? user : undefined;
    });
    expect(seen).toEqual({ name: 'Jo Reid', organisation: 'Sandwell SSCB', color: '#ff0000' });
    await healthy.expectStillSyncing();
  });
});
