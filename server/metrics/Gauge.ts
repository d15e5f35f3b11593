import type { MetricFamily } from './MetricFamily.ts';

/**
 * A value that goes up and down: either kept here (`inc`, `dec`, `set`) or read when
 * collected from `read` (process memory, sizes of live collections).
 */
export class Gauge {
  private current = 0;

  constructor(
    readonly name: string,
    readonly help: string,
    private readonly read?: () => number,
  ) {}

  inc(by = 1): void {
    this.current += by;
  }

  dec(by = 1): void {
    this.current -= by;
  }

  set(value: number): void {
    this.current = value;
  }

  /** The current value (read now when the gauge has a reader). */
  value(): number {
    return this.read ? this.read() : this.current;
  }

  /** This gauge as a family to render. */
  collect(): MetricFamily {
    return {
      name: this.name,
      help: this.help,
      type: 'gauge',
      samples: [{ labels: {}, value: this.value() }],
    };
  }
}
