// `npm run bench [-- --quick] [--only id,id] [--runs n] [--out dir]`: runs the benchmarks and writes
// REPORT.md and results.json (to bench/ for a full run; quick runs go to a temporary
// directory unless --out is given, so the committed report is never overwritten by one).
import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { runBenchmarks } from './runBenchmarks.ts';

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    only: { type: 'string' },
    out: { type: 'string' },
    runs: { type: 'string' },
  },
});
const quick = values.quick ?? false;
const outDir = values.out
  ? resolve(values.out)
  : quick
    ? await mkdtemp(join(tmpdir(), 'protocol-bench-quick-'))
    : import.meta.dirname;
const runs = values.runs === undefined ? undefined : Number(values.runs);
const result = await runBenchmarks({ quick, outDir, runs, only: values.only?.split(',') });
const missed = result.benchmarks.flatMap((b) => b.targets).filter((t) => !t.met).length;
console.log(`Report: ${join(outDir, 'REPORT.md')} (${existsSync(outDir) ? 'written' : 'missing'})`);
console.log(`Targets missed: ${missed}. Took ${Math.round(result.durationSeconds)} s.`);
