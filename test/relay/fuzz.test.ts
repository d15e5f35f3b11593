import * as encoding from 'lib0/encoding';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { createDoc } from '../../shared/document/docFields.ts';
import {
  messageAuth,
  messageAwareness,
  messageDurableState,
  messageQueryAwareness,
  messageSync,
} from '../../shared/protocol/messageTypes.ts';
import { connectProvider, whenSynced } from '../support/connectProvider.ts';
import { readMetrics } from '../support/metricsText.ts';
import { mulberry32 } from '../support/mulberry32.ts';
import { startTestServer, type TestServer } from '../support/startTestServer.ts';
import { waitFor } from '../support/waitFor.ts';

const FRAMES = 10_000;
const LANES = 16;
const DOCS = ['fuzz-doc-a', 'fuzz-doc-b', 'fuzz-doc-c'];
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : Date.now() % 2 ** 32;

type Random = () => number;
const int = (random: Random, max: number) => Math.floor(random() * max);
const pick = <T>(random: Random, items: readonly T[]): T => items[int(random, items.length)] as T;
const randomBytes = (random: Random, length: number) =>
  Uint8Array.from({ length }, () => int(random, 256));

const frame = (write: (encoder: encoding.Encoder) => void) => {
  const encoder = encoding.createEncoder();
  write(encoder);
  return encoding.toUint8Array(encoder);
};

/** Valid frames of every type a client sends, from a document with some history. */
function validFrames(random: Random): Uint8Array[] {
  const doc = createDoc();
  const title = doc.getText('title');
  title.insert(0, 'Joint protocol for hospital discharge');
  const before = Y.encodeStateVector(doc);
  title.delete(6, 9);
  doc.getMap('meta').set('reviewed', { by: 'board', on: '2026-01-01' });
  const awareness = new awarenessProtocol.Awareness(doc);
  awareness.setLocalState({ user: { name: 'Fuzz', colour: '#123456' } });
  const awarenessUpdate = awarenessProtocol.encodeAwarenessUpdate(awareness, [doc.clientID]);
  awareness.destroy();
  const sync = (write: (e: encoding.Encoder) => void) =>
    frame((e) => {
      encoding.writeVarUint(e, messageSync);
      write(e);
    });
  const frames = [
    sync((e) => syncProtocol.writeSyncStep1(e, doc)),
    sync((e) => syncProtocol.writeSyncStep2(e, doc)),
    sync((e) => syncProtocol.writeUpdate(e, Y.encodeStateAsUpdate(doc, before))),
    frame((e) => {
      encoding.writeVarUint(e, messageAwareness);
      encoding.writeVarUint8Array(e, awarenessUpdate);
    }),
    Uint8Array.of(messageQueryAwareness),
    Uint8Array.of(messageAuth, 0),
    Uint8Array.of(messageDurableState),
  ];
  doc.destroy();
  void random;
  return frames;
}

/** One fuzzed frame: pure random bytes, or a valid frame mutated. */
function fuzzFrame(random: Random, corpus: readonly Uint8Array[]): Uint8Array {
  if (random() < 0.25) return randomBytes(random, int(random, 64));
  const bytes = Uint8Array.from(pick(random, corpus));
  const at = () => int(random, bytes.length + 1);
  switch (int(random, 6)) {
    case 0: {
      // Bit flips.
      for (let i = 1 + int(random, 4); i > 0 && bytes.length > 0; i--) {
        const index = int(random, bytes.length);
        bytes[index] = (bytes[index] ?? 0) ^ (1 << int(random, 8));
      }
      return bytes;
    }
    case 1:
      return bytes.slice(0, at());
    case 2:
      return Uint8Array.from([...bytes, ...randomBytes(random, 1 + int(random, 16))]);
    case 3: {
      // A varint that never ends, or declares a huge length.
      const cut = at();
      const varint = Array.from({ length: 1 + int(random, 9) }, () => 0x80 | int(random, 128));
      if (random() < 0.5) varint.push(int(random, 128));
      return Uint8Array.from([...bytes.slice(0, cut), ...varint, ...bytes.slice(cut)]);
    }
    case 4: {
      const cut = at();
      return Uint8Array.from([
        ...bytes.slice(0, cut),
        ...randomBytes(random, 1 + int(random, 8)),
        ...bytes.slice(cut + int(random, 8)),
      ]);
    }
    default:
      return bytes;
  }
}

/** An open socket to `docId`, or undefined when the relay refused it. */
function open(wsUrl: string, docId: string): Promise<WebSocket> {
  const socket = new WebSocket(`${wsUrl}/${docId}`);
  return new Promise((resolve, reject) => {
    socket.once('open', () => resolve(socket));
    socket.once('error', reject);
  });
}

/**
 * Sends `frame` followed by a query-awareness probe and resolves once the relay answered
 * with an awareness frame (so the fuzzed frame was handled) or closed the socket.
 */
function sendAndSettle(socket: WebSocket, bytes: Uint8Array): Promise<'handled' | 'closed'> {
  return new Promise((resolve) => {
    const onMessage = (data: Buffer) => {
      if (data[0] !== messageAwareness) return;
      done('handled');
    };
    const onClose = () => done('closed');
    const done = (outcome: 'handled' | 'closed') => {
      socket.off('message', onMessage);
      socket.off('close', onClose);
      resolve(outcome);
    };
    socket.on('message', onMessage);
    socket.on('close', onClose);
    socket.send(bytes);
    socket.send(Uint8Array.of(messageQueryAwareness));
  });
}

describe('fuzzing the relay with malformed and mutated frames', () => {
  let relay: TestServer;
  beforeAll(async () => {
    relay = await startTestServer();
  });
  afterAll(async () => {
    await relay.dispose();
  });

  it(`survives ${FRAMES} fuzzed frames and still serves a normal client`, async () => {
    console.log(`fuzz seed ${SEED} (replay with FUZZ_SEED=${SEED})`);
    const random = mulberry32(SEED);
    const corpus = validFrames(random);
    const frames = Array.from({ length: FRAMES }, () => fuzzFrame(random, corpus));
    const closes = new Map<number, number>();
    let handled = 0;
    let reconnects = 0;
    const started = performance.now();

    await Promise.all(
      Array.from({ length: LANES }, async (_, lane) => {
        const docId = DOCS[lane % DOCS.length] as string;
        let socket: WebSocket | undefined;
        for (let i = lane; i < frames.length; i += LANES) {
          if (!socket || socket.readyState !== WebSocket.OPEN) {
            socket = await open(relay.wsUrl, docId);
            socket.on('close', (code) => closes.set(code, (closes.get(code) ?? 0) + 1));
            reconnects++;
          }
          if ((await sendAndSettle(socket, frames[i] as Uint8Array)) === 'handled') handled++;
        }
        socket?.close();
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `fuzz: ${FRAMES} frames in ${seconds.toFixed(1)} s over ${reconnects} connections; ` +
        `${handled} handled, closes by code ${JSON.stringify(Object.fromEntries(closes))}`,
    );

    const health = await (await fetch(`${relay.url}/healthz`)).json();
    expect(health).toMatchObject({ status: 'ok', persistence: { ok: true } });
    const metrics = await readMetrics(relay.url);
    expect(metrics.get('relay_rejected_total{reason="malformed"}')).toBeGreaterThan(0);
    expect(handled).toBeGreaterThan(0);

    const a = connectProvider(relay.wsUrl, 'after-fuzz-doc');
    const b = connectProvider(relay.wsUrl, 'after-fuzz-doc');
    await Promise.all([whenSynced(a.provider), whenSynced(b.provider)]);
    a.doc.getText('title').insert(0, 'Still serving');
    await waitFor(() => b.doc.getText('title').toString() === 'Still serving');
    // A fuzzed document still loads and syncs for a fresh provider.
    const c = connectProvider(relay.wsUrl, DOCS[0] as string);
    await whenSynced(c.provider);
    for (const peer of [a, b, c]) peer.destroy();
  }, 60_000);
});
