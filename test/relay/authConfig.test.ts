import { spawn } from 'node:child_process';
import { readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SECRET_FILE } from '../../server/auth/secretFile.ts';
import { apiCall } from '../support/apiCall.ts';
import { startRelayProcess, type RelayProcess } from '../support/relayProcess.ts';
import { removeDir, tempDir } from '../support/tempDir.ts';
import { waitFor } from '../support/waitFor.ts';

const REPO_ROOT = resolve(import.meta.dirname, '../..');

/** Runs the relay entry point with `env` and resolves with its exit code and output. */
function runRelay(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/index.ts'], {
    cwd: REPO_ROOT,
    env: { ...process.env, AUTH: undefined, AUTH_SECRET: undefined, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
  return new Promise((done) =>
    child.once('exit', (code) => {
      clearTimeout(timer);
      done({ code, output });
    }),
  );
}

const ownerTokenIn = (output: string) =>
  /Owner link \(keep it private\): \S+\?access=(\S+)/.exec(output)?.[1];

describe('auth configuration of the relay process', () => {
  const cleanup: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const step of cleanup.splice(0).reverse()) await step();
  });

  it('refuses to listen on 0.0.0.0 without AUTH_SECRET, and with AUTH=off', async () => {
    const dataDir = await tempDir('relay-auth-config');
    cleanup.push(() => removeDir(dataDir));
    const noSecret = await runRelay({ HOST: '0.0.0.0', PORT: '0', DATA_DIR: dataDir });
    expect(noSecret.code).toBe(2);
    expect(noSecret.output).toContain(
      'Refusing to listen on 0.0.0.0 without AUTH_SECRET: set AUTH_SECRET (32+ characters) or bind to 127.0.0.1',
    );
    const off = await runRelay({ HOST: '0.0.0.0', PORT: '0', DATA_DIR: dataDir, AUTH: 'off' });
    expect(off.code).toBe(2);
    expect(off.output).toMatch(/Refusing to listen on 0\.0\.0\.0 with AUTH=off/);
    const short = await runRelay({ HOST: '0.0.0.0', PORT: '0', AUTH_SECRET: 'too-short' });
    expect(short.code).toBe(2);
    expect(short.output).toMatch(/AUTH_SECRET must be at least 32 characters/);
    expect(short.output).not.toContain('too-short');
  });

  it('generates a 0600 secret on a loopback host, reuses it, and never prints it', async () => {
    let relay: RelayProcess | undefined = await startRelayProcess({
      auth: true,
      env: { AUTH_SECRET: '', OWNER_NAME: 'Pat Owner' },
    });
    cleanup.push(() => relay?.dispose() ?? Promise.resolve());
    const secretPath = join(relay.dataDir, SECRET_FILE);
    expect((await stat(secretPath)).mode & 0o777).toBe(0o600);
    const secret = (await readFile(secretPath, 'utf8')).trim();
    expect(secret.length).toBeGreaterThanOrEqual(32);

    // The owner link follows the "running at" line the harness waits for.
    const firstToken = await waitFor(() => ownerTokenIn(relay!.output()), {
      message: 'the owner link',
    });
    const me = await apiCall(relay.url, '/api/me', { token: firstToken });
    expect(me).toEqual({
      status: 200,
      body: {
        grant: expect.objectContaining({
          doc: '*',
          role: 'owner',
          name: 'Pat Owner',
          organisation: '',
        }),
        auth: 'on',
      },
    });

    await relay.restart();
    expect((await readFile(secretPath, 'utf8')).trim()).toBe(secret);
    // The link printed at the first start still verifies: the same secret was reused.
    expect((await apiCall(relay.url, '/api/me', { token: firstToken })).status).toBe(200);
    expect(relay.output()).not.toContain(secret);
    const answers = await Promise.all(
      ['/healthz', '/api/me', '/api/docs', '/'].map(async (path) =>
        (
          await fetch(`${relay!.url}${path}`, {
            headers: { Authorization: `Bearer ${firstToken}` },
          })
        ).text(),
      ),
    );
    for (const answer of answers) expect(answer).not.toContain(secret);
    await relay.dispose();
    relay = undefined;
  });

  it('logs a warning and prints no owner link with AUTH=off on loopback', async () => {
    const relay = await startRelayProcess();
    cleanup.push(() => relay.dispose());
    await waitFor(() => /"level":"warn","event":"auth-off"/.test(relay.output()), {
      message: 'the auth-off warning',
    });
    expect(relay.output()).not.toMatch(/Owner link/);
  });
});
