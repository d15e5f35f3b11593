/** min / median / max of a set of numbers. */
export interface Spread {
  min: number;
  median: number;
  max: number;
}

/** The p-th percentile (0–100) by nearest rank on a sorted copy; NaN for no values. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

/** min, median (p50) and max of `values`; NaN fields for no values. */
export function spread(values: readonly number[]): Spread {
  if (values.length === 0) return { min: NaN, median: NaN, max: NaN };
  return { min: Math.min(...values), median: percentile(values, 50), max: Math.max(...values) };
}

/** Rounds for display: 3 significant digits, thousands kept whole. */
export function round(value: number): number {
  if (!Number.isFinite(value)) return value;
  if (Math.abs(value) >= 1000) return Math.round(value);
  return Number(value.toPrecision(3));
}
