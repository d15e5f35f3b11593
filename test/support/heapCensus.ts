import { getHeapSnapshot, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as (options?: { type: 'major' }) => void;

/** Runs full garbage collections until the heap stops shrinking; returns heapUsed. */
export function settledHeapUsed(): number {
  let used = Infinity;
  for (let i = 0; i < 10; i++) {
    gc();
    const now = process.memoryUsage().heapUsed;
    if (now >= used - 64 * 1024) return now;
    used = now;
  }
  return used;
}

/** What a heap snapshot holds: live objects by constructor name, and live strings. */
export interface HeapCensus {
  objects: Map<string, number>;
  strings: string[];
}

/**
 * Takes a heap snapshot after a full GC and counts its live objects by constructor name
 * (e.g. `Room`, `Connection`, `Doc`) and lists its strings, to find what outlived its use.
 */
export async function heapCensus(): Promise<HeapCensus> {
  settledHeapUsed();
  let json = '';
  for await (const chunk of getHeapSnapshot()) json += chunk;
  const snapshot = JSON.parse(json) as {
    snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
    nodes: number[];
    strings: string[];
  };
  const { node_fields: fields, node_types: types } = snapshot.snapshot.meta;
  const width = fields.length;
  const typeAt = fields.indexOf('type');
  const nameAt = fields.indexOf('name');
  const objectType = types[0].indexOf('object');
  const stringTypes = new Set(
    ['string', 'concatenated string', 'sliced string'].map((t) => types[0].indexOf(t)),
  );
  const objects = new Map<string, number>();
  const strings: string[] = [];
  for (let i = 0; i < snapshot.nodes.length; i += width) {
    const type = snapshot.nodes[i + typeAt] as number;
    const name = snapshot.strings[snapshot.nodes[i + nameAt] as number] as string;
    if (type === objectType) objects.set(name, (objects.get(name) ?? 0) + 1);
    else if (stringTypes.has(type)) strings.push(name);
  }
  return { objects, strings };
}
