import type { MetricFamily } from './MetricFamily.ts';

/** Anything that can report itself as one metric family. */
export interface Collectable {
  collect(): MetricFamily;
}

/** An ordered set of metrics, collected together for one scrape. */
export class MetricsRegistry {
  private readonly metrics: Collectable[] = [];

  /** Adds `metric` and returns it, so definitions read `const x = registry.add(new …)`. */
  add<T extends Collectable>(metric: T): T {
    this.metrics.push(metric);
    return metric;
  }

  /** Every metric's current family, in the order they were added. */
  collect(): MetricFamily[] {
    return this.metrics.map((metric) => metric.collect());
  }
}
