/**
 * Relay cold load: how long a relay takes to serve the first sync of a large document
 * that is only on disk (process just started, document not in memory).
 *
 * Each document is first written through the relay's own WebSocket, one update per frame,
 * so each relay stores it the way it would after that editing session; the relay is then
 * stopped gracefully and its data directory kept as a pristine copy. Every measured run
 * starts a fresh relay process on a fresh copy and times, from opening the WebSocket,
 * until the complete document (sync step 2) has arrived; the content is checked.
 * Ours: auth on, classic-level store. Reference: @y/websocket-server with y-leveldb.
 */
import { cp } from 'node:fs/promises';
import * as Y from 'yjs';
import { bodyFragment } from '../shared/document/docFields.ts';
import type { Benchmark } from './core/Benchmark.ts';
import { rotate } from './core/mapLimit.ts';
import { Samples } from './core/Samples.ts';
import { scratchDir } from './core/scratchDir.ts';
import { atMost } from './core/targets.ts';
import { buildEditingTrace } from './documents/editingTrace.ts';
import { buildLongProtocol, type BuiltDocument } from './documents/longProtocol.ts';
import { startRelay, type RelayKind, type RelayUnderTest } from './servers/relays.ts';
import { sendDocument } from './wire/sendDocument.ts';
import { WireClient } from './wire/WireClient.ts';

const SUBJECTS: RelayKind[] = ['ours', 'reference'];
const DOC_ID = 'cold-load-document';
/** Seeding sends thousands of frames at once; the measured runs use the shipped limits. */
const SEEDING_LIMITS = {
  RATE_LIMIT_MESSAGES_PER_SECOND: '1000000',
  RATE_LIMIT_MESSAGES_BURST: '1000000',
};

export const relayColdLoad: Benchmark = {
  id: 'relay-cold-load',
  title: 'Relay cold load',
  async run(context) {
    const pages = context.quick ? 3 : 100;
    const keystrokes = context.quick ? 300 : 20_000;
    const documents: [string, BuiltDocument][] = [
      [`${pages}-page protocol`, buildLongProtocol({ pages, blocks: 20 })],
      [`editing trace, ${keystrokes} keystrokes`, buildEditingTrace(keystrokes)],
    ];
    const samples = new Samples();
    const parameters: Record<string, string | number> = {};
    for (const [name, built] of documents) {
      parameters[`${name}: updates`] = built.updates.length;
      parameters[`${name}: state size (bytes)`] = Y.encodeStateAsUpdate(built.doc).length;
      const pristine = new Map<RelayKind, string>();
      for (const kind of SUBJECTS) {
        context.progress(`cold load: seeding ${kind} with ${name}`);
        pristine.set(kind, await seed(kind, built, await scratchDir(context, `seed-${kind}`)));
      }
      for (let run = 0; run < context.runs; run++) {
        for (const kind of rotate(SUBJECTS, run)) {
          const dataDir = await scratchDir(context, `cold-${kind}`);
          await cp(pristine.get(kind)!, dataDir, { recursive: true });
          const relay = await startRelay(kind, { dataDir });
          try {
            samples.add(
              name,
              relay.name,
              'first sync',
              'ms',
              await timeFirstSync(relay, built.doc),
            );
          } finally {
            await relay.process.stop();
          }
        }
        context.progress(`cold load run ${run + 1}/${context.runs}: ${name}`);
      }
    }
    const targets = documents.map(([name]) =>
      atMost(
        `first sync from disk no slower than the reference (${name})`,
        samples.median(name, 'ours', 'first sync'),
        samples.median(name, '@y/websocket-server', 'first sync'),
        'ms',
      ),
    );
    return {
      id: this.id,
      title: this.title,
      method:
        'Each document is written through the relay’s WebSocket one update per frame, the relay ' +
        'stopped gracefully and its data kept. Each run copies that data, starts a fresh relay ' +
        'process on it and times WebSocket open → complete sync step 2 (content checked).',
      parameters,
      cases: samples.results(),
      targets,
      notes: [],
    };
  },
};

/**
 * Opens the document and resolves with the milliseconds until everything in `expected` has
 * arrived. That is usually the first sync; the reference answers it before its persisted
 * state is loaded and sends the content as an update afterwards, so updates count too.
 */
async function timeFirstSync(relay: RelayUnderTest, expected: Y.Doc): Promise<number> {
  const target = Y.decodeStateVector(Y.encodeStateVector(expected));
  const received: Uint8Array[] = [];
  const seen = new Map<number, number>();
  let complete: () => void = () => undefined;
  const completed = new Promise<void>((resolve) => (complete = resolve));
  const receive = (update: Uint8Array) => {
    received.push(update);
    for (const [client, clock] of Y.decodeStateVector(Y.encodeStateVectorFromUpdate(update))) {
      seen.set(client, Math.max(clock, seen.get(client) ?? 0));
    }
    if ([...target].every(([client, clock]) => (seen.get(client) ?? 0) >= clock)) complete();
  };
  const started = performance.now();
  const client = await WireClient.open(relay, DOC_ID, receive);
  receive(client.firstSync);
  await completed;
  const ms = performance.now() - started;
  await client.close();
  assertSameBody(Y.mergeUpdates(received), expected, relay.name);
  return ms;
}

/** Writes `built` through a fresh relay of `kind` and stops it; returns its data directory. */
async function seed(kind: RelayKind, built: BuiltDocument, dataDir: string): Promise<string> {
  const relay = await startRelay(kind, { dataDir, env: SEEDING_LIMITS });
  try {
    await sendDocument(relay, DOC_ID, built.updates, built.doc);
  } finally {
    await relay.process.stop();
  }
  return dataDir;
}

function assertSameBody(update: Uint8Array, expected: Y.Doc, relay: string): void {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, update);
  if (bodyFragment(doc).toString() !== bodyFragment(expected).toString()) {
    throw new Error(`${relay} served a different document`);
  }
}
