import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../config.ts';
import { isLoopbackHost } from './isLoopbackHost.ts';

const SECRET = 's'.repeat(32);

describe('auth configuration', () => {
  it('is on by default, with the generated secret, on the default loopback host', () => {
    expect(loadConfig({}).auth).toEqual({ mode: 'on' });
    expect(loadConfig({ AUTH_SECRET: SECRET, OWNER_NAME: ' Pat ' }).auth).toEqual({
      mode: 'on',
      secret: SECRET,
      ownerName: 'Pat',
    });
  });

  it('refuses a non-loopback host without AUTH_SECRET, with a clear message', () => {
    expect(() => loadConfig({ HOST: '0.0.0.0' })).toThrow(ConfigError);
    expect(() => loadConfig({ HOST: '0.0.0.0' })).toThrow(
      'Refusing to listen on 0.0.0.0 without AUTH_SECRET: set AUTH_SECRET (32+ characters) or bind to 127.0.0.1',
    );
    expect(() => loadConfig({ HOST: '192.168.1.20' })).toThrow(/without AUTH_SECRET/);
    expect(loadConfig({ HOST: '0.0.0.0', AUTH_SECRET: SECRET }).auth).toMatchObject({
      mode: 'on',
      secret: SECRET,
    });
  });

  it('refuses AUTH=off except on a loopback host', () => {
    expect(() => loadConfig({ HOST: '0.0.0.0', AUTH: 'off' })).toThrow(ConfigError);
    expect(() => loadConfig({ HOST: '::', AUTH: 'off', AUTH_SECRET: SECRET })).toThrow(
      /Refusing to listen on :: with AUTH=off/,
    );
    expect(loadConfig({ AUTH: 'off' }).auth).toEqual({ mode: 'off' });
    expect(loadConfig({ HOST: 'localhost', AUTH: 'OFF' }).auth).toEqual({ mode: 'off' });
  });

  it('refuses a short secret without printing it, and an unknown AUTH value', () => {
    expect(() => loadConfig({ AUTH_SECRET: 'short-secret' })).toThrow(
      /AUTH_SECRET must be at least 32 characters/,
    );
    expect(() => loadConfig({ AUTH_SECRET: 'short-secret' })).not.toThrow(/short-secret/);
    expect(() => loadConfig({ AUTH: 'maybe' })).toThrow(/AUTH must be "on" or "off"/);
  });

  it.each([
    ['127.0.0.1', true],
    ['127.8.9.10', true],
    ['localhost', true],
    ['LOCALHOST', true],
    ['::1', true],
    ['[::1]', true],
    ['0:0:0:0:0:0:0:1', true],
    ['::ffff:127.0.0.1', true],
    ['0.0.0.0', false],
    ['::', false],
    ['10.0.0.1', false],
    ['128.0.0.1', false],
    ['example.org', false],
    ['localhost.example.org', false],
  ])('isLoopbackHost(%s) is %s', (host, loopback) => {
    expect(isLoopbackHost(host)).toBe(loopback);
  });
});
