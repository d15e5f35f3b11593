import * as encoding from 'lib0/encoding';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CloseCodes } from '../../shared/protocol/closeCodes.ts';
import { connectProvider, whenSynced } from '../support/connectProvider.ts';
import { RawRelayClient } from '../support/RawRelayClient.ts';
import { startTestServer, type TestServer } from '../support/startTestServer.ts';
import { waitFor } from '../support/waitFor.ts';

const frame = (...parts: Array<(encoder: encoding.Encoder) => void>) => {
  const encoder = encoding.createEncoder();
  for (const part of parts) part(encoder);
  return encoding.toUint8Array(encoder);
};

const MALFORMED: Array<[string, Uint8Array | string]> = [
  ['an unknown message type', Uint8Array.of(42)],
  ['an empty frame', new Uint8Array(0)],
  ['an unknown sync step', Uint8Array.of(0, 9)],
  [
    'a corrupt update',
    frame(
      (e) => encoding.writeVarUint(e, 0),
      (e) => encoding.writeVarUint(e, 2),
      (e) => encoding.writeVarUint8Array(e, Uint8Array.of(5, 200, 1, 7, 255, 255, 255)),
    ),
  ],
  ['a truncated awareness update', Uint8Array.of(1, 40, 1)],
  [
    'awareness with invalid JSON',
    frame(
      (e) => encoding.writeVarUint(e, 1),
      (e) =>
        encoding.writeVarUint8Array(
          e,
          frame(
            (i) => encoding.writeVarUint(i, 1),
            (i) => encoding.writeVarUint(i, 7),
            (i) => encoding.writeVarUint(i, 1),
            (i) => encoding.writeVarString(i, '{not json'),
          ),
        ),
    ),
  ],
  ['a text frame', 'hello'],
];

describe('malformed frames', () => {
  let relay: TestServer;
  beforeEach(async () => {
    relay = await startTestServer();
  });
  afterEach(async () => {
    await relay.dispose();
  });

  it.each(MALFORMED)('%s closes only that connection', async (_name, bad) => {
    const a = connectProvider(relay.wsUrl, 'healthy-doc');
    const b = connectProvider(relay.wsUrl, 'healthy-doc');
    await Promise.all([whenSynced(a.provider), whenSynced(b.provider)]);
    const bystander = await RawRelayClient.connect(relay.wsUrl, 'broken-doc');
    const offender = await RawRelayClient.connect(relay.wsUrl, 'broken-doc');

    offender.socket.send(bad);
    expect(await offender.closed).toEqual(CloseCodes.malformedMessage);

    a.doc.getText('title').insert(0, 'still syncing');
    await waitFor(() => b.doc.getText('title').toString() === 'still syncing');
    bystander.doc.getText('title').insert(0, 'bystander ok');
    const check = connectProvider(relay.wsUrl, 'broken-doc');
    await waitFor(() => check.doc.getText('title').toString() === 'bystander ok');

    const health = (await (await fetch(`${relay.url}/healthz`)).json()) as { status: string };
    expect(health.status).toBe('ok');
    for (const peer of [a, b, check]) peer.destroy();
    await bystander.close();
  });
});
