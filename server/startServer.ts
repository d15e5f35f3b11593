import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApiHandler } from './api/createApiHandler.ts';
import { openAccess } from './auth/openAccess.ts';
import { resolveAuth } from './auth/resolveAuth.ts';
import type { ServerConfig } from './config.ts';
import { createRequestHandler } from './createRequestHandler.ts';
import { createStaticHandler } from './http/createStaticHandler.ts';
import { DocStore } from './relay/DocStore.ts';
import { GroupCommit } from './relay/GroupCommit.ts';
import { resolveRelayLimits } from './relay/limits/RelayLimits.ts';
import { PersistenceHealth } from './relay/PersistenceHealth.ts';
import { Relay } from './relay/Relay.ts';
import { Rooms } from './relay/Rooms.ts';
import { readOrCreateRelayKey } from './signing/relayKey.ts';

/** A started relay. */
export interface RunningServer {
  /** Base URL, e.g. `http://127.0.0.1:8420`; WebSockets use the same host and port. */
  url: string;
  /** The port actually bound (useful when the config asked for 0). */
  port: number;
  /** Number of update rows stored for a document; a diagnostic for tests. */
  countUpdateRows(docId: string): Promise<number>;
  /**
   * Graceful stop: closes sockets with `shuttingDown`, flushes and compacts open
   * documents, stops listening and closes the store.
   */
  close(): Promise<void>;
}

const DEFAULT_KEEPALIVE_MS = 30_000;
const DEFAULT_COMPACT_AFTER_ROWS = 200;

/** Opens the store and starts the http server, the API and the WebSocket relay. */
export async function startServer(config: ServerConfig): Promise<RunningServer> {
  const startedAt = Date.now();
  const auth = await resolveAuth(config);
  const relayKey = await readOrCreateRelayKey(config.dataDir);
  const store = await DocStore.open(config.dataDir);
  const access = await openAccess(auth, store).catch(async (error: unknown) => {
    await store.close();
    throw error;
  });
  const health = new PersistenceHealth();
  const compactAfterRows = config.compactAfterRows ?? DEFAULT_COMPACT_AFTER_ROWS;
  const rooms = new Rooms({
    store,
    commits: new GroupCommit(store),
    health,
    compactAfterRows,
    relayKeys: new Map([[relayKey.fingerprint, relayKey.publicKey]]),
  });
  const relay = new Relay(
    rooms,
    config.keepaliveIntervalMs ?? DEFAULT_KEEPALIVE_MS,
    access.relay,
    resolveRelayLimits(config.limits),
  );
  const api = createApiHandler({
    startedAt,
    rooms,
    store,
    health,
    auth: access.api,
    relayKey,
  });
  const server = createServer(createRequestHandler(api, createStaticHandler(config.staticDir)));
  server.on('upgrade', relay.handleUpgrade);

  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(config.port, config.host, () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    await relay.close();
    await access.close();
    await store.close();
    throw error;
  }

  const { port } = server.address() as AddressInfo;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  let closing: Promise<void> | undefined;
  return {
    url: `http://${host}:${port}`,
    port,
    countUpdateRows: (docId) => store.countUpdateRows(docId),
    close: () => {
      closing ??= (async () => {
        const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeIdleConnections();
        await relay.close();
        await rooms.closeAll();
        server.closeAllConnections();
        await stopped;
        await access.close();
        await store.close();
      })();
      return closing;
    },
  };
}
