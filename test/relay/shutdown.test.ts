import { WebSocket } from 'ws';
import { afterEach, describe, expect, it } from 'vitest';
import { CloseCodes } from '../../shared/protocol/closeCodes.ts';
import { connectProvider, whenSynced } from '../support/connectProvider.ts';
import { startRelayProcess, type RelayProcess } from '../support/relayProcess.ts';
import { startTestServer, type TestServer } from '../support/startTestServer.ts';
import { waitFor } from '../support/waitFor.ts';

describe('shutdown and keepalive', () => {
  let relay: TestServer | undefined;
  let child: RelayProcess | undefined;
  afterEach(async () => {
    await relay?.dispose();
    await child?.dispose();
    relay = undefined;
    child = undefined;
  });

  it('SIGTERM closes sockets with shuttingDown and keeps what was typed', async () => {
    child = await startRelayProcess();
    const peer = connectProvider(child.wsUrl, 'graceful-doc');
    await whenSynced(peer.provider);
    const closeCodes: number[] = [];
    peer.provider.on('connection-close', (event) => {
      if (event) closeCodes.push(event.code);
    });
    peer.doc.getText('title').insert(0, 'Typed just before shutdown');

    await child.kill('SIGTERM');
    await waitFor(() => closeCodes.length > 0, { message: 'the provider to see the close' });
    expect(closeCodes[0]).toBe(CloseCodes.shuttingDown.code);

    await child.restart();
    // A fresh peer on the restarted relay (same port, same data dir) sees the text.
    const reader = connectProvider(child.wsUrl, 'graceful-doc');
    await whenSynced(reader.provider);
    expect(reader.doc.getText('title').toString()).toBe('Typed just before shutdown');
    peer.destroy();
    reader.destroy();
  });

  it('terminates a connection that stops answering pings', async () => {
    relay = await startTestServer({ keepaliveIntervalMs: 50 });
    const silent = new WebSocket(`${relay.wsUrl}/keepalive-doc`, { autoPong: false });
    const closed = new Promise<number>((resolve) => silent.on('close', (code) => resolve(code)));
    await new Promise((resolve) => silent.once('open', resolve));
    // 1006: the relay dropped the socket without a close handshake.
    expect(await closed).toBe(1006);
    const health = await (await fetch(`${relay.url}/healthz`)).json();
    expect(health).toMatchObject({ connections: 0 });
  });
});
