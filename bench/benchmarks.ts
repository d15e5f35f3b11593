import type { Benchmark } from './core/Benchmark.ts';
import { clientPersistence } from './clientPersistence.ts';
import { offlineMerge } from './offlineMerge.ts';
import { relayColdLoad } from './relayColdLoad.ts';
import { relayFanout } from './relayFanout.ts';
import { typingLatency } from './typingLatency.ts';

/** Every benchmark, in report order. */
export const benchmarks: readonly Benchmark[] = [
  relayFanout,
  relayColdLoad,
  clientPersistence,
  typingLatency,
  offlineMerge,
];
