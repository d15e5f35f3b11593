import { describe, expect, it } from 'vitest';
import { Counter } from './Counter.ts';
import { Gauge } from './Gauge.ts';
import { Histogram } from './Histogram.ts';
import { MetricsRegistry } from './MetricsRegistry.ts';
import { renderMetrics } from './renderMetrics.ts';

describe('renderMetrics', () => {
  it('writes HELP, TYPE and one line per sample, ending with a newline', () => {
    const text = renderMetrics([
      {
        name: 'relay_rejected_total',
        help: 'Connections refused.',
        type: 'counter',
        samples: [
          { labels: { reason: 'malformed' }, value: 3 },
          { labels: { reason: 'too-big' }, value: 0 },
        ],
      },
      {
        name: 'relay_connections',
        help: 'Open.',
        type: 'gauge',
        samples: [{ labels: {}, value: 7 }],
      },
    ]);
    expect(text).toBe(
      [
        '# HELP relay_rejected_total Connections refused.',
        '# TYPE relay_rejected_total counter',
        'relay_rejected_total{reason="malformed"} 3',
        'relay_rejected_total{reason="too-big"} 0',
        '# HELP relay_connections Open.',
        '# TYPE relay_connections gauge',
        'relay_connections 7',
        '',
      ].join('\n'),
    );
  });

  it('escapes help text and label values', () => {
    const text = renderMetrics([
      {
        name: 'm',
        help: 'a \\ b\nc',
        type: 'gauge',
        samples: [{ labels: { l: 'say "hi"\\\n' }, value: 1 }],
      },
    ]);
    expect(text).toContain('# HELP m a \\\\ b\\nc\n');
    expect(text).toContain('m{l="say \\"hi\\"\\\\\\n"} 1\n');
  });

  it('writes special float values the way Prometheus reads them', () => {
    const samples = [Infinity, -Infinity, NaN, 0.25].map((value) => ({ labels: {}, value }));
    const text = renderMetrics([{ name: 'g', help: 'h', type: 'gauge', samples }]);
    expect(text.split('\n').slice(2, 6)).toEqual(['g +Inf', 'g -Inf', 'g NaN', 'g 0.25']);
  });

  it('renders nothing for no families', () => {
    expect(renderMetrics([])).toBe('');
  });
});

describe('metric types', () => {
  it('counts by label, in the label order declared', () => {
    const counter = new Counter('bytes_total', 'Bytes.', ['type', 'dir']);
    counter.zero({ type: 'sync', dir: 'in' });
    counter.inc({ dir: 'in', type: 'awareness' }, 5);
    counter.inc({ dir: 'in', type: 'awareness' });
    expect(renderMetrics([counter.collect()])).toContain(
      'bytes_total{type="sync",dir="in"} 0\nbytes_total{type="awareness",dir="in"} 6\n',
    );
  });

  it('renders a histogram as cumulative buckets with sum and count', () => {
    const histogram = new Histogram('write_seconds', 'Writes.', [0.1, 0.01]);
    for (const value of [0.005, 0.05, 0.05, 3]) histogram.observe(value);
    expect(renderMetrics([histogram.collect()])).toBe(
      [
        '# HELP write_seconds Writes.',
        '# TYPE write_seconds histogram',
        'write_seconds_bucket{le="0.01"} 1',
        'write_seconds_bucket{le="0.1"} 3',
        'write_seconds_bucket{le="+Inf"} 4',
        'write_seconds_sum 3.105',
        'write_seconds_count 4',
        '',
      ].join('\n'),
    );
  });

  it('reads a gauge when collected and keeps registration order', () => {
    let size = 2;
    const registry = new MetricsRegistry();
    registry.add(new Gauge('b_size', 'B.', () => size));
    const a = registry.add(new Gauge('a_value', 'A.'));
    a.inc(3);
    a.dec();
    size = 9;
    expect(registry.collect().map((f) => [f.name, f.samples[0]?.value])).toEqual([
      ['b_size', 9],
      ['a_value', 2],
    ]);
  });
});
