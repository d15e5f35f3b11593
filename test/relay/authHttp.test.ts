import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nowSeconds } from '../../server/auth/mintGrant.ts';
import { readGrantUnverified } from '../../shared/auth/accessToken.ts';
import type { Grant } from '../../shared/auth/grant.ts';
import type { Role } from '../../shared/auth/roles.ts';
import { exportPath } from '../../shared/protocol/paths.ts';
import { apiCall, apiError } from '../support/apiCall.ts';
import { type TestServer } from '../support/startTestServer.ts';
import { documentIds, startAuthWorkspace, type AuthWorkspace } from '../support/authWorkspace.ts';
import type { SyncingPair } from '../support/syncingPair.ts';
import { tamperPayload, tamperSignature } from '../support/tamper.ts';
import { waitFor } from '../support/waitFor.ts';

describe('HTTP API access with auth on', () => {
  let workspace: AuthWorkspace;
  let relay: TestServer;
  let healthy: SyncingPair;
  let owner: string;
  const token = (doc: string, role: Role, extra: Partial<Grant> = {}) =>
    workspace.token(doc, role, extra);
  const ids = documentIds;

  beforeEach(async () => {
    workspace = await startAuthWorkspace();
    ({ relay, healthy, owner } = workspace);
  });
  afterEach(() => workspace.dispose());

  it('keeps /healthz public', async () => {
    expect((await apiCall(relay.url, '/healthz')).status).toBe(200);
  });

  it('answers 401 with the reason for a missing, bad, expired or revoked token', async () => {
    const list = (t?: string) => apiCall(relay.url, '/api/docs', { token: t });
    expect(await list()).toEqual(apiError(401, 'unauthorized'));
    expect(await list('nonsense')).toEqual(apiError(401, 'unauthorized'));
    expect(await list(tamperPayload(owner))).toEqual(apiError(401, 'unauthorized'));
    expect(await list(tamperSignature(owner))).toEqual(apiError(401, 'unauthorized'));
    await healthy.expectStillSyncing();
    const expired = token('*', 'owner', { exp: nowSeconds() - 1 });
    expect(await list(expired)).toEqual(apiError(401, 'token-expired'));
    expect(await apiCall(relay.url, exportPath('doc-alpha'), { token: expired })).toEqual(
      apiError(401, 'token-expired'),
    );
    await healthy.expectStillSyncing();

    const created = await apiCall(relay.url, '/api/docs/doc-alpha/invites', {
      method: 'POST',
      token: owner,
      body: { role: 'viewer', name: 'Vi' },
    });
    const { lid, token: viewer } = created.body as { lid: string; token: string };
    expect((await list(viewer)).status).toBe(200);
    await apiCall(relay.url, `/api/docs/doc-alpha/invites/${lid}`, {
      method: 'DELETE',
      token: owner,
    });
    expect(await list(viewer)).toEqual(apiError(401, 'access-revoked'));
    expect(await apiCall(relay.url, '/api/me', { token: viewer })).toEqual(
      apiError(401, 'access-revoked'),
    );
    await healthy.expectStillSyncing();
  });

  it('lists only the documents a token covers; the token may also be a query parameter', async () => {
    await healthy.expectStillSyncing();
    // healthy-doc is listed once its first write is on disk.
    const all = await waitFor(async () => {
      const listed = ids((await apiCall(relay.url, '/api/docs', { token: owner })).body);
      return listed.length === 3 ? listed : undefined;
    });
    expect(all).toEqual(['doc-alpha', 'doc-beta', 'healthy-doc']);
    const viewer = token('doc-alpha', 'viewer');
    expect(ids((await apiCall(relay.url, '/api/docs', { token: viewer })).body)).toEqual([
      'doc-alpha',
    ]);
    const byQuery = await apiCall(relay.url, `/api/docs?token=${token('doc-beta', 'chair')}`);
    expect(ids(byQuery.body)).toEqual(['doc-beta']);
    expect(
      ids((await apiCall(relay.url, '/api/docs', { token: token('nowhere', 'owner') })).body),
    ).toEqual([]);
    await healthy.expectStillSyncing();
  });

  it('export needs read on that document', async () => {
    const viewer = token('doc-alpha', 'viewer');
    const mine = await apiCall(relay.url, exportPath('doc-alpha'), { token: viewer });
    expect(mine.status).toBe(200);
    expect((mine.body as { title: string }).title).toBe('Alpha');
    expect(await apiCall(relay.url, exportPath('doc-beta'), { token: viewer })).toEqual(
      apiError(403, 'forbidden'),
    );
    expect(await apiCall(relay.url, exportPath('doc-beta'))).toEqual(apiError(401, 'unauthorized'));
    await healthy.expectStillSyncing();
  });

  it('delete needs manage on that document', async () => {
    const del = (doc: string, t: string) =>
      apiCall(relay.url, `/api/docs/${doc}`, { method: 'DELETE', token: t });
    for (const role of ['viewer', 'editor', 'chair'] as const) {
      expect(await del('doc-alpha', token('doc-alpha', role, { partnership: 'SAB' }))).toEqual(
        apiError(403, 'forbidden'),
      );
    }
    expect(await del('doc-beta', token('doc-alpha', 'owner'))).toEqual(apiError(403, 'forbidden'));
    await healthy.expectStillSyncing();
    expect((await del('doc-alpha', token('doc-alpha', 'owner'))).status).toBe(204);
    expect((await del('doc-beta', owner)).status).toBe(204);
    await waitFor(async () => {
      const listed = ids((await apiCall(relay.url, '/api/docs', { token: owner })).body);
      return listed.join() === 'healthy-doc';
    });
    await healthy.expectStillSyncing();
  });

  it('GET /api/me returns the verified grant, 401 otherwise', async () => {
    const viewer = token('doc-alpha', 'viewer', { name: 'Vi', organisation: 'Org' });
    expect(await apiCall(relay.url, '/api/me', { token: viewer })).toEqual({
      status: 200,
      body: { grant: readGrantUnverified(viewer), auth: 'on' },
    });
    expect(await apiCall(relay.url, '/api/me')).toEqual(apiError(401, 'unauthorized'));
    expect(await apiCall(relay.url, '/api/me', { token: tamperSignature(viewer) })).toEqual(
      apiError(401, 'unauthorized'),
    );
    expect(
      await apiCall(relay.url, '/api/me', { token: token('doc-alpha', 'viewer', { exp: 1 }) }),
    ).toEqual(apiError(401, 'token-expired'));
    await healthy.expectStillSyncing();
  });
});
