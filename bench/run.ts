// `npm run bench [-- --quick] [--only id,id] [--runs n] [--out dir] [--help]`: runs the benchmarks and writes
// REPORT.md and results.json (to bench/ for a full run; quick runs go to a temporary
// directory unless --out is given, so the committed report is never overwritten by one).
import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { benchmarks } from './benchmarks.ts';
import { BENCH_USAGE, parseBenchArgs, type BenchArgs } from './core/benchArgs.ts';
import { runBenchmarks } from './runBenchmarks.ts';

const ids = benchmarks.map((b) => b.id);
const usage = BENCH_USAGE.replace('%IDS%', ids.join(', '));
let args: BenchArgs;
try {
  args = parseBenchArgs(process.argv.slice(2), ids);
} catch (error) {
  console.error(`${(error as Error).message}\n\n${usage}`);
  process.exit(2);
}
if (args.help) {
  console.log(usage);
  process.exit(0);
}
const { quick, runs, only } = args;
const outDir = args.out
  ? resolve(args.out)
  : quick
    ? await mkdtemp(join(tmpdir(), 'protocol-bench-quick-'))
    : import.meta.dirname;
const result = await runBenchmarks({ quick, outDir, runs, only });
const missed = result.benchmarks.flatMap((b) => b.targets).filter((t) => !t.met).length;
console.log(`Report: ${join(outDir, 'REPORT.md')} (${existsSync(outDir) ? 'written' : 'missing'})`);
console.log(`Targets missed: ${missed}. Took ${Math.round(result.durationSeconds)} s.`);
