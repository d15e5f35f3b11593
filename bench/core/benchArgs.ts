import { parseArgs } from 'node:util';

/** What `npm run bench` was asked for. */
export interface BenchArgs {
  help: boolean;
  quick: boolean;
  only?: string[];
  out?: string;
  runs?: number;
}

export const BENCH_USAGE = `Usage: npm run bench [-- options]
  --quick          each benchmark once, at tiny sizes (the smoke test); report to a temporary directory
  --only id,id     only these benchmarks (ids: %IDS%)
  --runs n         measured runs per subject (default 5, or 1 with --quick)
  --out dir        where REPORT.md and results.json go (default bench/ for a full run)
  --help           this text`;

/**
 * Reads the command line of `npm run bench`; throws an Error whose message says what is
 * wrong (an unknown option or benchmark id, a run count that is not a whole number ≥ 1).
 */
export function parseBenchArgs(argv: readonly string[], ids: readonly string[]): BenchArgs {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        help: { type: 'boolean', short: 'h', default: false },
        quick: { type: 'boolean', default: false },
        only: { type: 'string' },
        out: { type: 'string' },
        runs: { type: 'string' },
      },
    }));
  } catch (error) {
    throw new Error((error as Error).message, { cause: error });
  }
  const only = typeof values.only === 'string' ? values.only.split(',').filter(Boolean) : undefined;
  const unknown = only?.filter((id) => !ids.includes(id)) ?? [];
  if (unknown.length > 0) throw new Error(`Unknown benchmark: ${unknown.join(', ')}`);
  if (only && only.length === 0) throw new Error('--only needs at least one benchmark id');
  let runs: number | undefined;
  if (typeof values.runs === 'string') {
    runs = Number(values.runs);
    if (!Number.isInteger(runs) || runs < 1) {
      throw new Error(`--runs must be a whole number of at least 1, not "${values.runs}"`);
    }
  }
  return {
    help: values.help === true,
    quick: values.quick === true,
    only,
    out: typeof values.out === 'string' ? values.out : undefined,
    runs,
  };
}
