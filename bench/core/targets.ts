import type { TargetResult } from './Benchmark.ts';
import { round } from './stats.ts';

/**
 * A "higher is better" target: ours must reach `bar` (e.g. an anchor's throughput, or a
 * fraction of the ceiling). The ratio is ours / bar.
 */
export function atLeast(target: string, ours: number, bar: number, unit: string): TargetResult {
  const ratio = ours / bar;
  return {
    target,
    met: ours >= bar,
    ratio,
    detail: `ours ${round(ours)} ${unit} vs ${round(bar)} ${unit}`,
  };
}

/** A "lower is better" target: ours must not exceed `bar`. The ratio is bar / ours. */
export function atMost(target: string, ours: number, bar: number, unit: string): TargetResult {
  const ratio = bar / ours;
  return {
    target,
    met: ours <= bar,
    ratio,
    detail: `ours ${round(ours)} ${unit} vs ${round(bar)} ${unit}`,
  };
}
