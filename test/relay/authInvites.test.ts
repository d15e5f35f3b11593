import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readGrantUnverified } from '../../shared/auth/accessToken.ts';
import type { Grant } from '../../shared/auth/grant.ts';
import type { Role } from '../../shared/auth/roles.ts';
import { apiCall, apiError } from '../support/apiCall.ts';
import { whenSynced } from '../support/connectProvider.ts';
import { connectWithToken } from '../support/connectWithToken.ts';
import { type TestServer } from '../support/startTestServer.ts';
import { documentIds, startAuthWorkspace, type AuthWorkspace } from '../support/authWorkspace.ts';
import type { SyncingPair } from '../support/syncingPair.ts';
import { waitFor } from '../support/waitFor.ts';

const DAY = 24 * 60 * 60;

describe('access management API with auth on', () => {
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

  it('access list, invites and revocations need manage', async () => {
    const calls = [
      { path: '/api/docs/doc-alpha/access', method: 'GET' },
      { path: '/api/docs/doc-alpha/invites', method: 'POST', body: { role: 'viewer', name: 'X' } },
      { path: '/api/docs/doc-alpha/invites/some-lid', method: 'DELETE' },
      { path: '/api/docs/doc-alpha/revoke-person', method: 'POST', body: { name: 'X' } },
      { path: '/api/docs/*/access', method: 'GET' },
    ];
    const refusedTokens = [
      token('doc-alpha', 'viewer'),
      token('doc-alpha', 'editor'),
      token('doc-alpha', 'chair', { partnership: 'SAB' }),
      token('doc-beta', 'owner'),
    ];
    for (const t of refusedTokens) {
      for (const call of calls) {
        expect(await apiCall(relay.url, call.path, { ...call, token: t })).toEqual(
          apiError(403, 'forbidden'),
        );
      }
    }
    for (const call of calls) {
      expect(await apiCall(relay.url, call.path, call)).toEqual(apiError(401, 'unauthorized'));
    }
    await healthy.expectStillSyncing();
    const docOwner = token('doc-alpha', 'owner');
    expect((await apiCall(relay.url, calls[0]!.path, { token: docOwner })).status).toBe(200);
    expect(
      (await apiCall(relay.url, calls[1]!.path, { ...calls[1], token: docOwner })).status,
    ).toBe(201);
    // The workspace's own links are managed by workspace owners only.
    expect(await apiCall(relay.url, '/api/docs/*/access', { token: docOwner })).toEqual(
      apiError(403, 'forbidden'),
    );
  });

  it('creates an invitation: 201 { lid, token, link, grant }, and the link opens the document', async () => {
    const answer = await apiCall(relay.url, '/api/docs/doc-alpha/invites', {
      method: 'POST',
      token: owner,
      body: { role: 'chair', partnership: 'SAB', name: ' Jo Reid ', organisation: 'Sandwell SSCB' },
    });
    expect(answer.status).toBe(201);
    const {
      lid,
      token: invite,
      link,
      grant,
    } = answer.body as {
      lid: string;
      token: string;
      link: string;
      grant: Grant;
    };
    expect(link).toBe(`${relay.url}/d/doc-alpha?access=${invite}`);
    expect(grant).toEqual({
      v: 1,
      lid,
      doc: 'doc-alpha',
      role: 'chair',
      partnership: 'SAB',
      name: 'Jo Reid',
      organisation: 'Sandwell SSCB',
      iat: expect.any(Number),
      exp: grant.iat + 30 * DAY,
    });
    expect(readGrantUnverified(invite)).toEqual(grant);
    expect(await apiCall(relay.url, '/api/me', { token: invite })).toEqual({
      status: 200,
      body: { grant, auth: 'on' },
    });

    const jo = connectWithToken(relay.wsUrl, 'doc-alpha', invite);
    await whenSynced(jo.provider);
    expect(jo.doc.getText('title').toString()).toBe('Alpha');
    jo.destroy();

    // The relay records the first use just after admitting the connection.
    const entry = await waitFor(async () => {
      const { body } = await apiCall(relay.url, '/api/docs/doc-alpha/access', { token: owner });
      const grants = (body as { grants: Array<{ lid: string; firstSeenAt?: string }> }).grants;
      return grants.find((g) => g.lid === lid && g.firstSeenAt);
    });
    expect(entry).toEqual({
      lid,
      role: 'chair',
      partnership: 'SAB',
      name: 'Jo Reid',
      organisation: 'Sandwell SSCB',
      iat: grant.iat,
      exp: grant.exp,
      revoked: false,
      firstSeenAt: expect.any(String),
      lastSeenAt: expect.any(String),
      minted: true,
    });
    await healthy.expectStillSyncing();
  });

  it('a workspace link (*) is for owners and opens the document list', async () => {
    const answer = await apiCall(relay.url, '/api/docs/*/invites', {
      method: 'POST',
      token: owner,
      body: { role: 'owner', name: 'Co-owner', days: 365 },
    });
    expect(answer.status).toBe(201);
    const { token: coOwner, link } = answer.body as { token: string; link: string };
    expect(link).toBe(`${relay.url}/?access=${coOwner}`);
    expect(ids((await apiCall(relay.url, '/api/docs', { token: coOwner })).body)).toEqual([
      'doc-alpha',
      'doc-beta',
    ]);
    expect(
      await apiCall(relay.url, '/api/docs/*/invites', {
        method: 'POST',
        token: owner,
        body: { role: 'editor', name: 'Everywhere' },
      }),
    ).toEqual(apiError(400, 'invalid-body'));
  });

  it.each([
    ['an unknown role', { role: 'admin', name: 'A' }, /role must be one of/],
    ['no name', { role: 'editor' }, /name is required/],
    ['a blank name', { role: 'editor', name: '   ' }, /name is required/],
    ['a chair without partnership', { role: 'chair', name: 'C' }, /partnership is required/],
    [
      'a partnership for an editor',
      { role: 'editor', name: 'E', partnership: 'SAB' },
      /only to a chair/,
    ],
    ['0 days', { role: 'viewer', name: 'V', days: 0 }, /days must be/],
    ['366 days', { role: 'viewer', name: 'V', days: 366 }, /days must be/],
    ['1.5 days', { role: 'viewer', name: 'V', days: 1.5 }, /days must be/],
    ['an array', [], /JSON object/],
    ['invalid JSON', '{"role":', /not valid JSON/],
  ])('rejects an invitation with %s: 400 and a clear message', async (_name, body, message) => {
    const answer = await apiCall(relay.url, '/api/docs/doc-alpha/invites', {
      method: 'POST',
      token: owner,
      body,
    });
    expect(answer).toEqual(apiError(400, 'invalid-body'));
    expect((answer.body as { error: { message: string } }).error.message).toMatch(message);
    await healthy.expectStillSyncing();
  });

  it('rejects a body over 16 KiB with 413', async () => {
    const answer = await apiCall(relay.url, '/api/docs/doc-alpha/invites', {
      method: 'POST',
      token: owner,
      body: { role: 'viewer', name: 'V', padding: 'x'.repeat(17 * 1024) },
    });
    expect(answer).toEqual(apiError(413, 'payload-too-large'));
    await healthy.expectStillSyncing();
  });

  it('revokes a link: 204, 404 for a link the document does not know', async () => {
    const revoke = (doc: string, lid: string) =>
      apiCall(relay.url, `/api/docs/${doc}/invites/${lid}`, { method: 'DELETE', token: owner });
    const created = await apiCall(relay.url, '/api/docs/doc-alpha/invites', {
      method: 'POST',
      token: owner,
      body: { role: 'editor', name: 'Ed' },
    });
    const { lid } = created.body as { lid: string };
    expect(await revoke('doc-beta', lid)).toEqual(apiError(404, 'not-found'));
    expect(await revoke('doc-alpha', 'never-minted')).toEqual(apiError(404, 'not-found'));
    expect(await revoke('doc-alpha', lid)).toEqual({ status: 204, body: undefined });
    const access = await apiCall(relay.url, '/api/docs/doc-alpha/access', { token: owner });
    expect((access.body as { grants: unknown[] }).grants).toContainEqual(
      expect.objectContaining({ lid, revoked: true, minted: true }),
    );
    expect(
      await apiCall(relay.url, '/api/docs/doc-alpha/revoke-person', {
        method: 'POST',
        token: owner,
        body: { name: 'Nobody', organisation: '' },
      }),
    ).toEqual({ status: 200, body: { revoked: [] } });
  });
});
