import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

describe('loadConfig', () => {
  it('applies defaults', () => {
    const config = loadConfig({}, '/srv/app');
    expect(config.host).toBe('127.0.0.1');
    expect(config.port).toBe(8420);
    expect(config.dataDir).toBe('/srv/app/data');
    expect(config.staticDir).toBe(resolve(import.meta.dirname, '..', 'dist/client'));
  });

  it('reads and resolves the environment', () => {
    const config = loadConfig(
      {
        HOST: '0.0.0.0',
        PORT: '0',
        DATA_DIR: 'store',
        STATIC_DIR: '/var/www',
        AUTH_SECRET: 's'.repeat(32),
      },
      '/srv/app',
    );
    expect(config).toMatchObject({
      host: '0.0.0.0',
      port: 0,
      dataDir: '/srv/app/store',
      staticDir: '/var/www',
    });
  });

  it.each(['-1', '65536', '80a', '1.5'])('rejects PORT=%s with a clear message', (port) => {
    expect(() => loadConfig({ PORT: port })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: port })).toThrow(/PORT must be an integer/);
  });

  it('rejects a HOST with spaces', () => {
    expect(() => loadConfig({ HOST: 'local host' })).toThrow(/HOST must be/);
  });
});
