import { mkdtemp } from 'node:fs/promises';
import { join } from 'node:path';
import type { BenchContext } from './Benchmark.ts';

/** A fresh directory under the run's scratch directory (removed with it). */
export function scratchDir(context: BenchContext, name: string): Promise<string> {
  return mkdtemp(join(context.workDir, `${name}-`));
}
