import * as Y from 'yjs';
import type { UpdateRow } from './UpdateRow.ts';

/** One update equivalent to all `rows`; the single row's bytes as they are when there is one. */
export function mergeRows(rows: readonly UpdateRow[]): Uint8Array {
  const [only] = rows;
  if (rows.length === 1 && only) return only.update;
  return Y.mergeUpdates(rows.map((row) => row.update));
}
