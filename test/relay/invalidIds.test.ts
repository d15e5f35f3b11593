import { readdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CloseCodes } from '../../shared/protocol/closeCodes.ts';
import { DocStore } from '../../server/relay/DocStore.ts';
import { RawRelayClient } from '../support/RawRelayClient.ts';
import { startTestServer, type TestServer } from '../support/startTestServer.ts';

// A literal `../` is normalised away by WebSocket clients before it is sent (and then is
// simply outside /ws: 404); the raw-path case is covered by roomFromUpgradePath's unit test.
const BAD_IDS = [
  '',
  'ab',
  '..%2F..%2Fetc%2Fpasswd',
  '..%2F',
  '%2e%2e%2fdata',
  'abc%00def',
  'a%2Fb%2Fc',
  '%E0%A4%A',
  '-leading-dash',
  'x'.repeat(65),
  'has%20space',
  'm!injected',
];

describe('malformed document ids', () => {
  let relay: TestServer;
  beforeAll(async () => {
    relay = await startTestServer();
  });
  afterAll(async () => {
    await relay.dispose();
  });

  it.each(BAD_IDS)('refuses the WebSocket for %j with invalidDocumentId', async (id) => {
    const client = await RawRelayClient.connect(relay.wsUrl, id);
    expect(await client.closed).toEqual(CloseCodes.invalidDocumentId);
  });

  it('refuses the bare WebSocket prefix too', async () => {
    const client = await RawRelayClient.connect(relay.wsUrl.replace(/\/ws$/, ''), 'ws');
    expect(await client.closed).toEqual(CloseCodes.invalidDocumentId);
  });

  it('rejects upgrades outside the WebSocket prefix with 404', async () => {
    const attempt = RawRelayClient.connect(relay.wsUrl.replace(/\/ws$/, ''), 'elsewhere');
    await expect(attempt).rejects.toThrow(/404/);
  });

  it.each(['..%2F..%2Fetc', 'ab', 'x'.repeat(65), 'a%2Fb%2Fc'])(
    'answers /d/%s with a 400 HTML page',
    async (id) => {
      const response = await fetch(`${relay.url}/d/${id}`);
      expect(response.status).toBe(400);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      const html = await response.text();
      expect(html).toContain('This link is not a valid document address');
      expect(html).not.toContain(relay.staticDir);
      expect(html).not.toMatch(/at .*\.ts/);
    },
  );

  it.each(['..%2F..%2Fetc', 'ab', 'x'.repeat(65)])(
    'answers /api/docs/%s/export with a 400 JSON error',
    async (id) => {
      const response = await fetch(`${relay.url}/api/docs/${id}/export?format=json`);
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({
        error: { code: 'invalid-document-id', message: expect.any(String) },
      });
    },
  );

  it('never writes anything for them to the data dir', async () => {
    await relay.server.close();
    const store = await DocStore.open(relay.dataDir);
    try {
      expect(await store.listMeta()).toEqual([]);
    } finally {
      await store.close();
    }
    const entries = await readdir(relay.dataDir);
    expect(entries.every((name) => !name.includes('..') && !name.includes('etc'))).toBe(true);
  });
});
