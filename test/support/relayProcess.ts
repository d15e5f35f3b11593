import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { SECRET_FILE } from '../../server/auth/secretFile.ts';
import { WS_PATH } from '../../shared/protocol/paths.ts';
import { freePort } from './freePort.ts';
import { mintTestToken, TEST_AUTH_SECRET, type TestGrantInit } from './testAuth.ts';
import { removeDir, tempDir } from './tempDir.ts';

const REPO_ROOT = resolve(import.meta.dirname, '../..');
const READY_LINE = 'running at';

/** Options of `startRelayProcess`. */
export interface RelayProcessOptions {
  /** Store directory; default: a new temporary dir, removed by `dispose()` or at exit. */
  dataDir?: string;
  /** Built client to serve; default: the relay's own default (`dist/client`). */
  staticDir?: string;
  /** Port; default: a free port picked by binding port 0 first. Kept across restarts. */
  port?: number;
  /** Extra environment variables for the child. */
  env?: Record<string, string>;
  /** How long to wait for the "running at" line; default 20 s. */
  startTimeoutMs?: number;
  /**
   * Token authentication with AUTH_SECRET = `TEST_AUTH_SECRET`; default false (AUTH=off,
   * so tests that do not care about access need no tokens).
   */
  auth?: boolean;
}

/**
 * A relay running as a child process (`node --import tsx server/index.ts`), for tests that
 * need a real crash (`kill('SIGKILL')`) or a browser talking to a separate server.
 */
export interface RelayProcess {
  /** `http://127.0.0.1:<port>`; the same across restarts. */
  readonly url: string;
  /** `ws://127.0.0.1:<port>/ws`, the `serverUrl` for a `WebsocketProvider`. */
  readonly wsUrl: string;
  readonly port: number;
  readonly dataDir: string;
  /**
   * A token signed with the relay's secret (see `TestGrantInit`); needs `auth: true`. The
   * secret is `TEST_AUTH_SECRET`, or DATA_DIR/.auth-secret when `env` sets AUTH_SECRET to ''.
   */
  mint(init: TestGrantInit): string;
  /** Everything the current child printed on stdout and stderr, for failure messages. */
  output(): string;
  /** Sends `signal` (default SIGKILL: a crash) and resolves once the child has exited. */
  kill(signal?: NodeJS.Signals): Promise<void>;
  /**
   * Starts the relay again on the same port and data dir, resolving when it is ready.
   * A child that is still running is first stopped gracefully (SIGTERM).
   */
  restart(): Promise<void>;
  /**
   * Stops gracefully (SIGTERM: sockets closed with `shuttingDown`, writes flushed) and
   * resolves once the child has exited. The data dir is kept, so `restart()` brings the
   * same documents back ("the relay went down for a while").
   */
  stop(): Promise<void>;
  /** `stop()`, then removes the data dir if this helper created it. For final cleanup. */
  dispose(): Promise<void>;
}

/**
 * Spawns the relay with HOST=127.0.0.1, PORT and DATA_DIR, and resolves once its stdout
 * prints "running at". Rejects (with the child's output) if it exits or times out first.
 *
 * @example
 *   const relay = await startRelayProcess();
 *   // … connect providers to relay.wsUrl, open relay.url in a browser …
 *   await relay.kill('SIGKILL'); // crash: nothing flushed beyond what was acknowledged
 *   await relay.restart(); // same port, same data dir
 *   await relay.stop(); // graceful; restart() works again afterwards
 *   await relay.dispose(); // final cleanup (also removes the temporary data dir)
 */
export async function startRelayProcess(options: RelayProcessOptions = {}): Promise<RelayProcess> {
  const ownDataDir = options.dataDir === undefined;
  const dataDir = options.dataDir ?? (await tempDir('relay-process-data'));
  const port = options.port ?? (await freePort());
  const auth: NodeJS.ProcessEnv = options.auth
    ? { AUTH: 'on', AUTH_SECRET: TEST_AUTH_SECRET }
    : { AUTH: 'off', AUTH_SECRET: undefined };
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...auth,
    ...options.env,
    HOST: '127.0.0.1',
    PORT: String(port),
    DATA_DIR: dataDir,
  };
  if (options.staticDir !== undefined) env.STATIC_DIR = options.staticDir;
  const timeoutMs = options.startTimeoutMs ?? 20_000;

  let child: ChildProcess | undefined;
  let output = '';
  const launch = async () => {
    output = '';
    child = spawn(process.execPath, ['--import', 'tsx', 'server/index.ts'], {
      cwd: REPO_ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    await whenReady(
      child,
      timeoutMs,
      (chunk) => (output += chunk),
      () => output,
    );
  };
  const exit = async (signal: NodeJS.Signals) => {
    const running = child;
    if (!running || running.exitCode !== null || running.signalCode !== null) return;
    const exited = new Promise<void>((done) => running.once('exit', () => done()));
    running.kill(signal);
    await exited;
  };

  await launch();
  // Never leave a relay or a temporary store behind, even if a test forgets to clean up.
  const cleanUpOnExit = () => {
    child?.kill('SIGKILL');
    if (ownDataDir) rmSync(dataDir, { recursive: true, force: true });
  };
  process.once('exit', cleanUpOnExit);

  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    wsUrl: `ws://127.0.0.1:${port}${WS_PATH}`,
    port,
    dataDir,
    mint: (init) =>
      mintTestToken(
        init,
        env.AUTH_SECRET || readFileSync(join(dataDir, SECRET_FILE), 'utf8').trim(),
      ),
    output: () => output,
    kill: (signal = 'SIGKILL') => exit(signal),
    async restart() {
      await exit('SIGTERM');
      await launch();
    },
    stop: () => exit('SIGTERM'),
    async dispose() {
      await exit('SIGTERM');
      process.off('exit', cleanUpOnExit);
      if (ownDataDir) await removeDir(dataDir);
    },
  };
}

function whenReady(
  child: ChildProcess,
  timeoutMs: number,
  record: (chunk: string) => void,
  describe: () => string,
): Promise<void> {
  return new Promise((resolveReady, reject) => {
    let stdout = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(
        new Error(`relay did not print "${READY_LINE}" within ${timeoutMs} ms:\n${describe()}`),
      );
    }, timeoutMs);
    child.stdout?.on('data', (chunk: Buffer) => {
      const text = chunk.toString();
      record(text);
      stdout += text;
      if (stdout.includes(READY_LINE)) {
        clearTimeout(timer);
        resolveReady();
      }
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(
        new Error(`relay exited (code ${code}, signal ${signal}) before ready:\n${describe()}`),
      );
    });
  });
}
