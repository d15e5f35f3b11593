import { API_PATH } from '../../shared/protocol/paths.ts';
import { authHeaders } from '../auth/authHeaders.ts';
import type { RelayEntry } from './mergeDocumentLists.ts';

function toMillis(value: unknown): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'string') return Date.parse(value) || 0;
  return 0;
}

/** The relay's answer to "which documents are there?". */
export type RelayList =
  { status: 'ok'; documents: RelayEntry[] } | { status: 'offline' } | { status: 'unauthorized' };

/** The documents the relay lists for this device's workspace grant. */
export async function fetchRelayDocuments(): Promise<RelayList> {
  try {
    const response = await fetch(`${API_PATH}/docs`, {
      headers: { accept: 'application/json', ...authHeaders() },
    });
    if (response.status === 401 || response.status === 403) return { status: 'unauthorized' };
    if (!response.ok) return { status: 'offline' };
    const body = (await response.json()) as { documents?: Record<string, unknown>[] };
    const documents = (body.documents ?? []).map((d) => ({
      id: String(d.id),
      title: typeof d.title === 'string' ? d.title : '',
      reviewDate: typeof d.reviewDate === 'string' ? d.reviewDate : '',
      updatedAt: toMillis(d.updatedAt),
    }));
    return { status: 'ok', documents };
  } catch {
    return { status: 'offline' };
  }
}

/** Deletes a document on the relay; false when the relay could not be reached. */
export async function deleteOnRelay(docId: string): Promise<boolean> {
  try {
    const response = await fetch(`${API_PATH}/docs/${encodeURIComponent(docId)}`, {
      method: 'DELETE',
      headers: authHeaders(docId),
    });
    return response.ok || response.status === 404;
  } catch {
    return false;
  }
}
