import { mintTestToken } from '../../test/support/testAuth.ts';
import { TOKEN_PARAM } from '../../shared/auth/accessToken.ts';
import { WS_PATH } from '../../shared/protocol/paths.ts';
import { startServerProcess, type ServerProcess } from './ServerProcess.ts';

/** How a relay frames its messages: y-websocket's, or Hocuspocus's (document name first). */
export type Dialect = 'y-websocket' | 'hocuspocus';

/** The servers the benchmarks compare. */
export type RelayKind = 'ours' | 'reference' | 'hocuspocus' | 'raw-ws';

/** Display names used in the report. */
export const RELAY_NAMES: Record<RelayKind, string> = {
  ours: 'ours',
  reference: '@y/websocket-server',
  hocuspocus: 'Hocuspocus',
  'raw-ws': 'raw ws',
};

/** A started relay and how to reach a document on it. */
export interface RelayUnderTest {
  kind: RelayKind;
  name: string;
  dialect: Dialect;
  process: ServerProcess;
  /** The `serverUrl` a y-websocket provider takes (rooms are `${serverUrl}/${docId}`). */
  serverUrl: string;
  /** Query parameters a client sends for `docId`: an access token for ours, else none. */
  params(docId: string): Record<string, string>;
  /** The WebSocket URL a client opens for `docId`. */
  socketUrl(docId: string): string;
}

/** The AUTH_SECRET our relay runs with in benchmarks. */
export const BENCH_AUTH_SECRET = 'bench-secret-for-benchmark-runs-0123456789';

/**
 * Starts one relay in its own process. Ours always runs as shipped: auth on, persistence on
 * (`dataDir`). The reference persists through y-leveldb when given `dataDir`; Hocuspocus
 * and the raw ws ceiling keep everything in memory.
 */
export async function startRelay(
  kind: RelayKind,
  { dataDir, env = {} }: { dataDir?: string; env?: Record<string, string> } = {},
): Promise<RelayUnderTest> {
  const name = RELAY_NAMES[kind];
  switch (kind) {
    case 'ours': {
      if (!dataDir) throw new Error('our relay always persists: pass a dataDir');
      const process = await startServerProcess('server/index.ts', {
        ...env,
        AUTH: 'on',
        AUTH_SECRET: BENCH_AUTH_SECRET,
        DATA_DIR: dataDir,
      });
      const params = (docId: string) => ({ [TOKEN_PARAM]: editorToken(docId) });
      return withRooms(kind, process, `${process.wsOrigin}${WS_PATH}`, params);
    }
    case 'reference': {
      const persist: Record<string, string> = dataDir ? { PERSIST_DIR: dataDir } : {};
      const process = await startServerProcess('bench/servers/referenceServer.ts', {
        ...env,
        ...persist,
      });
      return withRooms(kind, process, process.wsOrigin);
    }
    case 'hocuspocus': {
      const process = await startServerProcess('bench/servers/hocuspocusServer.ts', env);
      const serverUrl = process.wsOrigin;
      const params = () => ({});
      return {
        kind,
        name,
        dialect: 'hocuspocus',
        process,
        serverUrl,
        params,
        socketUrl: () => serverUrl,
      };
    }
    case 'raw-ws': {
      const process = await startServerProcess('bench/servers/rawBroadcastServer.ts', env);
      return withRooms(kind, process, process.wsOrigin);
    }
  }
}

/** An editor's token for one document on our relay. */
export function editorToken(docId: string): string {
  return mintTestToken({ doc: docId, role: 'editor', name: 'Bench' }, BENCH_AUTH_SECRET);
}

/** A relay with one WebSocket path per document, as y-websocket providers expect. */
function withRooms(
  kind: RelayKind,
  process: ServerProcess,
  serverUrl: string,
  params: (docId: string) => Record<string, string> = () => ({}),
): RelayUnderTest {
  return {
    kind,
    name: RELAY_NAMES[kind],
    dialect: 'y-websocket',
    process,
    serverUrl,
    params,
    socketUrl: (docId) => {
      const query = new URLSearchParams(params(docId)).toString();
      return `${serverUrl}/${docId}${query ? `?${query}` : ''}`;
    },
  };
}
