import { afterEach, describe, expect, it } from 'vitest';
import { connectProvider, whenSynced } from '../support/connectProvider.ts';
import { startRelayProcess, type RelayProcess } from '../support/relayProcess.ts';
import { startTestServer, type TestServer } from '../support/startTestServer.ts';
import { waitUntilDurable } from '../support/waitUntilDurable.ts';

/** Connects a fresh peer and returns its title once synced. */
async function readTitle(wsUrl: string, docId: string): Promise<string> {
  const peer = connectProvider(wsUrl, docId);
  try {
    await whenSynced(peer.provider);
    return peer.doc.getText('title').toString();
  } finally {
    peer.destroy();
  }
}

describe('a late joiner gets content persisted while everyone was offline', () => {
  let relay: TestServer | undefined;
  let child: RelayProcess | undefined;

  afterEach(async () => {
    await relay?.dispose();
    await child?.dispose();
    relay = undefined;
    child = undefined;
  });

  it('after the in-process relay was closed and started again', async () => {
    relay = await startTestServer();
    const a = connectProvider(relay.wsUrl, 'late-joiner-1');
    await whenSynced(a.provider);
    a.doc.getText('title').insert(0, 'Safeguarding referrals');
    await waitUntilDurable(relay.wsUrl, 'late-joiner-1', a.doc);
    a.destroy();

    await relay.restart();

    expect(await readTitle(relay.wsUrl, 'late-joiner-1')).toBe('Safeguarding referrals');
  });

  it('after the relay process was killed with SIGKILL and restarted', async () => {
    child = await startRelayProcess();
    const a = connectProvider(child.wsUrl, 'late-joiner-2');
    await whenSynced(a.provider);
    a.doc.getText('title').insert(0, 'Hospital discharge');
    await waitUntilDurable(child.wsUrl, 'late-joiner-2', a.doc);
    a.destroy();

    await child.kill('SIGKILL');
    await child.restart();

    expect(await readTitle(child.wsUrl, 'late-joiner-2')).toBe('Hospital discharge');
  });

  it('keeps every acknowledged update of a still-connected peer across SIGKILL', async () => {
    child = await startRelayProcess();
    const a = connectProvider(child.wsUrl, 'late-joiner-3');
    await whenSynced(a.provider);
    for (const word of ['one ', 'two ', 'three ']) a.doc.getText('title').insert(0, word);
    await waitUntilDurable(child.wsUrl, 'late-joiner-3', a.doc);

    await child.kill('SIGKILL');
    a.destroy();
    await child.restart();

    expect(await readTitle(child.wsUrl, 'late-joiner-3')).toBe('three two one ');
  });
});
