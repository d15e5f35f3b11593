/**
 * Relay fan-out: R rooms × k clients, one writer per room, the writers together sending a
 * fixed number of updates per second (one character typed into a Y.Text each). Every other
 * client in the room receives each update; we time send → receive in this process.
 *
 * Per step and relay: p50 / p99 delivery latency of updates sent in the measuring window,
 * delivered updates per second, the relay process's CPU (% of one core, from /proc) over the
 * window and its RSS at the end. Our relay runs as shipped (auth on, every update persisted
 * with a synced write); the reference y-websocket server persists every update through
 * y-leveldb, bound as its own persistence option binds it (unsynced writes); Hocuspocus runs
 * in memory, its default; raw `ws` forwarding the same frames unread is the ceiling.
 */
import * as Y from 'yjs';
import type { Benchmark } from './core/Benchmark.ts';
import { mapLimit, pause, rotate } from './core/mapLimit.ts';
import { Samples } from './core/Samples.ts';
import { percentile } from './core/stats.ts';
import { atLeast, atMost } from './core/targets.ts';
import { cpuPercentSince, markCpu, rssMiB } from './servers/processStats.ts';
import { startRelay, type RelayKind, type RelayUnderTest } from './servers/relays.ts';
import { updateId, WireClient } from './wire/WireClient.ts';
import { removeDir } from '../test/support/tempDir.ts';
import { scratchDir } from './core/scratchDir.ts';

const SUBJECTS: RelayKind[] = ['ours', 'reference', 'hocuspocus', 'raw-ws'];
const CONNECT_CONCURRENCY = 50;
const TICK_MS = 5;
const DRAIN_TIMEOUT_MS = 3_000;
/**
 * Delivered/s is pinned to the fixed offered load; receipts of updates sent just outside the
 * measuring window land either side of its edges, so relays differ by this much by chance.
 */
const DELIVERED_TOLERANCE = 0.01;

interface Step {
  rooms: number;
  clients: number;
}

interface Settings {
  steps: Step[];
  updatesPerSecond: number;
  warmupMs: number;
  measureMs: number;
}

const FULL: Settings = {
  steps: [
    { rooms: 100, clients: 3 },
    { rooms: 300, clients: 3 },
    { rooms: 500, clients: 3 },
  ],
  updatesPerSecond: 350,
  warmupMs: 1_000,
  measureMs: 3_000,
};

const QUICK: Settings = {
  steps: [{ rooms: 4, clients: 3 }],
  updatesPerSecond: 40,
  warmupMs: 200,
  measureMs: 500,
};

export const relayFanout: Benchmark = {
  id: 'relay-fanout',
  title: 'Relay fan-out',
  async run(context) {
    const settings = context.quick ? QUICK : FULL;
    const samples = new Samples();
    for (let run = 0; run < context.runs; run++) {
      for (const kind of rotate(SUBJECTS, run)) {
        const dataDir = await scratchDir(context, `fanout-${kind}`);
        const relay = await startRelay(kind, { dataDir });
        try {
          for (const step of settings.steps) {
            const label = caseName(step);
            context.progress(`fan-out run ${run + 1}/${context.runs}: ${relay.name}, ${label}`);
            const values = await measureStep(relay, step, settings, `r${run}`);
            samples.addRun(label, relay.name, values);
          }
        } finally {
          await relay.process.stop();
          await removeDir(dataDir);
        }
      }
    }
    const largest = caseName(settings.steps.at(-1)!);
    const median = (subject: string, metric: string) => samples.median(largest, subject, metric);
    const targets = [
      ...['@y/websocket-server', 'Hocuspocus'].flatMap((anchor) => [
        atLeast(
          `delivered updates/s ≥ ${anchor} (${largest})`,
          median('ours', 'delivered'),
          median(anchor, 'delivered'),
          'updates/s',
          DELIVERED_TOLERANCE,
        ),
        atMost(`p99 ≤ ${anchor} (${largest})`, median('ours', 'p99'), median(anchor, 'p99'), 'ms'),
      ]),
      atLeast(
        `delivered updates/s within 2× of raw ws (${largest})`,
        median('ours', 'delivered'),
        median('raw ws', 'delivered') / 2,
        'updates/s',
        DELIVERED_TOLERANCE,
      ),
      atMost(
        `p99 within 2× of raw ws (${largest})`,
        median('ours', 'p99'),
        2 * median('raw ws', 'p99'),
        'ms',
      ),
    ];
    return {
      id: this.id,
      title: this.title,
      method:
        'R rooms × k clients over WebSocket; one writer per room types one character per update, ' +
        'the writers together at a fixed rate. Latency is send → receive at every other client of ' +
        'the room (same process, same clock) for updates sent in the measuring window; delivered/s ' +
        'counts receipts in the window; CPU and RSS are the relay process’s own (/proc). Ours runs ' +
        'with auth on (a signed token per connection) and every update persisted (synced LevelDB ' +
        'write); the reference persists every update through y-leveldb (unsynced writes, as its ' +
        'own persistence option does); Hocuspocus runs in memory, its default; raw ws forwards ' +
        'the same frames unread.',
      parameters: {
        steps: settings.steps.map(caseName).join(', '),
        'updates/s (all writers)': settings.updatesPerSecond,
        'warm-up (ms)': settings.warmupMs,
        'measuring window (ms)': settings.measureMs,
      },
      cases: samples.results(),
      targets,
      notes: [
        'The offered load is fixed, so delivered/s is pinned to it for every relay: the delivered ' +
          'targets allow a 1% measurement tolerance (receipts of updates sent just outside the ' +
          'window land either side of its edges), so 700 against 701 updates/s is not a shortfall.',
        'Profiled: the relay child during the 500-room step (CPU profile, event-loop stall and GC ' +
          'probes, per-thread CPU), with ablations (persistence off; unsynced writes). Not the ' +
          'cause: rooms still loading (every client’s first sync waits for its room, so all are ' +
          'loaded before the warm-up); compaction (≈ 0.7 updates/s per room, so no room reaches ' +
          '200 rows in a step); GC (2–3 scavenges per window, mostly under 10 ms, like the ' +
          'reference’s). The cost that was ours: one synced LevelDB batch per room and tick, 350 a ' +
          'second, each its own thread-pool hand-off and disk sync: ≈ 140–180 ms of the ≈ 500–600 ' +
          'ms the main thread was busy per 3 s window, with single 13–26 ms gaps right after ' +
          'handing a write over; the relay used 12–19% of a core against 8–10% with unsynced ' +
          'writes.',
        'Fix: a group commit (server/relay/GroupCommit.ts). Every document with pending updates ' +
          'goes into one synced batch at the end of the tick, one batch in flight, and what arrives ' +
          'meanwhile into the next; an update is still reported durable only once its batch is on ' +
          'disk. A one-update row is no longer re-merged. Writes fell from 350/s to ≈ 200–300/s ' +
          'here; batches grow instead when the disk is slow. (A 5 ms gathering window cut writes to ' +
          '≈ 110/s and CPU by a quarter, but its p99 on a quiet machine was worse in both pairs ' +
          'measured, so it was left out.)',
        'Before and after, back to back on a quiet machine (5 runs each, 500 rooms × 3, p99 ' +
          'median): before, ours 3.07 ms against 1.90 (reference), 1.67 (Hocuspocus), 0.72 (raw ' +
          'ws); after, ours 1.08 ms against 1.91, 5.22 and 0.71. Two earlier quiet pairs had the ' +
          'old relay at 1.0–1.1 ms too, so on a quiet machine the change is within the noise; with ' +
          'two busy loops competing for the cores, old and new were alike (p99 3–10 ms). The ' +
          '30.8 ms median of the first full run, and 27.9 ms when reproduced, came from a busy ' +
          'machine (load 2–4 at the start; hypervisor steal, measured in later runs, reached 350 ms ' +
          'in a 3 s window): the relay and the load generator stall together, and every relay has ' +
          'runs with tens of ms (see the min–max). Compare within a run.',
        'The p99 bars at 500 rooms × 3 are met in some runs and missed in others by a fraction ' +
          'of a millisecond: against raw ws (2× its p99, about 1.2–1.5 ms on a quiet machine; ' +
          'ours authenticates, decodes, applies and durably stores every update, raw ws forwards ' +
          'bytes), and against the reference whenever both sit near 1.5 ms. Two fan-out-only sets ' +
          'of 3 runs, back to back on a quiet machine: ours 1.28 ms against the reference’s 1.53, ' +
          'then 7.4 against 1.28, with ours ranging 0.64–9.2 ms across the three runs. The second ' +
          'set gave every server a larger young generation (--max-semi-space-size=32), to cut ' +
          'scavenges; nothing changed beyond that noise, so it was not adopted.',
      ],
    };
  },
};

function caseName({ rooms, clients }: Step): string {
  return `${rooms} rooms × ${clients}`;
}

async function measureStep(
  relay: RelayUnderTest,
  step: Step,
  settings: Settings,
  tag: string,
): Promise<Record<string, [string, number]>> {
  const roomIds = Array.from({ length: step.rooms }, (_, i) => `fan-${tag}-${step.rooms}-${i}`);
  const rooms = await mapLimit(roomIds, CONNECT_CONCURRENCY / step.clients, (docId) =>
    Promise.all(Array.from({ length: step.clients }, () => WireClient.open(relay, docId))),
  );
  const sentAt = new Map<string, number>();
  const latencies: number[] = [];
  let window = { from: Infinity, to: Infinity };
  let received = 0;
  let deliveredInWindow = 0;
  for (const [, ...readers] of rooms) {
    for (const reader of readers) {
      reader.onUpdate = (update) => {
        const now = performance.now();
        received++;
        if (now >= window.from && now <= window.to) deliveredInWindow++;
        const sent = sentAt.get(updateId(update));
        if (sent !== undefined && sent >= window.from && sent <= window.to) {
          latencies.push(now - sent);
        }
      };
    }
  }
  const writers = rooms.map(([client]) => {
    const doc = new Y.Doc();
    doc.on('update', (update: Uint8Array) => {
      sentAt.set(updateId(update), performance.now());
      client!.sendUpdate(update);
    });
    return doc.getText('typed');
  });

  const started = performance.now();
  let sent = 0;
  const send = () => {
    const due = Math.floor(((performance.now() - started) * settings.updatesPerSecond) / 1000);
    for (; sent < due; sent++) {
      const text = writers[sent % writers.length]!;
      text.insert(text.length, 'x');
    }
  };
  const timer = setInterval(send, TICK_MS);
  await pause(settings.warmupMs);
  const cpu = markCpu(relay.process.pid);
  window = { from: performance.now(), to: performance.now() + settings.measureMs };
  await pause(settings.measureMs);
  const cpuPercent = cpuPercentSince(relay.process.pid, cpu);
  const rss = rssMiB(relay.process.pid);
  clearInterval(timer);
  const expected = sent * (step.clients - 1);
  const drainUntil = performance.now() + DRAIN_TIMEOUT_MS;
  while (received < expected && performance.now() < drainUntil) await pause(20);
  await Promise.all(rooms.flat().map((client) => client.close()));
  return {
    p50: ['ms', percentile(latencies, 50)],
    p99: ['ms', percentile(latencies, 99)],
    delivered: ['updates/s', deliveredInWindow / (settings.measureMs / 1000)],
    'relay CPU': ['% of a core', cpuPercent],
    'relay RSS': ['MiB', rss],
    lost: ['updates', expected - received],
  };
}
