import type { Labels, MetricFamily } from './MetricFamily.ts';

/**
 * A monotonically increasing count, optionally split by labels. Label values should come
 * from a small fixed set (never a document id), so the number of series stays bounded.
 */
export class Counter<L extends string = never> {
  private readonly series = new Map<string, { labels: Labels; value: number }>();

  constructor(
    readonly name: string,
    readonly help: string,
    private readonly labelNames: readonly L[] = [],
  ) {}

  /** Adds `by` (default 1) to the series of `labels`. */
  inc(labels: Record<L, string> = {} as Record<L, string>, by = 1): void {
    const entry = this.entry(labels);
    entry.value += by;
  }

  /** Exposes the series of `labels` at 0 before anything is counted in it. */
  zero(labels: Record<L, string>): void {
    this.entry(labels);
  }

  /** The current value of the series of `labels` (0 when never counted). */
  value(labels: Record<L, string> = {} as Record<L, string>): number {
    return this.series.get(this.key(labels))?.value ?? 0;
  }

  /** This counter as a family to render. */
  collect(): MetricFamily {
    const samples = [...this.series.values()].map(({ labels, value }) => ({ labels, value }));
    return { name: this.name, help: this.help, type: 'counter', samples };
  }

  private entry(labels: Record<L, string>): { labels: Labels; value: number } {
    const key = this.key(labels);
    let entry = this.series.get(key);
    if (!entry) {
      const ordered = Object.fromEntries(this.labelNames.map((name) => [name, labels[name]]));
      entry = { labels: ordered, value: 0 };
      this.series.set(key, entry);
    }
    return entry;
  }

  private key(labels: Record<L, string>): string {
    return this.labelNames.map((name) => labels[name]).join('\u0000');
  }
}
