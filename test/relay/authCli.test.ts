import { afterEach, describe, expect, it } from 'vitest';
import { INVITE_PARAM, readGrantUnverified } from '../../shared/auth/accessToken.ts';
import { apiCall } from '../support/apiCall.ts';
import { runCli, type CliRun } from '../support/runCli.ts';
import { whenClosed, whenSynced } from '../support/connectProvider.ts';
import { connectWithToken } from '../support/connectWithToken.ts';
import { startRelayProcess, type RelayProcess } from '../support/relayProcess.ts';
import { syncingPair } from '../support/syncingPair.ts';
import { TEST_AUTH_SECRET } from '../support/testAuth.ts';
import { waitFor } from '../support/waitFor.ts';
import { CloseCodes } from '../../shared/protocol/closeCodes.ts';

/** Runs `npm run invite --` with `args`, with no auth settings but those in `env`. */
function invite(args: string[], env: Record<string, string | undefined>): Promise<CliRun> {
  return runCli('invite', args, {
    AUTH: undefined,
    AUTH_SECRET: undefined,
    HOST: undefined,
    ...env,
  });
}

const tokenOf = (link: string) => new URL(link.trim()).searchParams.get(INVITE_PARAM) ?? '';

describe('npm run invite', () => {
  let relay: RelayProcess | undefined;
  afterEach(async () => {
    await relay?.dispose();
    relay = undefined;
  });

  it('prints a link the running relay accepts, without opening its store', async () => {
    relay = await startRelayProcess({ auth: true, env: { AUTH_SECRET: '' } });
    const env = { DATA_DIR: relay.dataDir, PORT: String(relay.port) };
    // The relay holds the store's lock; the CLI only reads DATA_DIR/.auth-secret.
    const run = await invite(
      [
        'cli-doc',
        '--role',
        'chair',
        '--partnership',
        'SAB',
        '--name',
        'Jo Reid',
        '--organisation',
        'Sandwell SSCB',
        '--days',
        '7',
      ],
      env,
    );
    expect(run).toMatchObject({ code: 0 });
    expect(run.stdout.trim()).toMatch(
      new RegExp(`^${relay.url}/d/cli-doc\\?${INVITE_PARAM}=[\\w-]+\\.[\\w-]+$`),
    );
    const token = tokenOf(run.stdout);
    const grant = readGrantUnverified(token);
    expect(grant).toMatchObject({
      doc: 'cli-doc',
      role: 'chair',
      partnership: 'SAB',
      name: 'Jo Reid',
      organisation: 'Sandwell SSCB',
    });
    expect(grant!.exp - grant!.iat).toBe(7 * 24 * 60 * 60);

    const jo = connectWithToken(relay.wsUrl, 'cli-doc', token);
    await whenSynced(jo.provider);
    const owner = tokenOf((await invite(['*', '--role', 'owner'], env)).stdout);
    // The relay records a CLI link the first time it is used, so it can be revoked.
    const access = await waitFor(async () => {
      const { body } = await apiCall(relay!.url, '/api/docs/cli-doc/access', { token: owner });
      const grants = (body as { grants: Array<{ lid: string; minted: boolean }> }).grants;
      return grants.find((g) => g.lid === grant!.lid);
    });
    expect(access.minted).toBe(false);

    const healthy = await syncingPair(relay, 'healthy-doc');
    const closed = whenClosed(jo.provider);
    await apiCall(relay.url, `/api/docs/cli-doc/invites/${grant!.lid}`, {
      method: 'DELETE',
      token: owner,
    });
    expect(await closed).toEqual(CloseCodes.accessRevoked);
    await healthy.expectStillSyncing();
    healthy.destroy();
    jo.destroy();
  });

  it('signs with AUTH_SECRET and honours --base-url; * links are for owners', async () => {
    const env = { AUTH_SECRET: TEST_AUTH_SECRET, DATA_DIR: '/nonexistent/never-created' };
    const run = await invite(
      ['*', '--role', 'owner', '--base-url', 'https://protocols.example.org/'],
      env,
    );
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toMatch(/^https:\/\/protocols\.example\.org\/\?access=\S+$/);
    expect(readGrantUnverified(tokenOf(run.stdout))).toMatchObject({
      doc: '*',
      role: 'owner',
      name: 'Owner',
    });
  });

  it.each([
    [['cli-doc'], /--role is required/],
    [['cli-doc', '--role', 'admin'], /--role must be one of/],
    [['cli-doc', '--role', 'chair'], /--partnership is required for a chair/],
    [['cli-doc', '--role', 'editor', '--partnership', 'SAB'], /only to a chair/],
    [['*', '--role', 'editor'], /only be for the owner role/],
    [
      ['cli-doc', '--role', 'viewer', '--days', '400'],
      /--days must be a whole number from 1 to 365/,
    ],
    [['cli-doc', '--role', 'viewer', '--days', 'soon'], /--days must be/],
    [['../etc', '--role', 'viewer'], /not a valid document id/],
    [['--role', 'viewer'], /exactly one document id/],
    [['cli-doc', '--role', 'viewer', '--colour', 'red'], /Unknown option '--colour'/],
    [['cli-doc', '--role', 'viewer', '--base-url', 'ftp://x'], /--base-url must be an http/],
  ])('rejects %j with exit code 2 and a clear message', async (args, message) => {
    const run = await invite(args, { AUTH_SECRET: TEST_AUTH_SECRET });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
    expect(run.stderr).toContain('Usage: npm run invite');
  });

  it('refuses when authentication is off', async () => {
    const run = await invite(['cli-doc', '--role', 'viewer'], { AUTH: 'off' });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/AUTH=off/);
  });
});
