import * as Y from 'yjs';
import { prosemirrorJSONToYXmlFragment } from '@tiptap/y-tiptap';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bodyFragment } from '../../shared/document/docFields.ts';
import { CloseCodes } from '../../shared/protocol/closeCodes.ts';
import { exportPath } from '../../shared/protocol/paths.ts';
import { EXPORT_FORMAT_VERSION } from '../../shared/document/exportJson.ts';
import { protocolSchema } from '../../shared/schema.ts';
import { connectProvider, whenClosed, whenSynced } from '../support/connectProvider.ts';
import { RawRelayClient } from '../support/RawRelayClient.ts';
import { startTestServer, type TestServer } from '../support/startTestServer.ts';
import { waitFor } from '../support/waitFor.ts';

const BODY = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'Purpose' }] },
    { type: 'paragraph', content: [{ type: 'text', text: 'Both boards share referrals.' }] },
  ],
};

/** Writes a title and the tiptap body into a room and waits until it is on disk. */
async function writeDocument(relay: TestServer, docId: string, title: string) {
  const client = await RawRelayClient.connect(relay.wsUrl, docId);
  client.doc.transact(() => {
    client.doc.getText('title').insert(0, title);
    prosemirrorJSONToYXmlFragment(protocolSchema(), BODY, bodyFragment(client.doc));
  });
  await client.durableState();
  return client;
}

const getJson = async (url: string) => {
  const response = await fetch(url);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
};

describe('HTTP API', () => {
  let relay: TestServer;
  beforeEach(async () => {
    relay = await startTestServer();
  });
  afterEach(async () => {
    await relay.dispose();
  });

  it('reports health', async () => {
    const { status, body } = await getJson(`${relay.url}/healthz`);
    expect(status).toBe(200);
    expect(body).toEqual({
      status: 'ok',
      uptimeSeconds: expect.any(Number),
      documentsLoaded: 0,
      connections: 0,
      persistence: { ok: true },
    });
  });

  it('lists stored documents with their titles', async () => {
    const a = await writeDocument(relay, 'list-doc-a', 'Carers assessment');
    const b = await writeDocument(relay, 'list-doc-b', 'Transitions');
    const { body } = await getJson(`${relay.url}/api/docs`);
    expect(body.documents).toEqual([
      {
        id: 'list-doc-a',
        title: 'Carers assessment',
        createdAt: expect.any(String),
        updatedAt: expect.any(String),
      },
      {
        id: 'list-doc-b',
        title: 'Transitions',
        createdAt: expect.any(String),
        updatedAt: expect.any(String),
      },
    ]);
    await Promise.all([a.close(), b.close()]);
  });

  it('deletes a document: tombstone, open connections closed, reconnects refused', async () => {
    const writer = await writeDocument(relay, 'doomed-doc', 'Old draft');
    const peer = connectProvider(relay.wsUrl, 'doomed-doc');
    await whenSynced(peer.provider);
    const peerClosed = whenClosed(peer.provider);

    const response = await fetch(`${relay.url}/api/docs/doomed-doc`, { method: 'DELETE' });
    expect(response.status).toBe(204);
    expect(await writer.closed).toEqual(CloseCodes.documentDeleted);
    expect(await peerClosed).toEqual(CloseCodes.documentDeleted);

    const again = await RawRelayClient.connect(relay.wsUrl, 'doomed-doc');
    expect(await again.closed).toEqual(CloseCodes.documentDeleted);
    const { body } = await getJson(`${relay.url}/api/docs`);
    expect(body.documents).toEqual([]);
    expect(await relay.server.countUpdateRows('doomed-doc')).toBe(0);
    expect((await getJson(`${relay.url}${exportPath('doomed-doc')}`)).status).toBe(410);
    peer.destroy();
  });

  it('exports the JSON of a live room and of a document only on disk', async () => {
    const writer = await writeDocument(relay, 'export-doc', 'Discharge protocol');
    const expected = {
      format: 'protocol-document',
      formatVersion: EXPORT_FORMAT_VERSION,
      id: 'export-doc',
      title: 'Discharge protocol',
      // The body as the shared schema writes it: every attribute with its default.
      content: protocolSchema().nodeFromJSON(BODY).toJSON(),
      partnerships: [],
      blocks: [],
    };
    const live = await getJson(`${relay.url}${exportPath('export-doc')}`);
    expect(live).toEqual({ status: 200, body: expected });

    await writer.close();
    await waitFor(async () => (await getJson(`${relay.url}/healthz`)).body.documentsLoaded === 0);
    const stored = await getJson(`${relay.url}${exportPath('export-doc')}`);
    expect(stored).toEqual({ status: 200, body: expected });
    expect((await getJson(`${relay.url}/healthz`)).body.documentsLoaded).toBe(0);
  });

  it('answers export errors as JSON', async () => {
    expect(await getJson(`${relay.url}/api/docs/never-stored/export?format=json`)).toEqual({
      status: 404,
      body: { error: { code: 'not-found', message: expect.any(String) } },
    });
    expect(await getJson(`${relay.url}/api/docs/never-stored/export?format=rtf`)).toEqual({
      status: 400,
      body: { error: { code: 'unsupported-format', message: expect.any(String) } },
    });
    expect((await getJson(`${relay.url}/api/nothing-here`)).status).toBe(404);
  });

  it('keeps Y history: the relay document is created with gc off', async () => {
    const writer = await writeDocument(relay, 'history-doc', 'First title');
    writer.doc.getText('title').delete(0, 5);
    await writer.durableState();
    await writer.close();
    const reader = await RawRelayClient.connect(relay.wsUrl, 'history-doc');
    await waitFor(() => reader.doc.getText('title').toString() === ' title');
    const snapshot = Y.snapshot(reader.doc);
    expect(snapshot.ds.clients.size).toBeGreaterThan(0);
    await reader.close();
  });
});
