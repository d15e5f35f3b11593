import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../server/http/securityHeaders.ts';
import { FIXTURE_INDEX_MARKER } from '../support/staticFixture.ts';
import { startTestServer, type TestServer } from '../support/startTestServer.ts';
import { removeDir, tempDir } from '../support/tempDir.ts';

describe('static files', () => {
  let relay: TestServer;
  beforeAll(async () => {
    relay = await startTestServer();
  });
  afterAll(async () => {
    await relay.dispose();
  });

  it.each(['/', '/d/abc123', '/d/k3m9q2w8e7r6t5y4'])(
    'serves index.html at %s with security headers',
    async (path) => {
      const response = await fetch(relay.url + path);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain(FIXTURE_INDEX_MARKER);
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    },
  );

  it('caches hashed assets as immutable and makes sw.js revalidate', async () => {
    const asset = await fetch(`${relay.url}/assets/app-test.js`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const worker = await fetch(`${relay.url}/sw.js`);
    expect(worker.status).toBe(200);
    expect(worker.headers.get('cache-control')).toBe('no-cache');
  });

  it.each([
    '/assets/missing.js',
    '/nothing-here.txt',
    '/assets/..%2F..%2F..%2Fetc%2Fpasswd',
    '/%2e%2e/%2e%2e/etc/passwd',
    '/assets/%00.js',
  ])('answers %s with 404 and never leaves the static dir', async (path) => {
    const response = await fetch(relay.url + path);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('root:');
  });

  it('explains a missing client build with 503', async () => {
    const emptyStatic = await tempDir('relay-empty-static');
    const bare = await startTestServer({ staticDir: emptyStatic });
    try {
      const response = await fetch(`${bare.url}/`);
      expect(response.status).toBe(503);
      expect(await response.text()).toContain('client not built: run npm run build');
    } finally {
      await bare.dispose();
      await removeDir(emptyStatic);
    }
  });
});
