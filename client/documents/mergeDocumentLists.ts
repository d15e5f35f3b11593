/** A document as this device's index knows it. */
export interface LocalEntry {
  id: string;
  title: string;
  reviewDate?: string;
  updatedAt: number;
  unsynced: 0 | 1;
}

/** A document as the relay lists it. */
export interface RelayEntry {
  id: string;
  title: string;
  reviewDate?: string;
  updatedAt: number;
}

/** Where a document's latest changes are, as the list shows it. */
export type ListSyncState = 'unsynced' | 'synced' | 'relay-only' | 'device-only';

/** One row of the document list. */
export interface DocumentRow {
  id: string;
  title: string;
  /** The header's review date (YYYY-MM-DD), '' when not set. */
  reviewDate: string;
  updatedAt: number;
  sync: ListSyncState;
  onDevice: boolean;
}

/**
 * Joins the device's index with the relay's list (undefined while offline), newest first.
 * The device's title and review date win while it has unsynced changes; otherwise the
 * newer ones do.
 */
export function mergeDocumentLists(
  local: LocalEntry[],
  relay: RelayEntry[] | undefined,
  hidden: ReadonlySet<string> = new Set(),
): DocumentRow[] {
  const rows = new Map<string, DocumentRow>();
  for (const entry of local) {
    const sync: ListSyncState = entry.unsynced
      ? 'unsynced'
      : relay && !relay.some((r) => r.id === entry.id)
        ? 'device-only'
        : 'synced';
    rows.set(entry.id, { ...pick(entry), sync, onDevice: true });
  }
  for (const entry of relay ?? []) {
    const existing = rows.get(entry.id);
    if (!existing) {
      rows.set(entry.id, { ...pick(entry), sync: 'relay-only', onDevice: false });
    } else if (existing.sync !== 'unsynced' && entry.updatedAt > existing.updatedAt) {
      rows.set(entry.id, { ...existing, ...pick(entry) });
    }
  }
  return [...rows.values()]
    .filter((row) => !hidden.has(row.id))
    .sort((a, b) => b.updatedAt - a.updatedAt);
}

function pick({ id, title, reviewDate = '', updatedAt }: RelayEntry) {
  return { id, title, reviewDate, updatedAt };
}
