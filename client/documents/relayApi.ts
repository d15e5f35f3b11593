import { API_PATH } from '../../shared/protocol/paths.ts';
import type { RelayEntry } from './mergeDocumentLists.ts';

function toMillis(value: unknown): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'string') return Date.parse(value) || 0;
  return 0;
}

/** The relay's document list, or undefined when the relay cannot be reached. */
export async function fetchRelayDocuments(): Promise<RelayEntry[] | undefined> {
  try {
    const response = await fetch(`${API_PATH}/docs`, { headers: { accept: 'application/json' } });
    if (!response.ok) return undefined;
    const body = (await response.json()) as { documents?: Record<string, unknown>[] };
    return (body.documents ?? []).map((d) => ({
      id: String(d.id),
      title: typeof d.title === 'string' ? d.title : '',
      updatedAt: toMillis(d.updatedAt),
    }));
  } catch {
    return undefined;
  }
}

/** Deletes a document on the relay; false when the relay could not be reached. */
export async function deleteOnRelay(docId: string): Promise<boolean> {
  try {
    const response = await fetch(`${API_PATH}/docs/${encodeURIComponent(docId)}`, {
      method: 'DELETE',
    });
    return response.ok || response.status === 404;
  } catch {
    return false;
  }
}
