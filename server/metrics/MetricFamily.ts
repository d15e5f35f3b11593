/** Label names to values of one sample, e.g. `{ type: 'sync' }`. */
export type Labels = Readonly<Record<string, string>>;

/** One line of the exposition: `name{labels} value`. */
export interface Sample {
  /** Appended to the family name: `_bucket`, `_sum`, `_count` for histograms. */
  suffix?: string;
  labels: Labels;
  value: number;
}

/** A metric with its help text, type and current samples, ready to render. */
export interface MetricFamily {
  name: string;
  help: string;
  type: 'counter' | 'gauge' | 'histogram';
  samples: Sample[];
}
