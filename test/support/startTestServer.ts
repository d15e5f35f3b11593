import type { RelayLimits } from '../../server/relay/limits/RelayLimits.ts';
import { startServer, type RunningServer } from '../../server/startServer.ts';
import { WS_PATH } from '../../shared/protocol/paths.ts';
import { mintTestToken, TEST_AUTH_SECRET, type TestGrantInit } from './testAuth.ts';
import { staticFixture } from './staticFixture.ts';
import { removeDir, tempDir } from './tempDir.ts';

/** An in-process relay on a free port with its own temporary data and static dirs. */
export interface TestServer {
  /** The running relay (replaced by `restart`). */
  server: RunningServer;
  /** `http://127.0.0.1:<port>` */
  url: string;
  /** `ws://127.0.0.1:<port>/ws`, the `serverUrl` for a `WebsocketProvider`. */
  wsUrl: string;
  dataDir: string;
  staticDir: string;
  /**
   * A token signed with the relay's secret for the grant `init` describes (see
   * `TestGrantInit`); only useful with `auth: true`.
   */
  mint(init: TestGrantInit): string;
  /** Gracefully closes the relay and starts a new one on the same data dir (new port). */
  restart(): Promise<void>;
  /** Closes the relay and removes the temporary dirs. */
  dispose(): Promise<void>;
}

/** Overrides for the in-process relay. */
export interface TestServerOptions {
  staticDir?: string;
  compactAfterRows?: number;
  keepaliveIntervalMs?: number;
  /** Token authentication with `TEST_AUTH_SECRET`; default false (AUTH=off). */
  auth?: boolean;
  /** Frame size, rate and connection limits; default `DEFAULT_RELAY_LIMITS`. */
  limits?: Partial<RelayLimits>;
}

/** Starts a relay in this process on port 0, for integration tests. */
export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const dataDir = await tempDir('relay-data');
  const ownStatic = options.staticDir === undefined;
  const staticDir = options.staticDir ?? (await staticFixture());
  const start = () =>
    startServer({
      host: '127.0.0.1',
      port: 0,
      dataDir,
      staticDir,
      compactAfterRows: options.compactAfterRows,
      keepaliveIntervalMs: options.keepaliveIntervalMs,
      auth: options.auth ? { mode: 'on', secret: TEST_AUTH_SECRET } : { mode: 'off' },
      limits: options.limits,
    });
  let server = await start();
  let closed = false;
  const handle: TestServer = {
    server,
    url: server.url,
    wsUrl: server.url.replace(/^http/, 'ws') + WS_PATH,
    dataDir,
    staticDir,
    mint: (init) => mintTestToken(init),
    async restart() {
      await server.close();
      server = await start();
      Object.assign(handle, {
        server,
        url: server.url,
        wsUrl: server.url.replace(/^http/, 'ws') + WS_PATH,
      });
    },
    async dispose() {
      if (closed) return;
      closed = true;
      await server.close();
      await removeDir(dataDir);
      if (ownStatic) await removeDir(staticDir);
    },
  };
  return handle;
}
