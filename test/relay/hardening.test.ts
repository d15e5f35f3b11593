import { connect } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { RelayLimits } from '../../server/relay/limits/RelayLimits.ts';
import { bodyFragment } from '../../shared/document/docFields.ts';
import { CloseCodes } from '../../shared/protocol/closeCodes.ts';
import { messageAuth, messageQueryAwareness } from '../../shared/protocol/messageTypes.ts';
import { exportPath } from '../../shared/protocol/paths.ts';
import { bystanderPair, type BystanderPair } from '../support/bystanderPair.ts';
import { captureLogs } from '../support/captureLogs.ts';
import { connectProvider, whenSynced } from '../support/connectProvider.ts';
import { rejectedCount } from '../support/metricsText.ts';
import { RawRelayClient } from '../support/RawRelayClient.ts';
import { startTestServer, type TestServer } from '../support/startTestServer.ts';
import { waitFor } from '../support/waitFor.ts';

const KiB = 1024;
const MiB = 1024 * KiB;

interface Health {
  status: string;
  documentsLoaded: number;
  connections: number;
}

const health = async (relay: TestServer) =>
  (await (await fetch(`${relay.url}/healthz`)).json()) as Health;

/** A frame of `size` bytes the relay reads as an auth message and ignores. */
const ignoredFrame = (size: number) => {
  const frame = new Uint8Array(size);
  frame.set([messageAuth, 0]);
  return frame;
};

describe('relay hardening', () => {
  let relay: TestServer;
  let pair: BystanderPair;
  const clients: RawRelayClient[] = [];

  /** A relay with `limits`, and a provider pair syncing on another document. */
  async function start(limits: Partial<RelayLimits> = {}) {
    relay = await startTestServer({ limits });
    pair = await bystanderPair(relay.wsUrl, 'bystander-doc');
  }
  async function raw(docId: string) {
    const client = await RawRelayClient.connect(relay.wsUrl, docId);
    clients.push(client);
    return client;
  }

  afterEach(async () => {
    pair.destroy();
    for (const client of clients.splice(0)) client.socket.terminate();
    await relay.dispose();
  });

  describe('oversized frames', () => {
    it('closes the sender with messageTooBig (1009), logged and counted', async () => {
      await start({ maxMessageBytes: 256 * KiB });
      const counted = await rejectedCount(relay.url, 'too-big');
      const logs = captureLogs();
      const offender = await raw('big-doc');

      offender.send(ignoredFrame(256 * KiB + 1));

      // ws sends the close itself when it reads the frame header, so the reason is empty.
      expect((await offender.closed).code).toBe(CloseCodes.messageTooBig.code);
      logs.stop();
      await pair.expectStillSyncing();
      expect(await rejectedCount(relay.url, 'too-big')).toBe(counted + 1);
      expect(logs.lines.filter((line) => line.event === 'connection-rejected')).toEqual([
        expect.objectContaining({
          reason: 'too-big',
          docId: 'big-doc',
          connectionId: expect.any(Number),
          limit: 256 * KiB,
        }),
      ]);
    });

    it('lets a frame at the limit through', async () => {
      await start({ maxMessageBytes: 256 * KiB });
      const sender = await raw('big-doc');
      sender.send(ignoredFrame(256 * KiB));
      sender.doc.getText('title').insert(0, 'after the largest frame');
      const reader = connectProvider(relay.wsUrl, 'big-doc');
      await waitFor(() => reader.doc.getText('title').toString() === 'after the largest frame');
      reader.destroy();
    });

    it('syncs a protocol of several MB under the default limits', async () => {
      await start();
      const author = connectProvider(relay.wsUrl, 'large-doc');
      const paragraph = new Y.XmlElement('paragraph');
      paragraph.insert(0, [new Y.XmlText('Clause text. '.repeat(500_000))]);
      bodyFragment(author.doc).insert(0, [paragraph]);
      await whenSynced(author.provider);
      const reader = connectProvider(relay.wsUrl, 'large-doc');
      await whenSynced(reader.provider);
      await waitFor(() => bodyFragment(reader.doc).length === 1, { timeoutMs: 15_000 });
      expect(Y.encodeStateAsUpdate(reader.doc).byteLength).toBeGreaterThan(6_000_000);
      expect(author.provider.wsconnected && reader.provider.wsconnected).toBe(true);
      author.destroy();
      reader.destroy();
      await pair.expectStillSyncing();
    });
  });

  describe('rate limit', () => {
    it('closes a connection flooding small frames with rateLimited', async () => {
      await start();
      const counted = await rejectedCount(relay.url, 'rate-limited');
      const offender = await raw('flood-doc');
      const neighbour = await raw('flood-doc');

      for (let i = 0; i < 5_000; i++) offender.send(Uint8Array.of(messageQueryAwareness));

      expect(await offender.closed).toEqual(CloseCodes.rateLimited);
      await pair.expectStillSyncing();
      // The flooded document still serves its other connection.
      neighbour.doc.getText('title').insert(0, 'neighbour ok');
      const reader = connectProvider(relay.wsUrl, 'flood-doc');
      await waitFor(() => reader.doc.getText('title').toString() === 'neighbour ok');
      reader.destroy();
      expect(await rejectedCount(relay.url, 'rate-limited')).toBe(counted + 1);
    });

    it('closes a connection flooding bytes with rateLimited', async () => {
      await start();
      const offender = await raw('flood-doc');
      // 32 MiB burst, 4 MiB/s: the third 15 MiB frame in a row is over.
      const frame = ignoredFrame(15 * MiB);
      for (let i = 0; i < 3; i++) offender.send(frame);

      expect(await offender.closed).toEqual(CloseCodes.rateLimited);
      await pair.expectStillSyncing();
    });
  });

  describe('connection limits', () => {
    it('refuses a connection past MAX_CONNECTIONS_PER_DOCUMENT with tooManyConnections', async () => {
      await start({ maxConnectionsPerDocument: 3 });
      const counted = await rejectedCount(relay.url, 'too-many-connections');
      const admitted = [
        await raw('crowded-doc'),
        await raw('crowded-doc'),
        await raw('crowded-doc'),
      ];

      const extra = await raw('crowded-doc');
      expect(await extra.closed).toEqual(CloseCodes.tooManyConnections);
      await pair.expectStillSyncing();
      expect(await rejectedCount(relay.url, 'too-many-connections')).toBe(counted + 1);

      // A place frees up when one leaves.
      await admitted[0]?.close();
      const next = await raw('crowded-doc');
      next.doc.getText('title').insert(0, 'admitted again');
      await waitFor(() => admitted[1]?.doc.getText('title').toString() === 'admitted again');
    });

    it('refuses a connection past MAX_CONNECTIONS before its room is loaded', async () => {
      await start({ maxConnections: 4 });
      await raw('busy-doc');
      await raw('busy-doc');
      await waitFor(async () => (await health(relay)).connections === 4, {
        message: 'both connections to join their room',
      });

      const extra = await raw('never-opened-doc');
      expect(await extra.closed).toEqual(CloseCodes.tooManyConnections);

      expect(await health(relay)).toMatchObject({ documentsLoaded: 2, connections: 4 });
      expect((await fetch(relay.url + exportPath('never-opened-doc'))).status).toBe(404);
      await pair.expectStillSyncing();
    });
  });

  describe('WebSocket protocol errors', () => {
    /**
     * Upgrades a plain TCP socket on `path` and sends a frame with reserved opcode 3;
     * resolves with the close code of the relay's close frame.
     */
    const sendInvalidOpcode = (path: string) =>
      new Promise<number>((resolve, reject) => {
        const socket = connect(Number(new URL(relay.url).port), '127.0.0.1', () => {
          socket.write(
            `GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n` +
              'Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n' +
              'Sec-WebSocket-Version: 13\r\n\r\n',
          );
          socket.write(Uint8Array.of(0x83, 0x80, 0, 0, 0, 0));
        });
        let received = Buffer.alloc(0);
        socket.on('error', reject);
        socket.on('data', (chunk: Buffer) => {
          received = Buffer.concat([received, chunk]);
          const frames = received.subarray(received.indexOf('\r\n\r\n') + 4);
          // The relay's close frames: 0x88, payload length, then the code (and a reason).
          const close = frames.indexOf(0x88);
          if (close === -1 || frames.length < close + 4) return;
          socket.destroy();
          resolve(frames.readUInt16BE(close + 2));
        });
      });

    it('on a socket being refused do not bring the relay down', async () => {
      await start({ maxConnectionsPerDocument: 2 });
      await raw('full-doc');
      await raw('full-doc');
      // Refused for an invalid id, then by the connection limit: the relay's own close
      // comes first; ws answers the bad frame on an admitted socket with 1002.
      expect(await sendInvalidOpcode('/ws/ab')).toBe(CloseCodes.invalidDocumentId.code);
      expect(await sendInvalidOpcode('/ws/full-doc')).toBe(CloseCodes.tooManyConnections.code);
      expect(await sendInvalidOpcode('/ws/open-doc')).toBe(1002);
      expect((await health(relay)).status).toBe('ok');
      await pair.expectStillSyncing();
    });
  });
});
