import type { ServerResponse } from 'node:http';
import type { DocStore } from '../relay/DocStore.ts';
import type { Rooms } from '../relay/Rooms.ts';
import { sendJson } from './sendJson.ts';

/** One entry of `GET /api/docs`. */
export interface DocumentSummary {
  id: string;
  title: string;
  /** The header's review date (YYYY-MM-DD); absent when not set. */
  reviewDate?: string;
  createdAt: string;
  updatedAt: string;
}

/** Answers `GET /api/docs`: every stored document that is not deleted and `visible` lets through. */
export async function listDocsRoute(
  response: ServerResponse,
  store: DocStore,
  visible: (docId: string) => boolean = () => true,
): Promise<void> {
  const documents: DocumentSummary[] = (await store.listMeta())
    .filter(({ id, meta }) => !meta.deleted && visible(id))
    .map(({ id, meta }) => ({
      id,
      title: meta.title,
      reviewDate: meta.reviewDate,
      createdAt: meta.createdAt,
      updatedAt: meta.updatedAt,
    }));
  sendJson(response, 200, { documents });
}

/**
 * Answers `DELETE /api/docs/<id>`: tombstones the document and closes its connections.
 * Idempotent; deleting an id never stored still leaves a tombstone, so a peer that
 * created it offline cannot bring it back.
 */
export async function deleteDocRoute(
  response: ServerResponse,
  docId: string,
  rooms: Rooms,
): Promise<void> {
  await rooms.delete(docId);
  response.writeHead(204, { 'Cache-Control': 'no-store' });
  response.end();
}
