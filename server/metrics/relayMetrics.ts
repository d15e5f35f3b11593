import { messageAwareness, messageSync } from '../../shared/protocol/messageTypes.ts';
import { Counter } from './Counter.ts';
import { Gauge } from './Gauge.ts';
import { Histogram } from './Histogram.ts';
import { MetricsRegistry } from './MetricsRegistry.ts';

/**
 * Why the relay refused a connection or closed it: the `reason` label of
 * `relay_rejected_total`. The auth reasons are counted by the access rules.
 */
export const REJECTION_REASONS = [
  'malformed',
  'too-big',
  'rate-limited',
  'too-many-connections',
  'unauthorized',
  'token-expired',
  'access-revoked',
  'wrong-document',
  'read-only',
] as const;

export type RejectionReason = (typeof REJECTION_REASONS)[number];

/** The `type` label of the message counters: cheap to tell from a frame's first byte. */
export type FrameType = 'sync' | 'awareness' | 'other';

const FRAME_TYPES: readonly FrameType[] = ['sync', 'awareness', 'other'];

/**
 * The relay's process-wide metrics. One relay runs per process, so counters are module
 * state (like a Prometheus client's default registry); gauges of a server's rooms are
 * added by `metricsRoute`.
 */
export const relayMetrics = new MetricsRegistry();

const messagesIn = relayMetrics.add(
  new Counter('relay_messages_in_total', 'WebSocket frames received from clients.', ['type']),
);
const messagesOut = relayMetrics.add(
  new Counter('relay_messages_out_total', 'WebSocket frames sent to clients.', ['type']),
);
const bytesIn = relayMetrics.add(
  new Counter('relay_bytes_in_total', 'Payload bytes received from clients.', ['type']),
);
const bytesOut = relayMetrics.add(
  new Counter('relay_bytes_out_total', 'Payload bytes sent to clients.', ['type']),
);
const persistenceWrites = relayMetrics.add(
  new Histogram(
    'relay_persistence_write_seconds',
    'Duration of one synced batch write (every document with pending updates) to the store.',
    [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
  ),
);
const persistenceErrors = relayMetrics.add(
  new Counter('relay_persistence_errors_total', 'Failed store writes and compactions.'),
);
const rejected = relayMetrics.add(
  new Counter('relay_rejected_total', 'Connections refused or closed by a relay rule.', ['reason']),
);
const signedRecordsRestored = relayMetrics.add(
  new Counter(
    'relay_signed_records_restored_total',
    'Sign-off records and signed versions a client removed or changed, written back by the relay.',
  ),
);
relayMetrics.add(
  new Gauge('process_resident_memory_bytes', 'Resident set size of the relay process.', () =>
    process.memoryUsage.rss(),
  ),
);
relayMetrics.add(
  new Gauge('nodejs_heap_size_used_bytes', 'V8 heap in use.', () => process.memoryUsage().heapUsed),
);
relayMetrics.add(
  new Gauge(
    'nodejs_heap_size_total_bytes',
    'V8 heap allocated.',
    () => process.memoryUsage().heapTotal,
  ),
);

for (const type of FRAME_TYPES) {
  for (const counter of [messagesIn, messagesOut, bytesIn, bytesOut]) counter.zero({ type });
}
for (const reason of REJECTION_REASONS) rejected.zero({ reason });
signedRecordsRestored.zero({});

/** The message-type label of a frame whose first byte is `firstByte`. */
export function frameType(firstByte: number | undefined): FrameType {
  if (firstByte === messageSync) return 'sync';
  if (firstByte === messageAwareness) return 'awareness';
  return 'other';
}

/**
 * Counts one refused or closed connection. Call once per connection, with the reason its
 * close code stands for (the auth rules call it for unauthorized … read-only).
 */
export function countRejection(reason: RejectionReason): void {
  rejected.inc({ reason });
}

/** Counts sign-off records and signed versions written back after a client's update. */
export function countSignedRecordsRestored(count: number): void {
  signedRecordsRestored.inc({}, count);
}

/** Counts one frame received from a client. */
export function countFrameIn(firstByte: number | undefined, byteLength: number): void {
  const type = frameType(firstByte);
  messagesIn.inc({ type });
  bytesIn.inc({ type }, byteLength);
}

/** Counts one frame sent to a client. */
export function countFrameOut(frame: Uint8Array): void {
  const type = frameType(frame[0]);
  messagesOut.inc({ type });
  bytesOut.inc({ type }, frame.byteLength);
}

/** Records how long one successful store write took. */
export function observePersistenceWrite(seconds: number): void {
  persistenceWrites.observe(seconds);
}

/** Counts one failed store write or compaction. */
export function countPersistenceError(): void {
  persistenceErrors.inc();
}
