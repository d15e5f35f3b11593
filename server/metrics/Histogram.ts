import type { MetricFamily, Sample } from './MetricFamily.ts';
import { renderValue } from './renderMetrics.ts';

/** A distribution of observed values in fixed cumulative buckets, with sum and count. */
export class Histogram {
  private readonly bounds: number[];
  private readonly counts: number[];
  private sum = 0;
  private count = 0;

  /** `buckets` are the upper bounds (`le`); `+Inf` is always added. */
  constructor(
    readonly name: string,
    readonly help: string,
    buckets: readonly number[],
  ) {
    this.bounds = [...new Set(buckets)].filter(Number.isFinite).sort((a, b) => a - b);
    this.counts = this.bounds.map(() => 0);
  }

  /** Records one value. */
  observe(value: number): void {
    this.sum += value;
    this.count++;
    const index = this.bounds.findIndex((bound) => value <= bound);
    if (index !== -1) this.counts[index] = (this.counts[index] ?? 0) + 1;
  }

  /** This histogram as a family to render: cumulative `_bucket` lines, `_sum`, `_count`. */
  collect(): MetricFamily {
    let cumulative = 0;
    const samples: Sample[] = this.bounds.map((bound, i) => {
      cumulative += this.counts[i] ?? 0;
      return { suffix: '_bucket', labels: { le: renderValue(bound) }, value: cumulative };
    });
    samples.push({ suffix: '_bucket', labels: { le: '+Inf' }, value: this.count });
    samples.push({ suffix: '_sum', labels: {}, value: this.sum });
    samples.push({ suffix: '_count', labels: {}, value: this.count });
    return { name: this.name, help: this.help, type: 'histogram', samples };
  }
}
