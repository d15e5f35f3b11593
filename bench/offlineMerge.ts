/**
 * Offline merge: two people open the same protocol, go offline, each make thousands of
 * edits (typing into their own part of the document, with corrections), and reconnect.
 * We time from reconnecting both until both documents are identical (same state vector
 * and same body), through our relay and through the reference server.
 *
 * Clients are the official y-websocket `WebsocketProvider` (with `ws`), in this process.
 */
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { bodyFragment, createDoc } from '../shared/document/docFields.ts';
import { applyTemplate } from '../shared/templates/applyTemplate.ts';
import { barnsleyExample } from '../shared/templates/examples/barnsleyExample.ts';
import type { Benchmark } from './core/Benchmark.ts';
import { rotate } from './core/mapLimit.ts';
import { Samples } from './core/Samples.ts';
import { scratchDir } from './core/scratchDir.ts';
import { below } from './core/targets.ts';
import { Prose } from './documents/prose.ts';
import { startRelay, type RelayKind, type RelayUnderTest } from './servers/relays.ts';
import { removeDir } from '../test/support/tempDir.ts';

const SUBJECTS: RelayKind[] = ['ours', 'reference'];
const TARGET_MS = 1_000;

export const offlineMerge: Benchmark = {
  id: 'offline-merge',
  title: 'Offline merge',
  async run(context) {
    const edits = context.quick ? 200 : 5_000;
    const samples = new Samples();
    const caseName = `2 × ${edits} offline edits`;
    for (let run = 0; run < context.runs; run++) {
      for (const kind of rotate(SUBJECTS, run)) {
        const dataDir = await scratchDir(context, `merge-${kind}`);
        const relay = await startRelay(kind, { dataDir });
        try {
          const ms = await mergeOnce(relay, `offline-merge-${run}`, edits, run);
          samples.add(caseName, relay.name, 'converged after', 'ms', ms);
        } finally {
          await relay.process.stop();
          await removeDir(dataDir);
        }
      }
      context.progress(`offline merge run ${run + 1}/${context.runs}`);
    }
    return {
      id: this.id,
      title: this.title,
      method:
        'Two WebsocketProvider clients sync the Barnsley example, disconnect, and each makes N ' +
        'single-keystroke edits (typing, typo corrections, revisions) in its own paragraphs. ' +
        'Both reconnect at once; we time until both have the same state vector and body.',
      parameters: { 'edits per client': edits },
      cases: samples.results(),
      targets: [
        below(
          `converges in under ${TARGET_MS} ms (${caseName})`,
          samples.median(caseName, 'ours', 'converged after'),
          TARGET_MS,
          'ms',
        ),
      ],
      notes: [],
    };
  },
};

async function mergeOnce(
  relay: RelayUnderTest,
  docId: string,
  edits: number,
  seed: number,
): Promise<number> {
  const seedDoc = createDoc();
  applyTemplate(seedDoc, barnsleyExample);
  const peers = [connect(relay, docId), connect(relay, docId)] as const;
  Y.applyUpdate(peers[0].doc, Y.encodeStateAsUpdate(seedDoc));
  await whenConverged(peers[0], peers[1]);
  for (const peer of peers) peer.provider.disconnect();
  peers.forEach((peer, i) => typeOffline(peer.doc, edits, seed * 2 + i));

  const started = performance.now();
  for (const peer of peers) peer.provider.connect();
  await whenConverged(peers[0], peers[1]);
  const ms = performance.now() - started;
  for (const peer of peers) {
    peer.provider.destroy();
    peer.doc.destroy();
  }
  return ms;
}

interface Peer {
  doc: Y.Doc;
  provider: WebsocketProvider;
}

function connect(relay: RelayUnderTest, docId: string): Peer {
  const doc = createDoc();
  const provider = new WebsocketProvider(relay.serverUrl, docId, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    params: relay.params(docId),
  });
  return { doc, provider };
}

/** Resolves once both documents hold the same updates and the same body. */
function whenConverged(a: Peer, b: Peer): Promise<void> {
  return new Promise((resolve) => {
    const check = () => {
      const same =
        Buffer.from(Y.encodeStateVector(a.doc)).equals(Buffer.from(Y.encodeStateVector(b.doc))) &&
        bodyFragment(a.doc).toString() === bodyFragment(b.doc).toString();
      if (!same) return;
      a.doc.off('update', check);
      b.doc.off('update', check);
      resolve();
    };
    a.doc.on('update', check);
    b.doc.on('update', check);
    check();
  });
}

/** `edits` keystrokes, each its own transaction, typed into a paragraph of this peer's own. */
function typeOffline(doc: Y.Doc, edits: number, seed: number): void {
  const prose = new Prose(seed + 1);
  const body = bodyFragment(doc);
  const text = new Y.XmlText();
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.insert(0, [text]);
  doc.transact(() => body.insert(prose.int(0, body.length), [paragraph]));
  let typed = '';
  for (let i = 1; i < edits; i++) {
    if (text.length > 0 && prose.random() < 0.05) {
      doc.transact(() => text.delete(text.length - 1, 1));
      continue;
    }
    if (typed === '') typed = `${prose.sentence()} `;
    const char = typed[0]!;
    typed = typed.slice(1);
    doc.transact(() => text.insert(text.length, char));
  }
}
