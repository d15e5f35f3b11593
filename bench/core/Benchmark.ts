import type { Spread } from './stats.ts';

/** What every benchmark gets from the runner. */
export interface BenchContext {
  /** Smoke mode: one run at tiny sizes, so the suite is exercised without measuring much. */
  quick: boolean;
  /** Measured runs per subject (5 in a full run, 1 in quick mode). */
  runs: number;
  /** Scratch directory for stores and builds, removed after the run. */
  workDir: string;
  /** One progress line on stderr. */
  progress(message: string): void;
}

/** The samples of one metric (one per run) and their spread. */
export interface Metric extends Spread {
  unit: string;
  samples: number[];
}

/** One subject (our stack or an anchor) measured in one case. */
export interface SubjectResult {
  subject: string;
  metrics: Record<string, Metric>;
}

/** One size or scenario of a benchmark, every subject measured in it. */
export interface CaseResult {
  name: string;
  subjects: SubjectResult[];
}

/** A target of the issue, checked against the measured medians. */
export interface TargetResult {
  target: string;
  met: boolean;
  /** How many times better ours is than the bar (> 1 is better; see `detail`). */
  ratio: number;
  detail: string;
}

/** Everything one benchmark reports. */
export interface BenchmarkResult {
  id: string;
  title: string;
  /** What it measures and how, for the report. */
  method: string;
  parameters: Record<string, string | number>;
  cases: CaseResult[];
  targets: TargetResult[];
  notes: string[];
}

/** A benchmark: one file per benchmark, each exporting one of these. */
export interface Benchmark {
  id: string;
  title: string;
  run(context: BenchContext): Promise<BenchmarkResult>;
}
