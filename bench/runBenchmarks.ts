import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { removeDir } from '../test/support/tempDir.ts';
import { chromiumPath } from '../test/browser/harness/browser.ts';
import { benchmarks } from './benchmarks.ts';
import type { BenchmarkResult } from './core/Benchmark.ts';
import { machineInfo } from './core/machine.ts';
import { renderReport, type RunResult } from './core/report.ts';

/** Options of {@link runBenchmarks}. */
export interface RunOptions {
  /** One run of each benchmark at tiny sizes (the smoke test). */
  quick: boolean;
  /** Where REPORT.md and results.json go. */
  outDir: string;
  /** Measured runs per subject; default 5, or 1 in quick mode. */
  runs?: number;
  /** Only the benchmarks with these ids; default all. */
  only?: string[];
  /** Progress lines; default stderr. */
  progress?: (message: string) => void;
}

const FULL_RUNS = 5;

/** Runs the benchmarks one after another and writes REPORT.md and results.json to `outDir`. */
export async function runBenchmarks(options: RunOptions): Promise<RunResult> {
  const progress = options.progress ?? ((message: string) => console.error(message));
  const selected = benchmarks.filter((b) => !options.only || options.only.includes(b.id));
  const workDir = await mkdtemp(join(tmpdir(), 'protocol-bench-'));
  const started = Date.now();
  const runs = options.runs ?? (options.quick ? 1 : FULL_RUNS);
  const machine = machineInfo(chromiumPath());
  const results: BenchmarkResult[] = [];
  try {
    for (const benchmark of selected) {
      const at = Date.now();
      progress(`▶ ${benchmark.title}`);
      results.push(await benchmark.run({ quick: options.quick, runs, workDir, progress }));
      progress(`✔ ${benchmark.title} (${Math.round((Date.now() - at) / 1000)} s)`);
    }
  } finally {
    await removeDir(workDir);
  }
  const result: RunResult = {
    startedAt: new Date(started).toISOString(),
    durationSeconds: (Date.now() - started) / 1000,
    quick: options.quick,
    runs,
    machine,
    benchmarks: results,
  };
  await mkdir(options.outDir, { recursive: true });
  await writeFile(join(options.outDir, 'results.json'), `${JSON.stringify(result, null, 2)}\n`);
  await writeFile(join(options.outDir, 'REPORT.md'), renderReport(result));
  return result;
}
