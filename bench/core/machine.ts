import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem } from 'node:os';
import { resolve } from 'node:path';

const REPO_ROOT = resolve(import.meta.dirname, '../..');

/** Packages whose versions the report names: ours and the anchors'. */
const PACKAGES = [
  'yjs',
  'y-websocket',
  'y-protocols',
  '@tiptap/core',
  'dexie',
  'classic-level',
  'ws',
  '@y/websocket-server',
  'y-leveldb',
  '@hocuspocus/server',
  'y-indexeddb',
  'playwright-core',
];

/** Where and with what a run was made. */
export interface MachineInfo {
  cpu: string;
  cores: number;
  memoryGiB: number;
  os: string;
  node: string;
  chromium: string;
  /** 1-minute load average when the run started: how busy the machine already was. */
  loadAtStart: number;
  commit: string;
  packages: Record<string, string>;
}

/** Describes this machine and the installed versions of the compared packages. */
export function machineInfo(chromiumPath: string | undefined): MachineInfo {
  return {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    os: `${process.platform} ${release()}`,
    node: process.version,
    chromium: chromiumPath ? (run(chromiumPath, ['--version']) ?? 'unknown') : 'not used',
    loadAtStart: loadavg()[0] ?? NaN,
    commit: commitDescription(),
    packages: Object.fromEntries(PACKAGES.map((name) => [name, packageVersion(name)])),
  };
}

/**
 * The checked-out commit, and whether the code measured differs from it. The report and
 * the raw results this run writes do not count: a second run would otherwise always say so.
 */
function commitDescription(): string {
  const commit = run('git', ['rev-parse', '--short', 'HEAD']);
  if (!commit) return 'unknown';
  const changed = run('git', [
    'status',
    '--porcelain',
    '--',
    '.',
    ':(exclude)bench/REPORT.md',
    ':(exclude)bench/results.json',
  ]);
  return changed ? `${commit} with uncommitted changes` : commit;
}

function packageVersion(name: string): string {
  try {
    const json = readFileSync(resolve(REPO_ROOT, 'node_modules', name, 'package.json'), 'utf8');
    return (JSON.parse(json) as { version: string }).version;
  } catch {
    return 'not installed';
  }
}

function run(command: string, args: string[]): string | undefined {
  try {
    return execFileSync(command, args, { cwd: REPO_ROOT, encoding: 'utf8' }).trim();
  } catch {
    return undefined;
  }
}
