import type { TargetResult } from './Benchmark.ts';
import { round } from './stats.ts';

/**
 * A "higher is better" target: ours must reach `bar` (e.g. an anchor's throughput, or a
 * fraction of the ceiling), less `tolerance` (a fraction of the bar, for measurements whose
 * noise is known, e.g. 0.01 for 1%). The ratio is ours / the bar less the tolerance, so it
 * is 1 or more exactly when the target is met.
 */
export function atLeast(
  target: string,
  ours: number,
  bar: number,
  unit: string,
  tolerance = 0,
): TargetResult {
  const lowest = bar * (1 - tolerance);
  const allowed = tolerance > 0 ? ` (${round(tolerance * 100)}% tolerance)` : '';
  return {
    target,
    met: ours >= lowest,
    ratio: ours / lowest,
    detail: `ours ${round(ours)} ${unit} vs ${round(bar)} ${unit}${allowed}`,
  };
}

/**
 * A "lower is better" target where ours may equal `bar` ("≤", "no slower than"). The ratio
 * is bar / ours.
 */
export function atMost(target: string, ours: number, bar: number, unit: string): TargetResult {
  const ratio = bar / ours;
  return {
    target,
    met: ours <= bar,
    ratio,
    detail: `ours ${round(ours)} ${unit} vs ${round(bar)} ${unit}`,
  };
}

/**
 * A "lower is better" target ours must stay strictly under ("< 16 ms", "under 1 s"): equal
 * to the bar is a miss, though its ratio is 1. The ratio is bar / ours.
 */
export function below(target: string, ours: number, bar: number, unit: string): TargetResult {
  return { ...atMost(target, ours, bar, unit), met: ours < bar };
}
