import type { Labels, MetricFamily } from './MetricFamily.ts';

/** The Content-Type of the Prometheus text exposition format this module writes. */
export const METRICS_CONTENT_TYPE = 'text/plain; version=0.0.4; charset=utf-8';

/**
 * Renders metric families in the Prometheus text exposition format 0.0.4: per family a
 * `# HELP` and a `# TYPE` line, then one line per sample; the text ends with a newline.
 */
export function renderMetrics(families: readonly MetricFamily[]): string {
  const lines: string[] = [];
  for (const family of families) {
    lines.push(`# HELP ${family.name} ${escapeHelp(family.help)}`);
    lines.push(`# TYPE ${family.name} ${family.type}`);
    for (const sample of family.samples) {
      const name = family.name + (sample.suffix ?? '');
      lines.push(`${name}${renderLabels(sample.labels)} ${renderValue(sample.value)}`);
    }
  }
  return lines.length === 0 ? '' : lines.join('\n') + '\n';
}

function renderLabels(labels: Labels): string {
  const pairs = Object.entries(labels).map(([name, value]) => `${name}="${escapeLabel(value)}"`);
  return pairs.length === 0 ? '' : `{${pairs.join(',')}}`;
}

/** Go-style float text, which Prometheus parses: `+Inf`, `-Inf`, `NaN`, plain numbers. */
export function renderValue(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (value === Infinity) return '+Inf';
  if (value === -Infinity) return '-Inf';
  return String(value);
}

const escapeHelp = (text: string) => text.replace(/\\/g, '\\\\').replace(/\n/g, '\\n');
const escapeLabel = (text: string) =>
  text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
