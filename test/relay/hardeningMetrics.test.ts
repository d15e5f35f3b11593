import { afterEach, describe, expect, it } from 'vitest';
import { CloseCodes } from '../../shared/protocol/closeCodes.ts';
import { captureLogs } from '../support/captureLogs.ts';
import { connectProvider, whenSynced } from '../support/connectProvider.ts';
import { readMetrics } from '../support/metricsText.ts';
import { socketOutcome } from '../support/connectWithToken.ts';
import { startTestServer, type TestServer } from '../support/startTestServer.ts';
import { waitFor } from '../support/waitFor.ts';
import { waitUntilDurable } from '../support/waitUntilDurable.ts';

const REASONS = [
  'malformed',
  'too-big',
  'rate-limited',
  'too-many-connections',
  'unauthorized',
  'token-expired',
  'access-revoked',
  'wrong-document',
  'read-only',
];

describe('GET /metrics', () => {
  let relay: TestServer;
  afterEach(async () => {
    await relay.dispose();
  });

  it('is public Prometheus text with every relay metric', async () => {
    relay = await startTestServer({ auth: true });
    const response = await fetch(`${relay.url}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await response.text();
    for (const [name, type] of [
      ['relay_connections', 'gauge'],
      ['relay_documents_loaded', 'gauge'],
      ['relay_messages_in_total', 'counter'],
      ['relay_messages_out_total', 'counter'],
      ['relay_bytes_in_total', 'counter'],
      ['relay_bytes_out_total', 'counter'],
      ['relay_persistence_write_seconds', 'histogram'],
      ['relay_persistence_errors_total', 'counter'],
      ['relay_rejected_total', 'counter'],
      ['process_resident_memory_bytes', 'gauge'],
      ['nodejs_heap_size_used_bytes', 'gauge'],
    ]) {
      expect(text).toContain(`# TYPE ${name} ${type}\n`);
    }
    const values = await readMetrics(relay.url);
    for (const reason of REASONS) {
      expect(values.get(`relay_rejected_total{reason="${reason}"}`)).toEqual(expect.any(Number));
    }
    expect(values.get('process_resident_memory_bytes')).toBeGreaterThan(0);
    expect((await fetch(`${relay.url}/metrics`, { method: 'POST' })).status).toBe(405);
  });

  it('counts connections, documents, messages, bytes and writes', async () => {
    relay = await startTestServer();
    const before = await readMetrics(relay.url);
    const a = connectProvider(relay.wsUrl, 'metrics-doc');
    const b = connectProvider(relay.wsUrl, 'metrics-doc');
    await Promise.all([whenSynced(a.provider), whenSynced(b.provider)]);
    a.provider.awareness.setLocalStateField('user', { name: 'Ada' });
    a.doc.getText('title').insert(0, 'Counted');
    await waitFor(() => b.doc.getText('title').toString() === 'Counted');
    await waitFor(() => b.provider.awareness.getStates().has(a.doc.clientID));
    await waitUntilDurable(relay.wsUrl, 'metrics-doc', a.doc);
    // The durable-state probe has gone once only the two peers are counted.
    await waitFor(async () => (await readMetrics(relay.url)).get('relay_connections') === 2);

    const after = await readMetrics(relay.url);
    const grew = (series: string) => (after.get(series) ?? 0) - (before.get(series) ?? 0);
    expect(after.get('relay_documents_loaded')).toBe(1);
    for (const type of ['sync', 'awareness']) {
      expect(grew(`relay_messages_in_total{type="${type}"}`)).toBeGreaterThan(0);
      expect(grew(`relay_messages_out_total{type="${type}"}`)).toBeGreaterThan(0);
      expect(grew(`relay_bytes_in_total{type="${type}"}`)).toBeGreaterThan(0);
      expect(grew(`relay_bytes_out_total{type="${type}"}`)).toBeGreaterThan(0);
    }
    // The durable-state probe is an "other" message.
    expect(grew('relay_messages_in_total{type="other"}')).toBeGreaterThan(0);
    expect(grew('relay_persistence_write_seconds_count')).toBeGreaterThan(0);
    expect(grew('relay_persistence_write_seconds_bucket{le="+Inf"}')).toBe(
      grew('relay_persistence_write_seconds_count'),
    );

    a.destroy();
    b.destroy();
    await waitFor(async () => (await readMetrics(relay.url)).get('relay_documents_loaded') === 0);
    expect((await readMetrics(relay.url)).get('relay_connections')).toBe(0);
  });

  it('logs a rejection with its reason, document and connection, never the token', async () => {
    relay = await startTestServer({ auth: true, limits: { maxConnectionsPerDocument: 1 } });
    const token = relay.mint({ doc: 'guarded-doc', role: 'editor' });
    const first = connectProvider(relay.wsUrl, `guarded-doc?token=${token}`);
    await waitFor(async () => (await readMetrics(relay.url)).get('relay_connections') === 1);
    const logs = captureLogs();

    const outcome = await socketOutcome(`${relay.wsUrl}/guarded-doc?token=${token}`);

    logs.stop();
    first.destroy();
    expect(outcome.code).toBe(CloseCodes.tooManyConnections.code);
    const rejections = logs.lines.filter((line) => line.event === 'connection-rejected');
    expect(rejections).toEqual([
      expect.objectContaining({
        level: 'warn',
        reason: 'too-many-connections',
        docId: 'guarded-doc',
        connectionId: expect.any(Number),
      }),
    ]);
    expect(JSON.stringify(logs.lines)).not.toContain(token.split('.')[1]);
  });
});
