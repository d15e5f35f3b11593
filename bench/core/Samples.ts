import type { CaseResult, Metric } from './Benchmark.ts';
import { spread } from './stats.ts';

/**
 * Collects one sample per run for each (case, subject, metric) and turns them into
 * `CaseResult`s with min / median / max. Cases and subjects keep the order they first
 * appeared in.
 */
export class Samples {
  private readonly cases = new Map<string, Map<string, Map<string, Metric>>>();

  /** Adds one run's value of `metric` (in `unit`) for `subject` in `caseName`. */
  add(caseName: string, subject: string, metric: string, unit: string, value: number): void {
    const subjects = getOrCreate(this.cases, caseName, () => new Map());
    const metrics = getOrCreate(subjects, subject, () => new Map());
    const entry = getOrCreate(metrics, metric, () => ({ unit, samples: [] as number[] }));
    entry.samples.push(value);
  }

  /** Adds several metrics of one run at once: `{ name: [unit, value] }`. */
  addRun(caseName: string, subject: string, values: Record<string, [string, number]>): void {
    for (const [metric, [unit, value]] of Object.entries(values)) {
      this.add(caseName, subject, metric, unit, value);
    }
  }

  /** The median of a metric, NaN when it was never measured. */
  median(caseName: string, subject: string, metric: string): number {
    const entry = this.cases.get(caseName)?.get(subject)?.get(metric);
    return entry ? spread(entry.samples).median : NaN;
  }

  /** Every case with every subject's metrics summarised. */
  results(): CaseResult[] {
    return [...this.cases].map(([name, subjects]) => ({
      name,
      subjects: [...subjects].map(([subject, metrics]) => ({
        subject,
        metrics: Object.fromEntries(
          [...metrics].map(([metric, { unit, samples }]) => [
            metric,
            { unit, samples, ...spread(samples) },
          ]),
        ),
      })),
    }));
  }
}

function getOrCreate<K, V>(map: Map<K, V>, key: K, create: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = create();
    map.set(key, value);
  }
  return value;
}
