import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError, type ServerConfig } from '../config.ts';
import { resolveAuth } from './resolveAuth.ts';
import { SECRET_FILE } from './secretFile.ts';

describe('resolveAuth', () => {
  let root: string;
  const config = (overrides: Partial<ServerConfig> = {}): ServerConfig => ({
    host: '127.0.0.1',
    port: 0,
    dataDir: join(root, 'data'),
    staticDir: root,
    ...overrides,
  });
  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'resolve-auth-'));
  });
  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('creates DATA_DIR/.auth-secret with mode 0600 and reuses it on later starts', async () => {
    const first = await resolveAuth(config());
    const path = join(root, 'data', SECRET_FILE);
    expect((await stat(path)).mode & 0o777).toBe(0o600);
    expect(first).toEqual({ mode: 'on', secret: (await readFile(path, 'utf8')).trim() });
    expect(first.mode === 'on' && first.secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await resolveAuth(config({ auth: { mode: 'on', ownerName: 'Pat' } }))).toEqual({
      ...first,
      ownerName: 'Pat',
    });
  });

  it('uses a configured secret and never touches the file', async () => {
    const secret = 'k'.repeat(40);
    expect(await resolveAuth(config({ auth: { mode: 'on', secret } }))).toEqual({
      mode: 'on',
      secret,
    });
    await expect(stat(join(root, 'data', SECRET_FILE))).rejects.toThrow();
  });

  it('refuses a hand-built config that would expose an open or file-keyed relay', async () => {
    await expect(resolveAuth(config({ host: '0.0.0.0' }))).rejects.toThrow(ConfigError);
    await expect(resolveAuth(config({ host: '0.0.0.0', auth: { mode: 'off' } }))).rejects.toThrow(
      /with AUTH=off/,
    );
    expect(await resolveAuth(config({ auth: { mode: 'off' } }))).toEqual({ mode: 'off' });
  });

  it('refuses a secret file that is too short', async () => {
    await resolveAuth(config());
    await writeFile(join(root, 'data', SECRET_FILE), 'short\n');
    await expect(resolveAuth(config())).rejects.toThrow(/at least 32 characters/);
  });
});
