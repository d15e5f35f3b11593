import type { BenchmarkResult, CaseResult, Metric } from './Benchmark.ts';
import type { MachineInfo } from './machine.ts';
import { round } from './stats.ts';

/** Everything one `npm run bench` produced; written as results.json. */
export interface RunResult {
  startedAt: string;
  durationSeconds: number;
  quick: boolean;
  runs: number;
  machine: MachineInfo;
  benchmarks: BenchmarkResult[];
}

/** The Markdown report of a run. */
export function renderReport(result: RunResult): string {
  const { machine } = result;
  const lines = [
    '# Benchmarks',
    '',
    `Written by \`npm run bench${result.quick ? ' -- --quick' : ''}\` on ${result.startedAt} ` +
      `(${Math.round(result.durationSeconds)} s). Every benchmark runs our stack and its anchors ` +
      `alternately in the same run, ${result.runs} run(s) each; tables give the median and, in ` +
      'brackets, min–max over the runs. Raw numbers: `results.json`. On a machine shared with ' +
      'other work (see the load average below) single numbers are noisy: compare within a run.',
    '',
    ...(result.quick
      ? ['**Quick mode: one run at tiny sizes, a smoke test, not a measurement.**', '']
      : []),
    '## Machine',
    '',
    table(
      ['', ''],
      [
        ['CPU', `${machine.cpu} × ${machine.cores}`],
        ['Memory', `${machine.memoryGiB} GiB`],
        ['OS', machine.os],
        ['Node', machine.node],
        ['Chromium', machine.chromium],
        ['Load average at start (1 min)', String(round(machine.loadAtStart))],
        ['Commit', machine.commit],
      ],
    ),
    '',
    '## Versions',
    '',
    table(
      ['package', 'version'],
      Object.entries(machine.packages).map(([name, version]) => [`\`${name}\``, version]),
    ),
    '',
    '## Targets',
    '',
    table(
      ['benchmark', 'target', 'met', 'ratio', 'measured (medians)'],
      result.benchmarks.flatMap((benchmark) =>
        benchmark.targets.map((target) => [
          benchmark.title,
          target.target,
          target.met ? 'met' : '**missed**',
          `${round(target.ratio)}×`,
          target.detail,
        ]),
      ),
    ),
    '',
    'Ratio: how many times better ours is than the bar (ours ÷ bar for rates, bar ÷ ours for ' +
      'times and sizes); 1× or more meets the target, more than 1× where it says under (<).',
    '',
    ...result.benchmarks.flatMap(renderBenchmark),
  ];
  return `${lines.join('\n')}\n`;
}

function renderBenchmark(benchmark: BenchmarkResult): string[] {
  return [
    `## ${benchmark.title}`,
    '',
    benchmark.method,
    '',
    table(
      ['parameter', 'value'],
      Object.entries(benchmark.parameters).map(([name, value]) => [name, String(value)]),
    ),
    '',
    ...benchmark.cases.flatMap(renderCase),
    ...benchmark.notes.flatMap((note) => [`- ${note}`]),
    ...(benchmark.notes.length > 0 ? [''] : []),
  ];
}

function renderCase(result: CaseResult): string[] {
  const metrics = [...new Set(result.subjects.flatMap((s) => Object.keys(s.metrics)))];
  return [
    `### ${result.name}`,
    '',
    table(
      ['', ...result.subjects.map((s) => s.subject)],
      metrics.map((metric) => {
        const unit = result.subjects.map((s) => s.metrics[metric]?.unit).find(Boolean) ?? '';
        return [`${metric} (${unit})`, ...result.subjects.map((s) => cell(s.metrics[metric]))];
      }),
    ),
    '',
  ];
}

function cell(metric: Metric | undefined): string {
  if (!metric) return '–';
  if (metric.samples.length === 1) return String(round(metric.median));
  return `${round(metric.median)} (${round(metric.min)}–${round(metric.max)})`;
}

function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
