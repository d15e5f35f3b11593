import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchmarkResult, Metric } from '../../bench/core/Benchmark.ts';
import type { RunResult } from '../../bench/core/report.ts';
import { runBenchmarks } from '../../bench/runBenchmarks.ts';
import { removeDir } from '../support/tempDir.ts';

// `npm run bench -- --quick` as a test: every benchmark once, at tiny sizes, so the suite
// never rots. Numbers are not judged (CI is too noisy), only that each is sane.
describe('npm run bench -- --quick', () => {
  let outDir: string;
  let result: RunResult;

  beforeAll(async () => {
    outDir = await mkdtemp(join(tmpdir(), 'bench-smoke-'));
    result = await runBenchmarks({ quick: true, outDir, progress: () => undefined });
  });
  afterAll(() => removeDir(outDir));

  const benchmark = (id: string): BenchmarkResult => {
    const found = result.benchmarks.find((b) => b.id === id);
    if (!found) throw new Error(`benchmark ${id} did not report`);
    return found;
  };
  const metric = (id: string, caseName: RegExp, subject: string, name: string): Metric => {
    const found = benchmark(id)
      .cases.find((c) => caseName.test(c.name))
      ?.subjects.find((s) => s.subject === subject)?.metrics[name];
    if (!found) throw new Error(`${id}: no ${name} for ${subject} in ${caseName}`);
    return found;
  };
  const positiveMs = (value: number) => expect(value).toBeGreaterThan(0);

  it('writes the report and the raw results', async () => {
    const report = await readFile(join(outDir, 'REPORT.md'), 'utf8');
    const json = JSON.parse(await readFile(join(outDir, 'results.json'), 'utf8')) as RunResult;
    expect(json.benchmarks.map((b) => b.id)).toEqual([
      'relay-fanout',
      'relay-cold-load',
      'client-persistence',
      'typing-latency',
      'offline-merge',
    ]);
    for (const b of json.benchmarks) {
      expect(report).toContain(`## ${b.title}`);
      expect(b.targets.length).toBeGreaterThan(0);
      for (const t of b.targets) expect(Number.isNaN(t.ratio)).toBe(false);
    }
    expect(report).toContain('Quick mode');
  });

  it('fan-out: every relay delivers every update, with plausible latency and process stats', () => {
    for (const subject of ['ours', '@y/websocket-server', 'Hocuspocus', 'raw ws']) {
      expect(metric('relay-fanout', /rooms/, subject, 'lost').median).toBe(0);
      expect(metric('relay-fanout', /rooms/, subject, 'delivered').median).toBeGreaterThan(0);
      positiveMs(metric('relay-fanout', /rooms/, subject, 'p50').median);
      const p99 = metric('relay-fanout', /rooms/, subject, 'p99').median;
      expect(p99).toBeGreaterThanOrEqual(metric('relay-fanout', /rooms/, subject, 'p50').median);
      expect(metric('relay-fanout', /rooms/, subject, 'relay RSS').median).toBeGreaterThan(10);
    }
  });

  it('cold load: both relays serve both documents (content checked by the benchmark)', () => {
    for (const doc of [/protocol/, /editing trace/]) {
      for (const subject of ['ours', '@y/websocket-server']) {
        positiveMs(metric('relay-cold-load', doc, subject, 'first sync').median);
      }
    }
  });

  it('client persistence: both stores load, write and report their size', () => {
    for (const subject of ['ours', 'y-indexeddb']) {
      positiveMs(metric('client-persistence', /durable/, subject, 'p50').median);
      positiveMs(
        metric('client-persistence', /cold open/, subject, 'first open (one row per update)')
          .median,
      );
    }
    expect(metric('client-persistence', /store size/, 'ours', 'growth').median).toBe(0);
    expect(
      metric('client-persistence', /store size/, 'y-indexeddb', 'growth').median,
    ).toBeGreaterThan(0);
  });

  it('typing: keys and remote updates are timed in the page', () => {
    positiveMs(metric('typing-latency', /alone/, 'ours', 'keydown → paint p50').median);
    positiveMs(
      metric('typing-latency', /remote editors typing/, 'ours', 'keydown → paint p95').median,
    );
    for (const remote of [/one remote update/, /remote updates while typing/]) {
      expect(metric('typing-latency', remote, 'ours', 'updates timed').median).toBeGreaterThan(0);
      positiveMs(metric('typing-latency', remote, 'ours', 'message → paint p50').median);
    }
    positiveMs(metric('typing-latency', /one remote update/, 'ours', 'apply p50').median);
  });

  it('offline merge: both relays converge', () => {
    for (const subject of ['ours', '@y/websocket-server']) {
      positiveMs(metric('offline-merge', /offline edits/, subject, 'converged after').median);
    }
  });
});
