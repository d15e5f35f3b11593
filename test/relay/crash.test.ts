import { afterEach, describe, expect, it } from 'vitest';
import { exportPath } from '../../shared/protocol/paths.ts';
import { connectProvider, whenSynced, type ConnectedPeer } from '../support/connectProvider.ts';
import { startRelayProcess, type RelayProcess } from '../support/relayProcess.ts';
import { waitFor } from '../support/waitFor.ts';
import { waitUntilDurable } from '../support/waitUntilDurable.ts';

const DOC = 'crash-doc';
const PEERS = 3;
/** Steps typed before the crash, while the relay is down (at least), and after reconnecting. */
const BEFORE_CRASH = 20;
const WHILE_DOWN = 10;
const AFTER_RECONNECT = 20;
const PACE_MS = 25;

/** The token peer `peer` types at `step`; brackets keep `[p0s1]` from matching `[p0s10]`. */
const token = (peer: number, step: number) => `[p${peer}s${step}]`;

/** Every token every peer typed in `steps` steps that `text` lacks. */
const missingFrom = (text: string, steps: number) =>
  Array.from({ length: PEERS }, (_, peer) =>
    Array.from({ length: steps }, (_, step) => token(peer, step)),
  )
    .flat()
    .filter((t) => !text.includes(t));

describe('relay crash while peers type', () => {
  let relay: RelayProcess | undefined;
  const peers: ConnectedPeer[] = [];
  afterEach(async () => {
    for (const peer of peers.splice(0)) peer.destroy();
    await relay?.dispose();
    relay = undefined;
  });

  const exportedTitle = async () => {
    const response = await fetch((relay as RelayProcess).url + exportPath(DOC));
    return response.ok ? ((await response.json()) as { title: string }).title : '';
  };

  it('loses no edit when the relay is SIGKILLed mid-stream and restarted', async () => {
    relay = await startRelayProcess();
    const wsUrl = relay.wsUrl;
    for (let i = 0; i < PEERS; i++) peers.push(connectProvider(wsUrl, DOC));
    await Promise.all(peers.map((peer) => whenSynced(peer.provider)));

    // Every peer types one token per tick, whatever the relay is doing.
    let step = 0;
    const typing = setInterval(() => {
      peers.forEach((peer, i) => {
        const title = peer.doc.getText('title');
        title.insert(title.length, token(i, step));
      });
      step++;
    }, PACE_MS);

    let steps: number;
    try {
      await waitFor(() => step >= BEFORE_CRASH, { message: `step ${BEFORE_CRASH}` });
      await relay.kill('SIGKILL');
      const crashedAt = step;
      await waitFor(() => step >= crashedAt + WHILE_DOWN, { message: 'typing while down' });
      await relay.restart();
      await waitFor(() => peers.every((peer) => peer.provider.wsconnected), {
        timeoutMs: 15_000,
        message: 'every provider to reconnect by itself',
      });
      const reconnectedAt = step;
      await waitFor(() => step >= reconnectedAt + AFTER_RECONNECT, { message: 'more typing' });
    } finally {
      clearInterval(typing);
      steps = step;
    }

    const titles = () => peers.map((peer) => peer.doc.getText('title').toString());
    await waitFor(() => new Set(titles()).size === 1, {
      timeoutMs: 15_000,
      message: 'the peers to converge',
    });
    const expected = titles()[0] ?? '';
    expect(missingFrom(expected, steps)).toEqual([]);
    await waitFor(async () => (await exportedTitle()) === expected, {
      timeoutMs: 15_000,
      message: "the relay's export to hold every edit",
    });

    // Once the relay confirms it is all on disk, a second crash loses nothing either.
    await waitUntilDurable(wsUrl, DOC, peers[0]?.doc as ConnectedPeer['doc']);
    for (const peer of peers.splice(0)) peer.destroy();
    await relay.kill('SIGKILL');
    await relay.restart();
    expect(missingFrom(await exportedTitle(), steps)).toEqual([]);
  }, 90_000);
});
