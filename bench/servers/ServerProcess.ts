import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { freePort } from '../../test/support/freePort.ts';

const REPO_ROOT = resolve(import.meta.dirname, '../..');
const READY_LINE = 'running at';
const START_TIMEOUT_MS = 30_000;
/** Extra node flags for every server child, e.g. `--cpu-prof --cpu-prof-dir=…` to profile one. */
const EXTRA_FLAGS_VAR = 'BENCH_SERVER_NODE_FLAGS';

/** A server under test running as its own Node process, so its CPU and RSS are its own. */
export interface ServerProcess {
  readonly pid: number;
  readonly port: number;
  /** `ws://127.0.0.1:<port>` */
  readonly wsOrigin: string;
  /** Graceful stop (SIGTERM); resolves once the process has exited. */
  stop(): Promise<void>;
}

/**
 * Starts `node --import tsx <script>` from the repository root with HOST, PORT and `env`,
 * and resolves once it prints "running at". Every server here prints that line. Flags in
 * `BENCH_SERVER_NODE_FLAGS` (space-separated) go to the child's node before the script.
 */
export async function startServerProcess(
  script: string,
  env: Record<string, string>,
): Promise<ServerProcess> {
  const port = await freePort();
  const extraFlags = (process.env[EXTRA_FLAGS_VAR] ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...extraFlags, '--import', 'tsx', script], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...env, HOST: '127.0.0.1', PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stderr?.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000)));
  await whenReady(child, () => output);
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  return {
    pid: child.pid!,
    port,
    wsOrigin: `ws://127.0.0.1:${port}`,
    async stop() {
      process.off('exit', killOnExit);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

function whenReady(child: ChildProcess, output: () => string): Promise<void> {
  return new Promise((resolveReady, reject) => {
    let stdout = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`server did not start within ${START_TIMEOUT_MS} ms:\n${output()}`));
    }, START_TIMEOUT_MS);
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (!stdout.includes(READY_LINE)) return;
      clearTimeout(timer);
      child.stdout?.removeAllListeners('data');
      child.stdout?.resume();
      resolveReady();
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${code ?? signal}) before it was ready:\n${output()}`));
    });
  });
}
